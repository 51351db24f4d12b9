package org.servicecentre.checkin;

/** Where a kiosk stands in its pairing life. */
public enum KioskState {
    /** A pairing code was issued and is still valid; no device holds a token. */
    AWAITING_PAIRING,
    /** The pairing code expired before a device used it; a new one is needed. */
    PAIRING_EXPIRED,
    /** A device holds a token and may use the kiosk screens and API. */
    PAIRED,
    /** Revoked by a manager: its token is refused until a new pairing code is issued and used. */
    REVOKED
}
