package org.servicecentre.checkin;

/** The outcome of pairing: the device token, handed to the device once; only its hash is kept. */
public record PairedKiosk(String token, KioskSummary kiosk) {

    @Override
    public String toString() {
        return "PairedKiosk[" + kiosk.code() + "]";
    }
}
