package org.servicecentre.shared.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.servicecentre.shared.Languages;

/** Remembers the language chosen before sign-in (on the login page or a kiosk) in a cookie. */
public final class LanguageCookie {

    static final String NAME = "sc-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private LanguageCookie() {
    }

    public static void remember(Locale locale) {
        var response = VaadinResponse.getCurrent();
        if (response == null) {
            return;
        }
        var cookie = new Cookie(NAME, Languages.tagOf(locale));
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }

    public static Optional<Locale> read(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> NAME.equals(c.getName()))
                .findFirst()
                .map(c -> Languages.closest(c.getValue()));
    }
}
