package org.servicecentre.checkin;

import java.time.Instant;

/** A one-time pairing code, shown once to the manager who asked for it; only its hash is kept. */
public record PairingCode(KioskSummary kiosk, String code, Instant expiresAt) {

    /** The pairing page's address with the code filled in, for the QR shown next to it (relative to the app). */
    public String pairingPath() {
        return "kiosk/pair?code=" + code;
    }
}
