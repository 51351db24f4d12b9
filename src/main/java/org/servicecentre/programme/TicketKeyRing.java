package org.servicecentre.programme;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.servicecentre.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Ed25519 keys that sign and verify tickets, kept in the database so that every app node signs with the same
 * key and sees a rotation at once. Nothing is cached: the table holds a handful of rows and a verification reads
 * one of them by its primary key, which costs less than being wrong on another node after a rotation.
 * <p>
 * Key ids are numbers counted up from 1. A new key takes the highest id plus one; when two nodes (or two admins) do
 * that at the same moment, the primary key lets one of them win and the other re-reads.
 */
@Component
class TicketKeyRing {

    private final TicketKeys keys;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    TicketKeyRing(TicketKeys keys, PlatformTransactionManager transactions, Clock clock) {
        this.keys = keys;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** The key that signs new tickets; on an empty ring (a fresh installation) the first call creates it. */
    SigningKey signingKey() {
        return active().orElseGet(() -> {
            try {
                ownTransaction.executeWithoutResult(tx -> {
                    // read again inside the transaction: a node that committed its first key meanwhile wins outright;
                    // one still committing makes our insert of the same id fail below
                    var all = keys.findAll();
                    if (all.stream().noneMatch(key -> key.state() == TicketKeyState.ACTIVE)) {
                        keys.saveAndFlush(next(all));
                    }
                });
            } catch (DataIntegrityViolationException anotherNodeCreatedItFirst) {
                // its key is as good as ours: use it
            }
            return active().orElseThrow(() -> new IllegalStateException("No active ticket key after creating one"));
        });
    }

    /** The public key with this id while it may still verify tickets: active or verify-only, not retired. */
    Optional<PublicKey> verificationKey(int id) {
        return readOnly.execute(tx -> keys.findById(Integer.toString(id)))
                .filter(TicketKey::verifies)
                .map(key -> TicketSignatures.publicKey(key.publicKey()));
    }

    /** Every key, newest first. */
    List<TicketKeySummary> list() {
        return readOnly.execute(tx -> newestFirst(keys.findAll()).stream().map(TicketKey::summary).toList());
    }

    /** A new key signs from now on; the one before only verifies. Called in the caller's transaction. */
    TicketKeySummary rotate() {
        var all = keys.findAll();
        all.forEach(TicketKey::demote);
        return keys.saveAndFlush(next(all)).summary();
    }

    /** Drops the private half of a replaced key; the tickets it signed no longer verify. In the caller's transaction. */
    TicketKeySummary retire(String id) {
        var key = keys.findById(id).orElseThrow(() -> new NotFoundException("ticket_key", id));
        key.retire(clock.instant());
        return keys.saveAndFlush(key).summary();
    }

    private Optional<SigningKey> active() {
        return readOnly.execute(tx -> newestFirst(keys.findByState(TicketKeyState.ACTIVE)).stream().findFirst()
                .map(key -> new SigningKey(key.number(), TicketSignatures.privateKey(key.privateKey()))));
    }

    private TicketKey next(List<TicketKey> existing) {
        int number = existing.stream().mapToInt(TicketKey::number).max().orElse(0) + 1;
        var pair = TicketSignatures.generate();
        return new TicketKey(Integer.toString(number), pair.getPublic().getEncoded(), pair.getPrivate().getEncoded(),
                clock.instant());
    }

    private static List<TicketKey> newestFirst(List<TicketKey> keys) {
        return keys.stream().sorted(Comparator.comparingInt(TicketKey::number).reversed()).toList();
    }

    /** The active key's id, as tokens carry it, and its private half. */
    record SigningKey(int id, PrivateKey key) {
    }
}
