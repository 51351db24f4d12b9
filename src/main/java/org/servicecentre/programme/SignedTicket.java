package org.servicecentre.programme;

/** A parsed ticket: what it says, the exact bytes that were signed, and the signature to check over them. */
record SignedTicket(TicketToken token, byte[] payload, byte[] signature) {
}
