package org.servicecentre.shared;

import java.util.List;
import java.util.Locale;

/** The languages the product speaks: Simplified Chinese first, English second. */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, ENGLISH);

    private Languages() {
    }

    /** The supported locale closest to a language tag such as {@code en-GB} or {@code zh-CN}; Chinese otherwise. */
    public static Locale closest(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return CHINESE;
        }
        return "en".equals(Locale.forLanguageTag(languageTag).getLanguage()) ? ENGLISH : CHINESE;
    }

    public static String tagOf(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
    }
}
