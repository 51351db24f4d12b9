package org.servicecentre.booking;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A recurrence rule in the user's words, built from translation keys {@code recurrence.*}: how often, on which
 * days, until when. Covers what the booking form builds and the common hand-written rules; anything else reads
 * as a custom rule followed by its text.
 */
final class RecurrenceDescription {

    private static final Set<String> DESCRIBED = Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH",
            "UNTIL", "COUNT", "WKST");
    private static final Pattern WEEKDAYS = Pattern.compile("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*");
    private static final Pattern ORDINAL_WEEKDAY = Pattern.compile("([1-5]|-1)(MO|TU|WE|TH|FR|SA|SU)");

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
            case "WEEKLY" -> monthDays != null || months != null ? null : weekly(every, days);
            case "MONTHLY" -> months != null ? null : monthly(every, days, monthDays);
            case "YEARLY" -> days != null ? null : yearly(every, monthDays, months);
            default -> null;
        };
    }

    private String weekly(String every, String days) {
        if (days == null) {
            return every;
        }
        return WEEKDAYS.matcher(days).matches() ? t("recurrence.on.weekdays", every, weekdays(days)) : null;
    }

    private String monthly(String every, String days, String monthDays) {
        if (days != null) {
            var ordinal = ORDINAL_WEEKDAY.matcher(days);
            if (monthDays != null || !ordinal.matches()) {
                return null;
            }
            String nth = "-1".equals(ordinal.group(1)) ? "last" : ordinal.group(1);
            return t("recurrence.on.nth.weekday", every, t("recurrence.ordinal." + nth),
                    t("recurrence.day.long." + ordinal.group(2).toLowerCase(Locale.ROOT)));
        }
        if (monthDays == null) {
            return every;
        }
        if ("-1".equals(monthDays)) {
            return t("recurrence.on.last.day", every);
        }
        return monthDays.matches("\\d+(,\\d+)*")
                ? t("recurrence.on.monthdays", every, list(monthDays, day -> t("recurrence.monthday", number(day))))
                : null;
    }

    private String yearly(String every, String monthDays, String months) {
        if (months == null) {
            return monthDays == null ? every : null;
        }
        if (!months.matches("\\d+(,\\d+)*")) {
            return null;
        }
        if (monthDays == null) {
            return t("recurrence.in.months", every, list(months, month -> t("recurrence.month." + number(month))));
        }
        return months.matches("\\d+") && monthDays.matches("\\d+")
                ? t("recurrence.on.date", every, t("recurrence.month." + number(months)), number(monthDays))
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
                .map(code -> t("recurrence.day.short." + code.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(t("recurrence.separator")));
    }

    private String list(String values, Function<String, String> word) {
        return Arrays.stream(values.split(",")).map(word).collect(Collectors.joining(t("recurrence.separator")));
    }

    /** "07" as "7", so it finds its key and reads naturally. */
    private static String number(String digits) {
        return String.valueOf(Integer.parseInt(digits));
    }

    private String rule() {
        return parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private String t(String key, Object... arguments) {
        return translate.apply(key, arguments);
    }
}
