package org.servicecentre.occupancy;

import java.time.YearMonth;
import java.util.List;

/**
 * A centre's public scorecard: its satisfaction index over the recent full months and its volume of service month by
 * month (oldest first). Nothing about any person.
 */
public record PublicScorecard(String code, String name, String address, YearMonth from, YearMonth to,
                              Integer index, int responses, List<PublicMonthScore> months) {

    public int sessions() {
        return months.stream().mapToInt(PublicMonthScore::sessions).sum();
    }

    public int attendances() {
        return months.stream().mapToInt(PublicMonthScore::attendances).sum();
    }

    public int walkIns() {
        return months.stream().mapToInt(PublicMonthScore::walkIns).sum();
    }
}
