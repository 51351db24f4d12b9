package org.servicecentre.occupancy.ui;

import org.servicecentre.occupancy.PeopleFigures;
import org.servicecentre.occupancy.SatisfactionFigures;
import org.servicecentre.occupancy.UsageRow;

/** One centre of a comparison: its use of rooms, who came and how they rated it. */
record ComparisonRow(UsageRow usage, PeopleFigures people, SatisfactionFigures satisfaction) {

    String name() {
        return usage.name();
    }
}
