package org.servicecentre.occupancy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicecentre.occupancy.AttendanceStatistics;
import org.servicecentre.occupancy.Granularity;
import org.servicecentre.occupancy.UsageLevel;
import org.servicecentre.occupancy.UsagePeriod;
import org.servicecentre.occupancy.UsagePoint;
import org.servicecentre.occupancy.UsageStatistics;
import org.servicecentre.occupancy.UsageSubject;
import org.servicecentre.occupancy.web.OccupancyJson.Breakdown;
import org.servicecentre.occupancy.web.OccupancyJson.Figures;
import org.servicecentre.occupancy.web.OccupancyJson.Heatmap;
import org.servicecentre.occupancy.web.OccupancyJson.Part;
import org.servicecentre.occupancy.web.OccupancyJson.People;
import org.servicecentre.occupancy.web.OccupancyJson.Point;
import org.servicecentre.occupancy.web.OccupancyJson.Satisfaction;
import org.servicecentre.occupancy.web.OccupancyJson.Share;
import org.servicecentre.occupancy.web.OccupancyJson.Subject;
import org.servicecentre.occupancy.web.OccupancyJson.Trend;
import org.servicecentre.occupancy.web.OccupancyJson.Usage;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.web.ApiProblems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Occupancy and utilisation for city dashboards: a room, centre, alliance or region over a period of local dates
 * (both included, at most 400 days). Room use comes from the daily rollup, settled through yesterday; people and
 * satisfaction from the raw records. The caller's scope decides what they may read (403 otherwise).
 */
@RestController
@RequestMapping("/api/v1/occupancy/{level}/{id}")
@Tag(name = "Occupancy", description = "Utilisation, attendance and satisfaction per room, centre, alliance or region")
class OccupancyController {

    private final UsageStatistics usage;
    private final AttendanceStatistics attendance;
    private final ApiProblems problems;

    OccupancyController(UsageStatistics usage, AttendanceStatistics attendance, ApiProblems problems) {
        this.usage = usage;
        this.attendance = attendance;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "Utilisation, people and satisfaction figures of a subject over a period")
    @ApiResponse(responseCode = "400", description = "Unknown level, reversed or too long period (BAD_LEVEL, "
            + "USAGE_PERIOD_REVERSED, USAGE_PERIOD_TOO_LONG)")
    @ApiResponse(responseCode = "403", description = "Outside the caller's scope (FORBIDDEN)")
    @ApiResponse(responseCode = "404", description = "No such room, centre, alliance or region (NOT_FOUND)")
    Figures figures(@PathVariable @Parameter(description = "room, centre, alliance or region") String level,
                    @PathVariable long id,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var subject = subject(level, id);
        var period = period(from, to);
        return new Figures(Subject.of(subject, usage.name(subject)), from, to, Usage.of(usage.figures(subject, period)),
                People.of(attendance.people(subject, period)),
                Satisfaction.of(attendance.satisfaction(subject, period)));
    }

    @GetMapping("/trend")
    @Operation(summary = "The figures bucket by bucket (day, week from Monday, or calendar month)")
    @ApiResponse(responseCode = "400", description = "Unknown level or granularity, reversed or too long period")
    @ApiResponse(responseCode = "403", description = "Outside the caller's scope (FORBIDDEN)")
    Trend trend(@PathVariable String level, @PathVariable long id,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "month") @Parameter(description = "day, week or month")
                String granularity) {
        var subject = subject(level, id);
        var period = period(from, to);
        var bucket = granularity(granularity);
        Map<LocalDate, UsagePoint> rooms = usage.trend(subject, period, bucket).stream()
                .collect(Collectors.toMap(UsagePoint::start, Function.identity(), (a, b) -> a));
        var points = attendance.trend(subject, period, bucket).stream().map(p -> new Point(p.start(),
                rooms.containsKey(p.start()) ? Usage.of(rooms.get(p.start()).figures()) : null,
                People.of(p.people()), Satisfaction.of(p.satisfaction()))).toList();
        return new Trend(Subject.of(subject, usage.name(subject)), from, to, bucket.name().toLowerCase(Locale.ROOT),
                points);
    }

    @GetMapping("/breakdown")
    @Operation(summary = "The subject's parts (a region's or alliance's centres, a centre's rooms) with their "
            + "utilisation, and attendance by target group, organisation, service category and programme")
    @ApiResponse(responseCode = "400", description = "Unknown level, reversed or too long period")
    @ApiResponse(responseCode = "403", description = "Outside the caller's scope (FORBIDDEN)")
    Breakdown breakdown(@PathVariable String level, @PathVariable long id,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var subject = subject(level, id);
        var period = period(from, to);
        return new Breakdown(Subject.of(subject, usage.name(subject)), from, to,
                usage.breakdown(subject, period).stream().map(Part::of).toList(),
                Share.of(attendance.byTargetGroup(subject, period)), Share.of(attendance.byOrganisation(subject, period)),
                Share.of(attendance.byCategory(subject, period)), Share.of(attendance.byProgramme(subject, period)));
    }

    @GetMapping("/heatmap")
    @Operation(summary = "Open and booked minutes by weekday and hour, with the utilisation of each cell")
    @ApiResponse(responseCode = "400", description = "Unknown level, reversed or too long period")
    @ApiResponse(responseCode = "403", description = "Outside the caller's scope (FORBIDDEN)")
    Heatmap heatmap(@PathVariable String level, @PathVariable long id,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var subject = subject(level, id);
        var map = usage.heatmap(subject, period(from, to));
        var rates = new Double[7][24];
        for (var day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                rates[day.getValue() - 1][hour] = map.utilisation(day, hour);
            }
        }
        return new Heatmap(Subject.of(subject, usage.name(subject)), from, to, map.openMinutes(),
                map.bookedMinutes(), rates);
    }

    @ExceptionHandler(BadQuery.class)
    ResponseEntity<ProblemDetail> badQuery(BadQuery e, HttpServletRequest request) {
        var problem = problems.problem(request, HttpStatus.BAD_REQUEST, e.code, e.key, e.arguments);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }

    private static UsageSubject subject(String level, long id) {
        try {
            return new UsageSubject(UsageLevel.valueOf(level.toUpperCase(Locale.ROOT)), id);
        } catch (IllegalArgumentException e) {
            throw new BadQuery("BAD_LEVEL", "error.occupancy_bad_level", level);
        }
    }

    private static UsagePeriod period(LocalDate from, LocalDate to) {
        try {
            return new UsagePeriod(from, to);
        } catch (DomainException e) {
            throw new BadQuery(e.code(), e.translationKey(), e.arguments());
        }
    }

    private static Granularity granularity(String value) {
        try {
            return Granularity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadQuery("BAD_GRANULARITY", "error.occupancy_bad_granularity", value);
        }
    }

    /** A query the API cannot answer as asked: 400 with a code and a translated detail. */
    static final class BadQuery extends RuntimeException {
        private final String code;
        private final String key;
        private final transient Object[] arguments;

        BadQuery(String code, String key, Object... arguments) {
            super(code);
            this.code = code;
            this.key = key;
            this.arguments = arguments;
        }
    }
}
