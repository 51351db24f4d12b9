package org.servicecentre.occupancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A work report (工作报告) of a centre, alliance or region over a period, compiled by {@link WorkReports}: the headline
 * figures beside the previous period of the same length, highlights picked from the data, tables by target group,
 * service category and organisation, the breakdown by centre (or by room for a centre) and the trends the charts
 * draw. Language-neutral: {@link ReportTexts} puts it into words, the renderers into PDF, XLSX and CSV.
 *
 * @param asOf the day the report was compiled; figures are settled up to the day before
 */
public record WorkReport(UsageSubject subject, String subjectName, UsagePeriod period, Granularity granularity,
                         List<Headline> headlines, List<Highlight> highlights, List<AttendanceShare> byTargetGroup,
                         List<AttendanceShare> byCategory, List<AttendanceShare> byOrganisation,
                         List<AttendanceShare> byProgramme, List<UsageRow> breakdown, List<UsagePoint> usageTrend,
                         List<PeoplePoint> peopleTrend, List<RatedSession> bestRated, LocalDate asOf,
                         Instant generatedAt) {

    /** How a figure is read: a share of 0–1 shown as a percentage, a count, or an index of 0–100. */
    public enum Kind {
        SHARE, COUNT, INDEX
    }

    /** The headline figures, in the order a report shows them. */
    public enum Measure {
        UTILISATION(Kind.SHARE, true), ATTENDED_UTILISATION(Kind.SHARE, true), SESSIONS(Kind.COUNT, true),
        ATTENDANCES(Kind.COUNT, true), WALK_INS(Kind.COUNT, true), DISTINCT_RESIDENTS(Kind.COUNT, true),
        NEW_RESIDENTS(Kind.COUNT, true), RETURNING_RESIDENTS(Kind.COUNT, true), SATISFACTION(Kind.INDEX, true),
        NO_SHOW_RATE(Kind.SHARE, false), RELEASE_RATE(Kind.SHARE, false);

        private final Kind kind;
        private final boolean higherIsBetter;

        Measure(Kind kind, boolean higherIsBetter) {
            this.kind = kind;
            this.higherIsBetter = higherIsBetter;
        }

        public Kind kind() {
            return kind;
        }

        public boolean higherIsBetter() {
            return higherIsBetter;
        }

        /** The bundle key of its name: {@code report.measure.utilisation} … */
        public String key() {
            return "report.measure." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A headline figure this period and in the previous one (either null when it cannot be said, e.g. no hours). */
    public record Headline(Measure measure, Double value, Double previous) {

        /**
         * The change: percentage points for shares, points for the index, a relative change (0.12 = +12 %) for
         * counts; null when either side is missing or a count grows from zero.
         */
        public Double change() {
            if (value == null || previous == null) {
                return null;
            }
            return switch (measure.kind()) {
                case SHARE -> (value - previous) * 100;
                case INDEX -> value - previous;
                case COUNT -> previous == 0 ? null : (value - previous) / previous;
            };
        }

        /** Whether the change is for the better (+1), for the worse (-1) or neither (0). */
        public int direction() {
            Double change = change();
            if (change == null || Math.abs(change) < 1e-9) {
                return 0;
            }
            return (change > 0) == measure.higherIsBetter() ? 1 : -1;
        }
    }

    /**
     * A highlight: a bundle key ({@code report.highlight.*}) and its arguments (texts, numbers, dates), made a
     * sentence in the reader's language by {@link ReportTexts#highlight}.
     */
    public record Highlight(String key, List<Object> args) {

        public Highlight {
            args = List.copyOf(args);
        }
    }

    public Headline headline(Measure measure) {
        return headlines.stream().filter(h -> h.measure() == measure).findFirst().orElseThrow();
    }

    public UsagePeriod previousPeriod() {
        return period.previous();
    }

    /** True when the period reaches today or later, so its last days are not settled yet. */
    public boolean unsettled() {
        return !period.to().isBefore(asOf);
    }
}
