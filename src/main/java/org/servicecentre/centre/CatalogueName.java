package org.servicecentre.centre;

import java.util.Locale;

/** A catalogue entry's name in Chinese and, optionally, English; English readers fall back to the Chinese. */
public record CatalogueName(String zh, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }
}
