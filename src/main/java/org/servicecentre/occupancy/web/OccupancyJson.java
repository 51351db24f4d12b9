package org.servicecentre.occupancy.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.servicecentre.occupancy.AttendanceShare;
import org.servicecentre.occupancy.PeopleFigures;
import org.servicecentre.occupancy.SatisfactionFigures;
import org.servicecentre.occupancy.UsageFigures;
import org.servicecentre.occupancy.UsageRow;
import org.servicecentre.occupancy.UsageSubject;

/** The JSON shapes of the occupancy API: plain numbers, rates as 0–1 (null when undefined), dates as ISO. */
final class OccupancyJson {

    private OccupancyJson() {
    }

    @Schema(description = "What the figures are about")
    record Subject(@Schema(example = "centre") String level, long id, String name) {
        static Subject of(UsageSubject subject, String name) {
            return new Subject(subject.level().name().toLowerCase(java.util.Locale.ROOT), subject.id(), name);
        }
    }

    @Schema(description = "Room use inside opening hours (closures excluded); rates 0–1 or null")
    record Usage(long openMinutes, long bookedMinutes, long attendedMinutes, int heldBookings, int releasedBookings,
                 int unattendedBookings, int cancelledBookings, Double utilisation, Double attendedUtilisation,
                 Double releaseRate, Double noShowRate) {
        static Usage of(UsageFigures f) {
            return new Usage(f.openMinutes(), f.bookedMinutes(), f.attendedMinutes(), f.heldBookings(),
                    f.releasedBookings(), f.unattendedBookings(), f.cancelledBookings(), f.utilisation(),
                    f.attendedUtilisation(), f.releaseRate(), f.noShowRate());
        }
    }

    @Schema(description = "Who came, counted and never named (see the README, Attendance figures)")
    record People(int sessions, int registrations, int attendances, int walkIns, int distinctResidents,
                  int newResidents, int returningResidents, Double attendanceRate) {
        static People of(PeopleFigures p) {
            return new People(p.sessions(), p.registrations(), p.attendances(), p.walkIns(), p.distinctResidents(),
                    p.newResidents(), p.returningResidents(), p.attendanceRate());
        }
    }

    @Schema(description = "Anonymous scores 1–5; counts[0] is how many gave 1; index = average / 5 × 100")
    record Satisfaction(int responses, Double average, int[] counts, Integer index) {
        static Satisfaction of(SatisfactionFigures s) {
            return new Satisfaction(s.responses(), s.responses() == 0 ? null : s.average(), s.counts(), s.index());
        }
    }

    record Figures(Subject subject, LocalDate from, LocalDate to, Usage usage, People people,
                   Satisfaction satisfaction) {
    }

    record Point(LocalDate start, Usage usage, People people, Satisfaction satisfaction) {
    }

    record Trend(Subject subject, LocalDate from, LocalDate to, String granularity, List<Point> points) {
    }

    record Part(Subject subject, String parentName, int rooms, Usage usage) {
        static Part of(UsageRow row) {
            return new Part(Subject.of(row.subject(), row.name()), row.parentName(), row.rooms(),
                    Usage.of(row.figures()));
        }
    }

    record Share(String key, String name, int sessions, int registrations, int attendances) {
        static List<Share> of(List<AttendanceShare> shares) {
            return shares.stream().map(s -> new Share(s.key(), s.name(), s.sessions(), s.registrations(),
                    s.attendances())).toList();
        }
    }

    record Breakdown(Subject subject, LocalDate from, LocalDate to, List<Part> parts, List<Share> targetGroups,
                     List<Share> organisations, List<Share> categories, List<Share> programmes) {
    }

    @Schema(description = "Minutes by weekday (0 = Monday) and local hour (0–23); utilisation null where never open")
    record Heatmap(Subject subject, LocalDate from, LocalDate to, long[][] openMinutes, long[][] bookedMinutes,
                   Double[][] utilisation) {
    }
}
