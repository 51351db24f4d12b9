package org.servicecentre.checkin;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps scans, each in its own transaction, so that a resend racing the original fails alone and is re-read. */
@Component
class CheckInWriter {

    private final CheckIns checkIns;

    CheckInWriter(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    CheckIn save(CheckIn scan) {
        return checkIns.saveAndFlush(scan);
    }

    @Transactional(readOnly = true)
    Optional<CheckIn> earlier(Long kioskId, String nonce) {
        if (kioskId == null || nonce == null || nonce.isBlank()) {
            return Optional.empty();
        }
        return checkIns.findByKioskIdAndClientNonce(kioskId, nonce);
    }
}
