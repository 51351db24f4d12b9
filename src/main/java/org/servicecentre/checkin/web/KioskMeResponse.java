package org.servicecentre.checkin.web;

import java.time.Instant;
import org.servicecentre.checkin.KioskSummary;

/** The calling kiosk: which kiosk it is, for which centre, since when paired. */
record KioskMeResponse(long id, String code, String name, long centreId, String centreName, Instant pairedAt) {

    static KioskMeResponse of(KioskSummary kiosk) {
        return new KioskMeResponse(kiosk.id(), kiosk.code(), kiosk.name(), kiosk.centreId(), kiosk.centreName(),
                kiosk.pairedAt());
    }
}
