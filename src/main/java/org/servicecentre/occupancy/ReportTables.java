package org.servicecentre.occupancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tables of a work report, once, for every format: a file name, a translated title and headers, and rows of
 * typed cells (text, count, {@link Share}, {@link Hours}, decimal, date) that each format writes its own way: the PDF
 * as text, the workbook with number formats, the CSV files as plain numbers.
 */
final class ReportTables {

    /** A share of 0–1 (a percentage when shown). */
    record Share(Double value) {
    }

    /** A duration in minutes, shown in hours. */
    record Hours(long minutes) {
    }

    /** A table: {@code file} names its CSV file (and XLSX sheet, by its title). */
    record Table(String file, String title, List<String> headers, List<List<Object>> rows) {
    }

    private ReportTables() {
    }

    static List<Table> of(WorkReport report, ReportTexts texts) {
        var tables = new ArrayList<Table>();
        tables.add(headlines(report, texts));
        tables.add(new Table("highlights", texts.t("report.section.highlights"), List.of(texts.t("report.col.highlight")),
                report.highlights().stream().map(h -> List.<Object>of(texts.highlight(h))).toList()));
        tables.add(shares("target-groups", texts.t("report.section.target-groups"), texts.t("report.col.target-group"),
                report.byTargetGroup(), texts::targetGroup, texts));
        tables.add(shares("categories", texts.t("report.section.categories"), texts.t("report.col.category"),
                report.byCategory(), AttendanceShare::name, texts));
        tables.add(shares("organisations", texts.t("report.section.organisations"), texts.t("report.col.organisation"),
                report.byOrganisation(), AttendanceShare::name, texts));
        tables.add(shares("programmes", texts.t("report.section.programmes"), texts.t("report.col.programme"),
                report.byProgramme(), AttendanceShare::name, texts));
        tables.add(breakdown(report, texts));
        tables.add(trend(report, texts));
        tables.add(bestRated(report, texts));
        return tables;
    }

    static Table headlines(WorkReport report, ReportTexts texts) {
        var rows = report.headlines().stream().map(h -> List.of(texts.measure(h.measure()), cell(h.measure(), h.value()),
                cell(h.measure(), h.previous()), texts.change(h))).toList();
        return new Table("headlines", texts.t("report.section.headlines"), List.of(texts.t("report.col.measure"),
                texts.t("report.col.this-period"), texts.t("report.col.previous-period"), texts.t("report.col.change")),
                rows);
    }

    private static Object cell(WorkReport.Measure measure, Double value) {
        if (value == null) {
            return "—";
        }
        return measure.kind() == WorkReport.Kind.SHARE ? new Share(value) : (Object) Math.round(value);
    }

    static Table shares(String file, String title, String first, List<AttendanceShare> shares,
                        Function<AttendanceShare, String> name, ReportTexts texts) {
        var rows = shares.stream().map(s -> List.<Object>of(name.apply(s), s.sessions(), s.registrations(),
                s.attendances(), new Share(s.registrations() == 0 ? null : (double) s.attendances() / s.registrations())))
                .toList();
        return new Table(file, title, List.of(first, texts.t("report.col.sessions"), texts.t("report.col.registrations"),
                texts.t("report.col.attendances"), texts.t("report.col.attendance-rate")), rows);
    }

    static Table breakdown(WorkReport report, ReportTexts texts) {
        boolean rooms = report.subject().level() == UsageLevel.CENTRE || report.subject().level() == UsageLevel.ROOM;
        var headers = new ArrayList<>(List.of(texts.t(rooms ? "report.col.room" : "report.col.centre"),
                texts.t("report.col.region"), texts.t("report.col.rooms"),
                texts.t("report.col.open-hours"), texts.t("report.col.booked-hours"), texts.t("report.col.utilisation"),
                texts.t("report.col.attended-utilisation"), texts.t("report.col.held-bookings"),
                texts.t("report.col.no-show-rate")));
        var rows = report.breakdown().stream().map(r -> {
            var row = new ArrayList<Object>(List.of(r.name(), nonNull(r.parentName()), r.rooms(),
                    new Hours(r.figures().openMinutes()), new Hours(r.figures().bookedMinutes()),
                    new Share(r.figures().utilisation()), new Share(r.figures().attendedUtilisation()),
                    r.figures().heldBookings(), new Share(r.figures().noShowRate())));
            if (rooms) {
                // a centre's rooms all belong to it: no parent column, nor a rooms count of 1
                row.subList(1, 3).clear();
            }
            return (List<Object>) row;
        }).toList();
        if (rooms) {
            headers.subList(1, 3).clear();
        }
        return new Table(rooms ? "rooms" : "centres", texts.t(rooms ? "report.section.rooms" : "report.section.centres"),
                headers, rows);
    }

    static Table trend(WorkReport report, ReportTexts texts) {
        Map<LocalDate, PeoplePoint> people = report.peopleTrend().stream()
                .collect(Collectors.toMap(PeoplePoint::start, p -> p, (a, b) -> a));
        var rows = new ArrayList<List<Object>>();
        for (var point : report.usageTrend()) {
            var p = people.get(point.start());
            var f = point.figures();
            Integer index = p == null ? null : p.satisfaction().index();
            rows.add(List.of(point.start(), new Hours(f.openMinutes()), new Hours(f.bookedMinutes()),
                    new Share(f.utilisation()), new Share(f.attendedUtilisation()),
                    p == null ? 0 : p.people().sessions(), p == null ? 0 : p.people().attendances(),
                    p == null ? 0 : p.people().walkIns(), index == null ? "—" : (Object) index));
        }
        return new Table("trend", texts.t("report.section.trend"), List.of(texts.t(report.granularity() == Granularity.WEEK
                        ? "report.col.week" : "report.col.month"), texts.t("report.col.open-hours"),
                texts.t("report.col.booked-hours"), texts.t("report.col.utilisation"),
                texts.t("report.col.attended-utilisation"), texts.t("report.col.sessions"),
                texts.t("report.col.attendances"), texts.t("report.col.walk-ins"), texts.t("report.col.satisfaction")),
                rows);
    }

    static Table bestRated(WorkReport report, ReportTexts texts) {
        var rows = report.bestRated().stream().map(s -> List.<Object>of(s.programmeTitle(),
                nonNull(s.organisationName()), nonNull(s.centreName()), s.start().atZone(WorkReports.ZONE).toLocalDate(),
                s.responses(), s.average())).toList();
        return new Table("best-rated-sessions", texts.t("report.section.best-rated"), List.of(
                texts.t("report.col.programme"), texts.t("report.col.organisation"), texts.t("report.col.centre"),
                texts.t("report.col.date"), texts.t("report.col.responses"), texts.t("report.col.average")), rows);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** A cell as text in the reader's language (PDF, page). */
    static String text(Object cell, ReportTexts texts) {
        return switch (cell) {
            case null -> "";
            case Share share -> texts.percent(share.value());
            case Hours hours -> texts.hours(hours.minutes());
            case Double number -> texts.decimal(number);
            case Integer number -> texts.count(number);
            case Long number -> texts.count(number);
            case LocalDate date -> texts.shortDate(date);
            default -> cell.toString();
        };
    }
}
