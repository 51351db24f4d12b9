package org.servicecentre.security;

/** What a person (or device) may do; the scope of an account narrows it to regions, centres or an organisation. */
public enum Role {
    /** Runs the whole installation. */
    ADMIN,
    /** District or street officer: reads everything in one region and below it, changes nothing. */
    REGION_OFFICER,
    /** Keeps one or more centres. */
    CENTRE_MANAGER,
    /** Social worker or staff of one organisation. */
    NGO_STAFF,
    /** A paired kiosk device; never a person. */
    KIOSK;

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles a person can be given on the users screen; KIOSK belongs to paired devices. */
    public static Role[] forPeople() {
        return new Role[] {ADMIN, REGION_OFFICER, CENTRE_MANAGER, NGO_STAFF};
    }
}
