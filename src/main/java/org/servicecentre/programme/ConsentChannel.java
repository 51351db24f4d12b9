package org.servicecentre.programme;

/** How a consent was given: by the resident on the public page, to staff in person, or in an imported list. */
public enum ConsentChannel {
    SELF, STAFF, IMPORT
}
