package org.servicecentre.programme;

/** Public programmes are listed and open to anyone with the page; invitation-only ones only through their link. */
public enum ProgrammeVisibility {
    PUBLIC, INVITATION
}
