package org.servicecentre.security;

import java.util.Optional;

/**
 * The SPI through which a module that pairs devices (the kiosks of {@code checkin}) tells security who presents a
 * device token, without security depending on that module. An empty answer means the token is unknown or revoked.
 */
public interface DeviceAuthenticator {

    /** The paired device behind a presented token; notes that the device was seen. */
    Optional<DevicePrincipal> authenticate(String token);
}
