package org.servicecentre.checkin;

/** A score kept: its id, and whether it had been kept before (a resend with the same kiosk and nonce). */
public record FeedbackReceipt(long id, boolean repeated) {
}
