package org.servicecentre.occupancy;

import java.util.List;

/** One row of a breakdown with its trend, e.g. a centre's utilisation month by month. */
public record UsageSeries(UsageRow row, List<UsagePoint> points) {
}
