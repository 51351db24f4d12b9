package org.servicecentre.booking;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A recurrence rule in the user's words, built from translation keys {@code recurrence.*}: how often, on which
 * days, until when. Covers what the booking form builds and the common hand-written rules; anything else reads
 * as a custom rule followed by its text.
 */
final class RecurrenceDescription {

    private static final Set<String> DESCRIBED = Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH",
            "UNTIL", "COUNT", "WKST");
    private static final String ORDINAL_DAY = "([1-5]|-1)(MO|TU|WE|TH|FR|SA|SU)";

    private final Map<String, String> parts;
    private final ZoneId zone;
    private final BiFunction<String, Object[], String> translate;

    RecurrenceDescription(Map<String, String> parts, ZoneId zone, BiFunction<String, Object[], String> translate) {
        this.parts = parts;
        this.zone = zone;
        this.translate = translate;
    }

    String text() {
        String pattern = pattern();
        if (pattern == null) {
            return t("recurrence.custom", rule());
        }
        if (parts.containsKey("UNTIL")) {
            String lastDay = Recurrences.until(parts.get("UNTIL"), zone, rule()).toLocalDate().toString();
            return t("recurrence.until", pattern, lastDay);
        }
        String count = parts.get("COUNT");
        return "1".equals(count) ? t("recurrence.once", pattern) : t("recurrence.count", pattern, count);
    }

    /** How often and on which days, or null when the rule says more than these words can. */
    private String pattern() {
        if (!DESCRIBED.containsAll(parts.keySet()) || parts.containsKey("UNTIL") == parts.containsKey("COUNT")) {
            return null;
        }
        String every = every();
        String days = parts.get("BYDAY");
        String monthDays = parts.get("BYMONTHDAY");
        String months = parts.get("BYMONTH");
        return switch (parts.get("FREQ")) {
            case "DAILY" -> days == null && monthDays == null && months == null ? every : null;
            case "WEEKLY" -> monthDays != null || months != null ? null
                    : days == null ? every
                    : days.matches("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*")
                            ? t("recurrence.on.weekdays", every, weekdays(days)) : null;
            case "MONTHLY" -> months != null ? null : monthly(every, days, monthDays);
            case "YEARLY" -> days != null || months == null || !months.matches("\\d+(,\\d+)*") ? null
                    : monthDays == null ? t("recurrence.in.months", every, list(months, m -> t("recurrence.month." + Integer.parseInt(m))))
                    : months.matches("\\d+") && monthDays.matches("\\d+")
                            ? t("recurrence.on.date", every, t("recurrence.month." + Integer.parseInt(months)),
                            String.valueOf(Integer.parseInt(monthDays))) : null;
            default -> null;
        };
    }

    private String monthly(String every, String days, String monthDays) {
        if (days != null) {
            var ordinal = java.util.regex.Pattern.compile(ORDINAL_DAY).matcher(days);
            if (monthDays != null || !ordinal.matches()) {
                return null;
            }
            String nth = "-1".equals(ordinal.group(1)) ? "last" : ordinal.group(1);
            return t("recurrence.on.nth.weekday", every, t("recurrence.ordinal." + nth),
                    t("recurrence.day.long." + ordinal.group(2).toLowerCase(java.util.Locale.ROOT)));
        }
        if (monthDays == null) {
            return every;
        }
        if ("-1".equals(monthDays)) {
            return t("recurrence.on.last.day", every);
        }
        return monthDays.matches("\\d+(,\\d+)*")
                ? t("recurrence.on.monthdays", every, list(monthDays, day -> t("recurrence.monthday", String.valueOf(Integer.parseInt(day)))))
                : null;
    }

    private String every() {
        String unit = switch (parts.get("FREQ")) {
            case "DAILY" -> "day";
            case "WEEKLY" -> "week";
            case "MONTHLY" -> "month";
            default -> "year";
        };
        String interval = parts.getOrDefault("INTERVAL", "1");
        return "1".equals(interval) ? t("recurrence.every." + unit) : t("recurrence.every." + unit + "s", interval);
    }

    /** Weekdays in calendar order from Monday, as Chinese calendars show them. */
    private String weekdays(String codes) {
        List<String> written = Arrays.asList(codes.split(","));
        return Arrays.stream(DayOfWeek.values())
                .map(RecurrenceRule::code)
                .filter(written::contains)
                .map(code -> t("recurrence.day.short." + code.toLowerCase(java.util.Locale.ROOT)))
                .collect(Collectors.joining(t("recurrence.separator")));
    }

    private String list(String values, Function<String, String> word) {
        return Arrays.stream(values.split(",")).map(word).collect(Collectors.joining(t("recurrence.separator")));
    }

    private String rule() {
        return parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private String t(String key, Object... arguments) {
        return translate.apply(key, arguments);
    }
}
