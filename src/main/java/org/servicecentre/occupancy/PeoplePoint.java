package org.servicecentre.occupancy;

import java.time.LocalDate;

/** People and satisfaction figures of one bucket of a trend. */
public record PeoplePoint(LocalDate start, PeopleFigures people, SatisfactionFigures satisfaction) {
}
