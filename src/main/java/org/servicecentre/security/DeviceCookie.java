package org.servicecentre.security;

import jakarta.servlet.http.Cookie;

/** The long-lived HttpOnly cookie that carries a kiosk's device token in its browser. */
public final class DeviceCookie {

    public static final String NAME = "sc-kiosk";
    private static final int TEN_YEARS = 10 * 365 * 24 * 3600;

    private DeviceCookie() {
    }

    /** The cookie holding the token; {@code secure} when the page was served over HTTPS. */
    public static Cookie of(String token, boolean secure) {
        var cookie = new Cookie(NAME, token);
        cookie.setPath("/");
        cookie.setMaxAge(TEN_YEARS);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
