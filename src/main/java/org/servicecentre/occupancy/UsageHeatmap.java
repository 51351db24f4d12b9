package org.servicecentre.occupancy;

import java.time.DayOfWeek;

/**
 * Open and booked minutes by weekday (Monday = 0) and hour of the day (0–23, local time) over a period.
 */
public record UsageHeatmap(long[][] openMinutes, long[][] bookedMinutes) {

    public UsageHeatmap {
        if (openMinutes.length != 7 || bookedMinutes.length != 7) {
            throw new IllegalArgumentException("seven weekdays");
        }
    }

    public static UsageHeatmap empty() {
        return new UsageHeatmap(new long[7][24], new long[7][24]);
    }

    public long open(DayOfWeek day, int hour) {
        return openMinutes[day.getValue() - 1][hour];
    }

    public long booked(DayOfWeek day, int hour) {
        return bookedMinutes[day.getValue() - 1][hour];
    }

    /** Booked over open minutes of that weekday and hour (0–1), or null when it was never open then. */
    public Double utilisation(DayOfWeek day, int hour) {
        long open = open(day, hour);
        return open == 0 ? null : (double) booked(day, hour) / open;
    }
}
