package org.servicecentre.checkin;

/**
 * What a kiosk answers a staff code with: the booking's start is confirmed now; it had been confirmed before (when, by
 * whom); several bookings could be meant (the staff member chooses); none of theirs here is on now or within half an
 * hour; or the code is not a current staff code of an enabled staff account.
 */
public enum StaffStartOutcome {
    STARTED, ALREADY_STARTED, CHOOSE_BOOKING, NOTHING_TO_START, NOT_VALID
}
