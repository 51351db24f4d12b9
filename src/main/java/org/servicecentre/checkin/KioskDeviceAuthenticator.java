package org.servicecentre.checkin;

import java.util.Optional;
import org.servicecentre.security.DeviceAuthenticator;
import org.servicecentre.security.DevicePrincipal;
import org.springframework.stereotype.Component;

/** Lets security recognise kiosk device tokens ({@code kd_…}) without knowing this module. */
@Component
class KioskDeviceAuthenticator implements DeviceAuthenticator {

    private final KioskService kiosks;

    KioskDeviceAuthenticator(KioskService kiosks) {
        this.kiosks = kiosks;
    }

    @Override
    public Optional<DevicePrincipal> authenticate(String token) {
        return kiosks.authenticate(token);
    }
}
