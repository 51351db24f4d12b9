package org.servicecentre.security;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;

/**
 * A paired device (a kiosk) as Spring Security holds it for one request: it is re-authenticated from its token on
 * every request, so a revoked device is refused at once, on every node. Role {@link Role#KIOSK}, scope: one centre.
 */
public record DevicePrincipal(long deviceId, String code, String name, long centreId) implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return code;
    }
}
