package org.servicecentre.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import net.fortuna.ical4j.model.Recur;
import org.servicecentre.shared.DomainException;

/**
 * Expands the recurrence rule of a booking series into the start of each occurrence, in the centre's time zone,
 * with ical4j doing the RFC 5545 arithmetic. Pure functions: no Spring, no clock, no database.
 *
 * <p>What the expansion means, as ical4j computes it (the same as its {@code VEVENT} recurrence sets):
 * <ul>
 *   <li>The first start counts as the first occurrence only when the rule matches it: weekly on Tuesday and
 *       Thursday from a Monday starts on the Tuesday. COUNT counts matched occurrences only.</li>
 *   <li>Occurrences keep the first start's wall-clock time in the zone across daylight-saving changes (16:30 stays
 *       16:30; the UTC offset changes). A wall-clock time that falls in a spring-forward gap moves forward by the
 *       length of the gap (02:30 on a day whose clocks jump from 02:00 to 03:00 becomes 03:30), as RFC 5545 3.3.5
 *       asks; a wall-clock time that occurs twice in an autumn overlap is the earlier of the two instants.</li>
 *   <li>UNTIL is inclusive. A bare date means up to the end of that day in the zone; a UTC date-time
 *       ({@code ...Z}) is an instant; a date-time without {@code Z} is read as wall-clock time in the zone.</li>
 *   <li>Days a rule names but a month lacks are skipped, not moved (BYMONTHDAY=31 has no February occurrence;
 *       BYMONTHDAY=-1 is always the last day).</li>
 * </ul>
 */
public final class Recurrences {

    private static final Set<String> PARTS = Set.of("FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE",
            "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST", "RSCALE", "SKIP");
    private static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
    private static final Set<String> TIME_OF_DAY_PARTS = Set.of("BYHOUR", "BYMINUTE", "BYSECOND");
    /** Only a bound for ical4j's search; COUNT, UNTIL and the cap end every real expansion long before. */
    private static final int HORIZON_YEARS = 1_000;
    private static final DateTimeFormatter FLOATING = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private Recurrences() {
    }

    /**
     * The start of every occurrence of {@code rrule} from {@code firstStart} on, in {@code zone}, in order.
     * May be empty (e.g. an UNTIL before the first start).
     *
     * @param rrule an RFC 5545 RRULE value, with or without {@code RRULE:}
     * @param firstStart wall-clock start of the first occurrence in {@code zone} (DTSTART)
     * @param maxOccurrences the most occurrences a series may have; at most this many plus one are computed
     * @throws DomainException {@code RRULE_INVALID}, {@code RRULE_UNSUPPORTED}, {@code RRULE_UNBOUNDED} (neither
     *         UNTIL nor COUNT), {@code RRULE_TOO_MANY} (more than {@code maxOccurrences}; argument: the cap)
     */
    public static List<ZonedDateTime> expand(String rrule, LocalDateTime firstStart, ZoneId zone, int maxOccurrences) {
        return expand(RecurrenceRule.parse(rrule), firstStart, zone, maxOccurrences);
    }

    /** As {@link #expand(String, LocalDateTime, ZoneId, int)}, for a rule already read. */
    public static List<ZonedDateTime> expand(RecurrenceRule rule, LocalDateTime firstStart, ZoneId zone,
            int maxOccurrences) {
        if (maxOccurrences < 1) {
            throw new IllegalArgumentException("maxOccurrences must be positive: " + maxOccurrences);
        }
        Map<String, String> parts = read(rule.text());
        if (!parts.containsKey("UNTIL") && !parts.containsKey("COUNT")) {
            throw new DomainException("RRULE_UNBOUNDED");
        }
        if (parts.containsKey("COUNT") && Integer.parseInt(parts.get("COUNT")) > maxOccurrences) {
            throw new DomainException("RRULE_TOO_MANY", maxOccurrences);
        }
        // ical4j's comparator cannot compare a ZonedDateTime with a date (and reads a date as its first instant),
        // so UNTIL goes to it as a UTC date-time.
        Recur<ZonedDateTime> recur = recur(rule.icalendarText(zone));
        ZonedDateTime seed = firstStart.atZone(zone);
        List<ZonedDateTime> starts;
        try (var dates = recur.getDatesAsStream(seed, seed, seed.plusYears(HORIZON_YEARS), maxOccurrences + 1)) {
            // ical4j keeps the first start's UTC offset where it can, which picks the later instant of an autumn
            // overlap when the series starts in winter; RFC 5545 3.3.5 wants the earlier one, as atZone gives.
            starts = dates.limit(maxOccurrences + 1L).map(start -> start.toLocalDateTime().atZone(zone)).toList();
        }
        if (starts.size() > maxOccurrences) {
            throw new DomainException("RRULE_TOO_MANY", maxOccurrences);
        }
        return starts;
    }

    /**
     * The rule in words, e.g. "每2周的周二、周四，至2027-01-15" or "Every 2 weeks on Tue, Thu, until 2027-01-15".
     * Rules the form cannot build are shown as "custom" with their text.
     *
     * @param zone the zone UNTIL dates are shown in
     * @param translate a translation key and its arguments to text, e.g. {@code (key, args) -> getTranslation(key, args)}
     */
    public static String describe(RecurrenceRule rule, ZoneId zone, BiFunction<String, Object[], String> translate) {
        return new RecurrenceDescription(read(rule.text()), zone, translate).text();
    }

    /**
     * Reads a normalised rule (upper case, no {@code RRULE:}) into its parts in the order written, refusing what
     * ical4j cannot read and what a booking series cannot use.
     */
    static Map<String, String> read(String text) {
        var parts = new LinkedHashMap<String, String>();
        for (String part : text.split(";", -1)) {
            int equals = part.indexOf('=');
            if (equals < 1 || equals == part.length() - 1) {
                throw invalid(text);
            }
            String name = part.substring(0, equals);
            if (!PARTS.contains(name) || parts.put(name, part.substring(equals + 1)) != null) {
                throw invalid(text);
            }
        }
        if (!parts.containsKey("FREQ") || parts.containsKey("UNTIL") && parts.containsKey("COUNT")
                || !positiveNumber(parts.getOrDefault("COUNT", "1"))
                || !positiveNumber(parts.getOrDefault("INTERVAL", "1"))) {
            throw invalid(text);
        }
        recur(text);
        if (parts.containsKey("UNTIL")) {
            until(parts.get("UNTIL"), ZoneOffset.UTC, text);
        }
        if (!FREQUENCIES.contains(parts.get("FREQ"))) {
            throw new DomainException("RRULE_UNSUPPORTED", "FREQ=" + parts.get("FREQ"));
        }
        for (String name : TIME_OF_DAY_PARTS) {
            if (parts.containsKey(name)) {
                throw new DomainException("RRULE_UNSUPPORTED", name + "=" + parts.get(name));
            }
        }
        return Collections.unmodifiableMap(parts);
    }

    /** The UNTIL of a rule as an instant in {@code zone}: a date means the last second of that day. */
    static ZonedDateTime until(String value, ZoneId zone, String text) {
        try {
            return switch (value.length()) {
                case 8 -> LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE).atTime(23, 59, 59).atZone(zone);
                case 15 -> LocalDateTime.parse(value, FLOATING).atZone(zone);
                case 16 -> {
                    if (!value.endsWith("Z")) {
                        throw invalid(text);
                    }
                    yield LocalDateTime.parse(value.substring(0, 15), FLOATING).atZone(ZoneOffset.UTC)
                            .withZoneSameInstant(zone);
                }
                default -> throw invalid(text);
            };
        } catch (DateTimeParseException e) {
            throw invalid(text);
        }
    }

    private static Recur<ZonedDateTime> recur(String text) {
        try {
            return new Recur<>(text, false);
        } catch (RuntimeException e) {
            throw invalid(text);
        }
    }

    private static boolean positiveNumber(String value) {
        return value.matches("[0-9]{1,9}") && Integer.parseInt(value) > 0;
    }

    private static DomainException invalid(String text) {
        return new DomainException("RRULE_INVALID", text);
    }
}
