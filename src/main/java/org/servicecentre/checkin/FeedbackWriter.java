package org.servicecentre.checkin;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps scores, each in its own transaction, so that a resend racing the original fails alone and is re-read. */
@Component
class FeedbackWriter {

    private final Feedbacks feedbacks;

    FeedbackWriter(Feedbacks feedbacks) {
        this.feedbacks = feedbacks;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Feedback save(Feedback feedback) {
        return feedbacks.saveAndFlush(feedback);
    }

    @Transactional(readOnly = true)
    Optional<Feedback> earlier(Long kioskId, String nonce) {
        if (kioskId == null || nonce == null) {
            return Optional.empty();
        }
        return feedbacks.findByKioskIdAndClientNonce(kioskId, nonce);
    }
}
