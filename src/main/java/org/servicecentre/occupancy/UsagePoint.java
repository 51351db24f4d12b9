package org.servicecentre.occupancy;

import java.time.LocalDate;

/** The figures of one bucket of a trend, starting on {@code start} (a day, a Monday or the 1st of a month). */
public record UsagePoint(LocalDate start, UsageFigures figures) {
}
