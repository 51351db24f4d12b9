package org.servicecentre.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.servicecentre.shared.DomainException;
import org.springframework.data.domain.Persistable;

/**
 * One Ed25519 key of the ticket key ring. Its id is assigned by the ring, so it is always inserted, never merged:
 * two nodes that create the same id at once get a primary-key clash instead of one overwriting the other's key.
 */
@Entity
@Table(name = "ticket_key")
class TicketKey implements Persistable<String> {

    @Id
    @Column(length = 16)
    private String id;

    // bytea on PostgreSQL, binary varying on H2: plain bytes, not a large object
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "public_key", nullable = false)
    private byte[] publicKey;

    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "private_key")
    private byte[] privateKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TicketKeyState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Version
    private long version;

    @Transient
    private boolean fresh;

    protected TicketKey() {
    }

    TicketKey(String id, byte[] publicKey, byte[] privateKey, Instant createdAt) {
        this.id = id;
        this.publicKey = publicKey.clone();
        this.privateKey = privateKey.clone();
        this.state = TicketKeyState.ACTIVE;
        this.createdAt = createdAt;
        this.fresh = true;
    }

    /** A newer key signs from now on; this one still verifies what it signed. */
    void demote() {
        if (state == TicketKeyState.ACTIVE) {
            state = TicketKeyState.VERIFY_ONLY;
        }
    }

    /** Forgets the private half; tickets this key signed no longer verify. Only a replaced key can be retired. */
    void retire(Instant now) {
        switch (state) {
            case ACTIVE -> throw new DomainException("TICKET_KEY_ACTIVE", id);
            case RETIRED -> throw new DomainException("TICKET_KEY_RETIRED", id);
            case VERIFY_ONLY -> {
                state = TicketKeyState.RETIRED;
                privateKey = null;
                retiredAt = now;
            }
        }
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    /** The id as the number tokens carry. */
    int number() {
        return Integer.parseInt(id);
    }

    byte[] publicKey() {
        return publicKey.clone();
    }

    byte[] privateKey() {
        return privateKey == null ? null : privateKey.clone();
    }

    TicketKeyState state() {
        return state;
    }

    boolean verifies() {
        return state != TicketKeyState.RETIRED;
    }

    TicketKeySummary summary() {
        return new TicketKeySummary(id, state, createdAt, retiredAt);
    }
}
