package org.servicecentre.booking.ui.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** The hours a time grid shows each day, and where a moment falls on it as a share of that span. */
record TimeAxis(int firstHour, int lastHour) {

    static final int SNAP_MINUTES = 15;

    TimeAxis {
        if (firstHour < 0 || lastHour > 24 || firstHour >= lastHour) {
            throw new IllegalArgumentException("Hours must satisfy 0 <= first < last <= 24: " + firstHour + ", " + lastHour);
        }
    }

    int hours() {
        return lastHour - firstHour;
    }

    int fromMinute() {
        return firstHour * 60;
    }

    int toMinute() {
        return lastHour * 60;
    }

    LocalDateTime start(LocalDate day) {
        return day.atStartOfDay().plusHours(firstHour);
    }

    LocalDateTime end(LocalDate day) {
        return day.atStartOfDay().plusHours(lastHour);
    }

    /** Whether [start, end) shows on the given day. */
    boolean shows(LocalDate day, LocalDateTime start, LocalDateTime end) {
        return start.isBefore(end(day)) && end.isAfter(start(day));
    }

    /** Position of a moment on the day, in percent, clamped to the visible span. */
    double percent(LocalDate day, LocalDateTime time) {
        long minutes = Duration.between(day.atStartOfDay(), time).toMinutes();
        long clamped = Math.max(fromMinute(), Math.min(toMinute(), minutes));
        return (clamped - fromMinute()) * 100.0 / (toMinute() - fromMinute());
    }

    /** Whether [start, end) starts before or ends after the visible span of the day. */
    boolean clipped(LocalDate day, LocalDateTime start, LocalDateTime end) {
        return start.isBefore(start(day)) || end.isAfter(end(day));
    }

    static String css(double percent) {
        return String.format(Locale.ROOT, "%.4f%%", percent);
    }

    /** A percentage moved by some pixels, for gaps between neighbouring blocks. */
    static String css(double percent, int pixels) {
        return String.format(Locale.ROOT, "calc(%.4f%% %s %dpx)", percent, pixels < 0 ? "-" : "+", Math.abs(pixels));
    }

    static int snapDown(int minute) {
        return Math.floorDiv(minute, SNAP_MINUTES) * SNAP_MINUTES;
    }

    static int snapUp(int minute) {
        return -Math.floorDiv(-minute, SNAP_MINUTES) * SNAP_MINUTES;
    }
}
