package org.servicecentre.occupancy;

import java.util.List;

/**
 * An extra section of a manager's digest, contributed by a {@link ManagerDigestSection}: a translated title and lines,
 * each a bundle key with its arguments and an optional app path to link to ("/bookings/12"). With no line the section
 * shows {@code emptyKey} (or is left out when that is null).
 */
public record DigestSection(String titleKey, String emptyKey, List<Line> lines) {

    public record Line(String textKey, List<Object> args, String link) {

        public static Line of(String textKey, String link, Object... args) {
            return new Line(textKey, List.of(args), link);
        }
    }
}
