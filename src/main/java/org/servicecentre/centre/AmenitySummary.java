package org.servicecentre.centre;

import java.util.Locale;

/** One entry of the amenity list as screens, the API and the booking search see it, with both names. */
public record AmenitySummary(long id, String code, String nameZh, String nameEn, int sortOrder, boolean active) {

    /** The name in the given language: Chinese for any Chinese locale, English otherwise. */
    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
