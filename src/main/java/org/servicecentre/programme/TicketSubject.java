package org.servicecentre.programme;

/** What a ticket admits: one registration (a session or a whole programme), or a resident's personal card. */
public enum TicketSubject {
    REGISTRATION,
    CARD
}
