package org.servicecentre.occupancy;

/**
 * A centre on the public scoring index: its satisfaction index (0–100, null without scores) over the recent months.
 */
public record PublicCentreScore(String code, String name, Integer index, int responses) {
}
