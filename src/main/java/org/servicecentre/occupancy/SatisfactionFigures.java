package org.servicecentre.occupancy;

/**
 * The anonymous satisfaction scores (1–5) given in a period.
 *
 * @param counts how many gave 1, 2, 3, 4 and 5 (index 0 = score 1)
 */
public record SatisfactionFigures(int responses, double average, int[] counts) {

    public static SatisfactionFigures none() {
        return new SatisfactionFigures(0, 0, new int[5]);
    }

    /** The satisfaction index published on the public page: the average as a share of the best score, 0–100. */
    public Integer index() {
        return responses == 0 ? null : (int) Math.round(average * 20);
    }
}
