package org.servicecentre.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Collectors;
import org.servicecentre.shared.DomainException;

/**
 * An RFC 5545 recurrence rule (the value of an RRULE) that has been read and found usable for a booking series.
 * The text is kept as given, without a leading {@code RRULE:} and in upper case, so it round-trips to the API and
 * to calendar feeds. Construct with {@link #parse(String)} or one of the builders the booking form uses.
 *
 * @param text the rule, e.g. {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270115}
 */
public record RecurrenceRule(String text) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** Reads and checks the rule; refuses what cannot be read with {@code RRULE_INVALID}. */
    public RecurrenceRule {
        text = normalise(text);
        Recurrences.read(text);
    }

    /**
     * Reads a rule as users and API clients write it: with or without {@code RRULE:}, in any case.
     *
     * @throws DomainException {@code RRULE_INVALID} (malformed) or {@code RRULE_UNSUPPORTED} (repeats more often
     *         than daily, or picks hours, minutes or seconds)
     */
    public static RecurrenceRule parse(String text) {
        return new RecurrenceRule(text);
    }

    /** Every {@code everyWeeks} weeks on the given days, up to and including the day {@code lastDay}. */
    public static RecurrenceRule weekly(Collection<DayOfWeek> days, int everyWeeks, LocalDate lastDay) {
        return new RecurrenceRule(weeklyPart(days, everyWeeks) + ";UNTIL=" + lastDay.format(DATE));
    }

    /** Every {@code everyWeeks} weeks on the given days, {@code count} occurrences in all. */
    public static RecurrenceRule weekly(Collection<DayOfWeek> days, int everyWeeks, int count) {
        return new RecurrenceRule(weeklyPart(days, everyWeeks) + ";COUNT=" + positive(count));
    }

    /**
     * Every month on the {@code nth} given weekday (1 to 5, or -1 for the last), up to and including {@code lastDay};
     * e.g. {@code monthlyOnWeekday(2, SATURDAY, ...)} is the 2nd Saturday of each month.
     */
    public static RecurrenceRule monthlyOnWeekday(int nth, DayOfWeek day, LocalDate lastDay) {
        return new RecurrenceRule(monthlyPart(nth, day) + ";UNTIL=" + lastDay.format(DATE));
    }

    /** Every month on the {@code nth} given weekday (1 to 5, or -1 for the last), {@code count} occurrences in all. */
    public static RecurrenceRule monthlyOnWeekday(int nth, DayOfWeek day, int count) {
        return new RecurrenceRule(monthlyPart(nth, day) + ";COUNT=" + positive(count));
    }

    /**
     * The rule as RFC 5545 wants it next to a DTSTART with a time zone (calendar feeds): an UNTIL given as a bare
     * date becomes the last second of that day in {@code zone}, in UTC, and one without {@code Z} is read in
     * {@code zone}. Everything else is unchanged.
     */
    public String icalendarText(ZoneId zone) {
        return Recurrences.read(text).entrySet().stream()
                .map(part -> part.getKey() + "=" + (part.getKey().equals("UNTIL") && !part.getValue().endsWith("Z")
                        ? utc(Recurrences.until(part.getValue(), zone, text)
                                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime())
                        : part.getValue()))
                .collect(Collectors.joining(";"));
    }

    @Override
    public String toString() {
        return text;
    }

    static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    static String utc(LocalDateTime utcTime) {
        return utcTime.format(UTC_DATE_TIME);
    }

    private static String normalise(String text) {
        String rule = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (rule.startsWith("RRULE:")) {
            rule = rule.substring("RRULE:".length()).strip();
        }
        while (rule.endsWith(";")) {
            rule = rule.substring(0, rule.length() - 1);
        }
        return rule;
    }

    private static String weeklyPart(Collection<DayOfWeek> days, int everyWeeks) {
        if (days.isEmpty()) {
            throw new DomainException("RRULE_INVALID", "BYDAY=");
        }
        String byDay = EnumSet.copyOf(days).stream().map(RecurrenceRule::code).collect(Collectors.joining(","));
        return "FREQ=WEEKLY" + (everyWeeks == 1 ? "" : ";INTERVAL=" + positive(everyWeeks)) + ";BYDAY=" + byDay;
    }

    private static String monthlyPart(int nth, DayOfWeek day) {
        if (nth == 0 || nth < -1 || nth > 5) {
            throw new DomainException("RRULE_INVALID", "BYDAY=" + nth + code(day));
        }
        return "FREQ=MONTHLY;BYDAY=" + nth + code(day);
    }

    private static int positive(int value) {
        if (value < 1) {
            throw new DomainException("RRULE_INVALID", String.valueOf(value));
        }
        return value;
    }
}
