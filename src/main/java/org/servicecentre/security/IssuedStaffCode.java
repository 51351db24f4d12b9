package org.servicecentre.security;

/** A staff code just created, with the code itself: it exists only in this object and is never stored. */
public record IssuedStaffCode(String code, StaffCodeSummary summary) {

    @Override
    public String toString() {
        // never in a log line by accident
        return "IssuedStaffCode[" + summary + "]";
    }
}
