package org.servicecentre.occupancy.city;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Places a room's bookings of one day in its open ranges on a 15-minute grid so that their blocked ranges (set-up
 * and clean-up buffers included) never overlap and stay inside the open hours. Starts are drawn by
 * {@link CityCalendar#hourWeight} (afternoons busiest); a booking that does not fit where drawn takes the nearest
 * free place, shortened if it must be; {@link #capacity} says how many fit at most.
 */
final class DayPlanner {

    static final int UNIT = 15;
    private static final int[] LENGTHS = {60, 60, 90, 90, 120, 120, 120, 180, 240, 30};

    private final boolean[] busy = new boolean[1440 / UNIT];
    private final boolean[] open = new boolean[1440 / UNIT];

    /** Most bookings of the shortest length (30 minutes) the ranges hold with these buffers. */
    static int capacity(int[][] ranges, int setup, int cleanup) {
        int block = setup + 30 + cleanup;
        int n = 0;
        for (int[] range : ranges) {
            n += (range[1] - range[0]) / block;
        }
        return n;
    }

    /**
     * Fills {@code out} with n rows {blocked_from, starts, ends, blocked_until} in minutes of the day, ordered by
     * start, and returns how many it placed (fewer than n only when the free time is too fragmented).
     */
    int place(int[][] ranges, int setup, int cleanup, int n, DayOfWeek day, SplittableRandom random, int[][] out) {
        Arrays.fill(busy, false);
        Arrays.fill(open, false);
        int openUnits = 0;
        for (int[] range : ranges) {
            for (int u = range[0] / UNIT; u < range[1] / UNIT; u++) {
                open[u] = true;
                openUnits++;
            }
        }
        int bufferUnits = (setup + cleanup) / UNIT;
        int freeUnits = openUnits;
        for (int i = 0; i < n; i++) {
            int left = n - i;
            // keep room for the bookings still to come at their shortest
            int budget = freeUnits - (left - 1) * (bufferUnits + 2);
            // a fair share of the free time, so that a busy day holds many shorter bookings
            int share = (int) (freeUnits * 0.85 / left) - bufferUnits;
            int length = Math.min(LENGTHS[random.nextInt(LENGTHS.length)] / UNIT, Math.min(share, budget - bufferUnits));
            length = Math.max(2, length);
            int placed = -1;
            for (int attempt = 0; attempt < 6 && placed < 0; attempt++) {
                int candidate = drawStart(ranges, day, random);
                if (fits(candidate, length + bufferUnits)) {
                    placed = candidate;
                }
            }
            while (placed < 0 && length >= 2) {
                placed = firstFit(random.nextInt(busy.length), length + bufferUnits);
                if (placed < 0) {
                    length--;
                }
            }
            if (placed < 0) {
                return pack(ranges, setup, cleanup, n, random, out); // too fragmented: a full day, packed in order
            }
            for (int u = placed; u < placed + length + bufferUnits; u++) {
                busy[u] = true;
            }
            freeUnits -= length + bufferUnits;
            int from = placed * UNIT;
            out[i][0] = from;
            out[i][1] = from + setup;
            out[i][2] = from + setup + length * UNIT;
            out[i][3] = from + setup + length * UNIT + cleanup;
        }
        Arrays.sort(out, 0, n, (a, b) -> Integer.compare(a[0], b[0]));
        return n;
    }

    /** Places n bookings back to back per range, the spare time spread over their lengths and the gaps. */
    private int pack(int[][] ranges, int setup, int cleanup, int n, SplittableRandom random, int[][] out) {
        int block = (setup + cleanup) / UNIT + 2;
        int[] count = new int[ranges.length];
        int left = n;
        for (int k = 0; k < ranges.length && left > 0; k++) {
            count[k] = Math.min(left, (ranges[k][1] - ranges[k][0]) / UNIT / block);
            left -= count[k];
        }
        int i = 0;
        for (int k = 0; k < ranges.length; k++) {
            if (count[k] == 0) {
                continue;
            }
            int slack = (ranges[k][1] - ranges[k][0]) / UNIT - count[k] * block;
            int at = ranges[k][0] / UNIT;
            for (int j = 0; j < count[k]; j++) {
                int share = slack / (count[k] - j + 1);
                int longer = Math.min(share, LENGTHS[random.nextInt(LENGTHS.length)] / UNIT - 2);
                int gap = share - Math.max(0, longer) > 0 ? random.nextInt(share - Math.max(0, longer) + 1) : 0;
                longer = Math.max(0, longer);
                slack -= longer + gap;
                at += gap;
                int length = 2 + longer;
                int from = at * UNIT;
                out[i][0] = from;
                out[i][1] = from + setup;
                out[i][2] = from + setup + length * UNIT;
                out[i][3] = from + setup + length * UNIT + cleanup;
                at += length + (setup + cleanup) / UNIT;
                i++;
            }
        }
        return i;
    }

    private int drawStart(int[][] ranges, DayOfWeek day, SplittableRandom random) {
        double total = 0;
        for (int[] range : ranges) {
            for (int m = range[0]; m < range[1]; m += 30) {
                total += CityCalendar.hourWeight(m, day);
            }
        }
        double pick = random.nextDouble() * total;
        for (int[] range : ranges) {
            for (int m = range[0]; m < range[1]; m += 30) {
                pick -= CityCalendar.hourWeight(m, day);
                if (pick <= 0) {
                    return m / UNIT;
                }
            }
        }
        return ranges[0][0] / UNIT;
    }

    private boolean fits(int start, int units) {
        if (start + units > busy.length) {
            return false;
        }
        for (int u = start; u < start + units; u++) {
            if (!open[u] || busy[u]) {
                return false;
            }
        }
        return true;
    }

    private int firstFit(int from, int units) {
        for (int k = 0; k < busy.length; k++) {
            int start = (from + k) % busy.length;
            if (fits(start, units)) {
                return start;
            }
        }
        return -1;
    }
}
