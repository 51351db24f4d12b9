package org.servicecentre.checkin;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps scans, each in its own transaction, so that a resend racing the original fails alone and is re-read; tells
 * the others about each successful check-in in that transaction.
 */
@Component
class CheckInWriter {

    private final CheckIns checkIns;
    private final ApplicationEventPublisher events;

    CheckInWriter(CheckIns checkIns, ApplicationEventPublisher events) {
        this.checkIns = checkIns;
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    CheckIn save(CheckIn scan) {
        var saved = checkIns.saveAndFlush(scan);
        if (saved.outcome() == KioskOutcome.CHECKED_IN) {
            events.publishEvent(new CheckInRecorded(saved.id(), saved.centreId(), saved.sessionId(),
                    saved.scannedAt()));
        }
        return saved;
    }

    @Transactional(readOnly = true)
    Optional<CheckIn> earlier(Long kioskId, String nonce) {
        if (kioskId == null || nonce == null || nonce.isBlank()) {
            return Optional.empty();
        }
        return checkIns.findByKioskIdAndClientNonce(kioskId, nonce);
    }
}
