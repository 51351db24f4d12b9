package org.servicecentre.occupancy;

import java.time.LocalDate;

/** One row of the daily usage rollup: how a room was used on one local date (see {@link UsageFigures}). */
record RoomDay(long roomId, long centreId, LocalDate day, UsageFigures figures, int[] openByHour, int[] bookedByHour) {

    static String hours(int[] minutes) {
        var text = new StringBuilder();
        for (int i = 0; i < minutes.length; i++) {
            text.append(i == 0 ? "" : ",").append(minutes[i]);
        }
        return text.toString();
    }

    static int[] hours(String text) {
        var minutes = new int[24];
        int hour = 0;
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',') {
                minutes[hour++] = value;
                value = 0;
            } else {
                value = value * 10 + (c - '0');
            }
        }
        minutes[hour] = value;
        return minutes;
    }
}
