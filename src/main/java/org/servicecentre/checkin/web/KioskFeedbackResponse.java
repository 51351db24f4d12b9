package org.servicecentre.checkin.web;

/** The score kept: its id, and whether it had been kept before (a resend). */
record KioskFeedbackResponse(long id, boolean repeated) {
}
