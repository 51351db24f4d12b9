package org.servicecentre.programme;

/** Who made a registration: the resident on the public page, staff, or a CSV import. */
public enum RegistrationSource {
    SELF, STAFF, IMPORT
}
