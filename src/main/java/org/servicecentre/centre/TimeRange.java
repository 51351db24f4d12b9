package org.servicecentre.centre;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.servicecentre.shared.DomainException;

/**
 * A stretch of one day in a centre's local time, from {@code startMinute} (inclusive) to {@code endMinute}
 * (exclusive), in minutes after midnight. An end of {@link #END_OF_DAY} is 24:00, so a centre open around the
 * clock has ranges that join across midnight.
 */
public record TimeRange(int startMinute, int endMinute) implements Comparable<TimeRange> {

    public static final int END_OF_DAY = 24 * 60;

    public TimeRange {
        if (startMinute < 0 || endMinute > END_OF_DAY || startMinute >= endMinute) {
            throw new DomainException("HOURS_RANGE_INVALID", clock(startMinute), clock(endMinute));
        }
    }

    /** From two times of day; an end of 00:00 means midnight at the end of the day (24:00). */
    public static TimeRange of(LocalTime start, LocalTime end) {
        int endMinute = end.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : minuteOf(end);
        return new TimeRange(minuteOf(start), endMinute);
    }

    /** From "HH:mm" texts; the end may be "24:00". */
    public static TimeRange parse(String start, String end) {
        return new TimeRange(parseMinute(start, false), parseMinute(end, true));
    }

    /** Whether any two of the ranges share a minute; ranges that only touch (12:00 and 12:00) do not. */
    public static boolean anyOverlap(List<TimeRange> ranges) {
        var sorted = ranges.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startMinute() < sorted.get(i - 1).endMinute()) {
                return true;
            }
        }
        return false;
    }

    public LocalTime start() {
        return LocalTime.of(startMinute / 60, startMinute % 60);
    }

    /** The end as a time of day; 24:00 comes back as 00:00 (midnight). */
    public LocalTime end() {
        return endMinute == END_OF_DAY ? LocalTime.MIDNIGHT : LocalTime.of(endMinute / 60, endMinute % 60);
    }

    public String startText() {
        return clock(startMinute);
    }

    public String endText() {
        return clock(endMinute);
    }

    /** "08:30–12:00". */
    public String text() {
        return startText() + "–" + endText();
    }

    @Override
    public int compareTo(TimeRange other) {
        return startMinute != other.startMinute ? Integer.compare(startMinute, other.startMinute)
                : Integer.compare(endMinute, other.endMinute);
    }

    static String clock(int minute) {
        return minute < 0 || minute > END_OF_DAY ? String.valueOf(minute)
                : String.format("%02d:%02d", minute / 60, minute % 60);
    }

    private static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static int parseMinute(String text, boolean mayBeEndOfDay) {
        if (text != null && mayBeEndOfDay && text.trim().equals("24:00")) {
            return END_OF_DAY;
        }
        try {
            return minuteOf(LocalTime.parse(text == null ? "" : text.trim()));
        } catch (DateTimeParseException e) {
            throw new DomainException("HOURS_TIME_FORMAT", text);
        }
    }
}
