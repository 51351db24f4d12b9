package org.servicecentre.occupancy;

import java.time.YearMonth;

/**
 * One month of a centre's public scorecard: volume of service and satisfaction, aggregates only.
 *
 * @param index the satisfaction index 0–100 of the month, null without scores
 */
public record PublicMonthScore(YearMonth month, int sessions, int attendances, int walkIns, int responses,
                               Integer index) {
}
