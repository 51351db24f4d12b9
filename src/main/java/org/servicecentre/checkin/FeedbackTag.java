package org.servicecentre.checkin;

import java.util.Locale;
import org.servicecentre.shared.DomainException;

/**
 * What a resident may tap with a satisfaction score, besides the faces: what went well, and what to improve. The kiosk
 * shows them as chips ({@code kiosk.feedback.tag.*}); the centre's satisfaction tab counts them.
 */
public enum FeedbackTag {
    CLEAN(true), HELPFUL_STAFF(true), USEFUL(true), WELL_ORGANISED(true), FRIENDLY(true),
    TOO_CROWDED(false), TOO_NOISY(false), HARD_TO_FIND(false), STARTED_LATE(false);

    private final boolean positive;

    FeedbackTag(boolean positive) {
        this.positive = positive;
    }

    /** Praise (true) or something to improve (false). */
    public boolean positive() {
        return positive;
    }

    /** The translation key of the tag's short text, e.g. {@code kiosk.feedback.tag.helpful_staff}. */
    public String translationKey() {
        return "kiosk.feedback.tag." + name().toLowerCase(Locale.ROOT);
    }

    /** The tag of that name (as the API sends it, any case); an unknown one is refused with its name. */
    public static FeedbackTag named(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (var tag : values()) {
            if (tag.name().equals(wanted)) {
                return tag;
            }
        }
        throw new DomainException("FEEDBACK_TAG_UNKNOWN", name);
    }
}
