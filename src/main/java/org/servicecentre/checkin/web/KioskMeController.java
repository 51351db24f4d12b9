package org.servicecentre.checkin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.servicecentre.checkin.KioskService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets a hardware kiosk check its pairing: {@code Authorization: Device <token>}; 401 once revoked. */
@RestController
@Tag(name = "Kiosk")
class KioskMeController {

    private final KioskService kiosks;

    KioskMeController(KioskService kiosks) {
        this.kiosks = kiosks;
    }

    @GetMapping("/api/v1/kiosk/me")
    @Operation(summary = "The kiosk the device token belongs to, with its centre")
    KioskMeResponse me() {
        return KioskMeResponse.of(kiosks.me());
    }
}
