package org.servicecentre.programme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When a programme's registrants are reminded, in minutes before each session: at most {@link #MOST} times, each from
 * a quarter of an hour to a week before. None chosen means the defaults, a day and two hours before. Staff write them
 * in hours ("24, 2", "0.5"); the database keeps minutes ("1440,120").
 */
public final class ReminderOffsets {

    public static final List<Integer> DEFAULT = List.of(1440, 120);
    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 7 * 24 * 60;
    public static final int MOST = 3;

    private ReminderOffsets() {
    }

    /** The offsets chosen, or the defaults when none were. */
    public static List<Integer> effective(List<Integer> chosen) {
        return chosen == null || chosen.isEmpty() ? DEFAULT : chosen;
    }

    /** Distinct, latest first; null for none. */
    public static List<Integer> normalise(List<Integer> offsets) {
        if (offsets == null) {
            return List.of();
        }
        return offsets.stream().filter(java.util.Objects::nonNull).distinct().sorted(Comparator.reverseOrder())
                .toList();
    }

    public static boolean valid(List<Integer> offsets) {
        return offsets.size() <= MOST && offsets.stream().allMatch(m -> m >= MIN_MINUTES && m <= MAX_MINUTES);
    }

    /**
     * Hours as staff type them, separated by commas (also "，" or spaces): "24, 2" → [1440, 120]; blank → none (the
     * defaults); empty when something is not a number of hours in the allowed range, or there are too many.
     */
    public static Optional<List<Integer>> parseHours(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(List.of());
        }
        var minutes = new ArrayList<Integer>();
        for (String part : text.strip().split("[,，、;；\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                var hours = new BigDecimal(part.replace('h', ' ').replace("小时", "").strip());
                var exact = hours.multiply(BigDecimal.valueOf(60));
                if (exact.stripTrailingZeros().scale() > 0) {
                    return Optional.empty();
                }
                minutes.add(exact.intValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                return Optional.empty();
            }
        }
        var offsets = normalise(minutes);
        return valid(offsets) ? Optional.of(offsets) : Optional.empty();
    }

    /** [1440, 120] → "24, 2"; [90] → "1.5"; none → "". */
    public static String formatHours(List<Integer> offsets) {
        return normalise(offsets).stream()
                .map(m -> BigDecimal.valueOf(m).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", "));
    }

    static List<Integer> fromColumn(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        var offsets = new ArrayList<Integer>();
        for (String part : column.split(",")) {
            if (!part.isBlank()) {
                offsets.add(Integer.parseInt(part.strip()));
            }
        }
        return normalise(offsets);
    }

    static String toColumn(List<Integer> offsets) {
        var normal = normalise(offsets);
        return normal.isEmpty() ? null : normal.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
