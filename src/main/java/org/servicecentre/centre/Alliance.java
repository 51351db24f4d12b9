package org.servicecentre.centre;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A Party-building alliance (党建联盟): a named group of centres that share rooms; archived ones grant nothing. */
@Entity
@Table(name = "alliance")
class Alliance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 1000)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection
    @BatchSize(size = 100) // a page of rooms or alliances loads its sets in one query, not one per row
    @CollectionTable(name = "alliance_centre", joinColumns = @JoinColumn(name = "alliance_id"))
    @Column(name = "centre_id", nullable = false)
    private Set<Long> centreIds = new HashSet<>();

    @Version
    private long version;

    protected Alliance() {
    }

    Alliance(String code) {
        this.code = code;
    }

    void describe(AllianceDraft draft) {
        this.name = draft.getName();
        this.description = draft.getDescription().isBlank() ? null : draft.getDescription();
        this.active = draft.isActive();
        this.centreIds.retainAll(draft.getCentreIds());
        this.centreIds.addAll(draft.getCentreIds());
    }

    void archive() {
        this.active = false;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    boolean active() {
        return active;
    }

    Set<Long> centreIds() {
        return Set.copyOf(centreIds);
    }

    AllianceSummary summary(List<AllianceMember> members) {
        return new AllianceSummary(id, code, name, description, active, members);
    }
}
