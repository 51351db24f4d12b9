package org.servicecentre.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicecentre.booking.BookingFixtures.SHANGHAI;
import static org.servicecentre.booking.BookingFixtures.at;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.ClosureDraft;
import org.servicecentre.centre.OpeningHoursService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Recurring bookings: the preview with reasons, skip or fail, the cap, and scoped changes and cancellations. */
@ServiceCentreTest
class BookingSeriesServiceIntegrationTest {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    @Autowired
    BookingSeriesService series;

    @Autowired
    BookingService bookings;

    @Autowired
    BookingQueries queries;

    @Autowired
    OpeningHoursService hours;

    @Autowired
    BookingFixtures fixtures;

    @Test
    void previewsEveryDayAcrossAMonthEndMarkingTheRoomClosureAndTheConflictWithTheirReasons() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 14);
        var taken = fixtures.openWeekday(room, 30);
        var closed = fixtures.openWeekday(room, 22);
        SystemAuthentication.asSystem(() -> hours.addClosure(room.centreId(),
                ClosureDraft.of(room.id(), closed, closed, "空调检修")));
        as("manager", () -> bookings.create(new BookingDraft(room.id(), at(taken, "14:00"), at(taken, "16:00"),
                "志愿者培训", fixtures.organisation("YH-VOL"), 10, null)));
        var last = day.plusDays(40);

        var preview = as("ngo", () -> series.preview(draft(room, day, "14:30", "15:30",
                "FREQ=DAILY;UNTIL=" + last.format(BASIC))));

        assertThat(preview.total()).isEqualTo(41);
        var dates = preview.occurrences().stream().map(o -> o.start().atZone(SHANGHAI).toLocalDate()).toList();
        assertThat(dates.getFirst()).isEqualTo(day);
        assertThat(dates.getLast()).isEqualTo(last);
        assertThat(dates.getFirst().getMonth()).isNotEqualTo(dates.getLast().getMonth());
        assertThat(preview.occurrences().getFirst().ok()).isTrue();
        assertThat(preview.occurrences().getFirst().end()).isEqualTo(at(day, "15:30"));
        var onClosure = preview.occurrences().get(dates.indexOf(closed));
        assertThat(onClosure.problemCode()).isEqualTo("BOOKING_ROOM_CLOSED");
        assertThat(onClosure.problemArguments()).containsExactly(closed.toString(), "空调检修");
        var onConflict = preview.occurrences().get(dates.indexOf(taken));
        assertThat(onConflict.problemCode()).isEqualTo("BOOKING_SLOT_TAKEN");
        assertThat(onConflict.problemArguments()).containsExactly(taken + " 14:00–16:00");
        assertThat(preview.problemCount()).isGreaterThanOrEqualTo(2);
        assertThat(countIn(room)).isEqualTo(1);
    }

    @Test
    void failsAsAWholeOrSkipsTheOccurrencesThatCannotBeBooked() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 14, 4);
        var taken = day.plusDays(7);
        as("manager", () -> bookings.create(new BookingDraft(room.id(), at(taken, "16:00"), at(taken, "17:00"),
                "志愿者培训", fixtures.organisation("YH-VOL"), 10, null)));
        var draft = draft(room, day, "16:30", "18:00", "FREQ=WEEKLY;COUNT=4");

        assertThatThrownBy(() -> as("ngo", () -> series.create(draft, ConflictPolicy.FAIL)))
                .isInstanceOfSatisfying(SeriesConflictsException.class, e -> {
                    assertThat(e.code()).isEqualTo("SERIES_HAS_CONFLICTS");
                    assertThat(e.arguments()[1]).isEqualTo(4);
                });
        assertThat(countIn(room)).isEqualTo(1);

        var result = as("ngo", () -> series.create(draft, ConflictPolicy.SKIP));

        assertThat(result.skipped()).extracting(o -> o.start().atZone(SHANGHAI).toLocalDate()).contains(taken);
        assertThat(result.skipped()).filteredOn(o -> o.start().equals(at(taken, "16:30")))
                .extracting(OccurrencePreview::problemCode).containsExactly("BOOKING_SLOT_TAKEN");
        assertThat(result.created()).hasSize(4 - result.skipped().size());
        assertThat(result.created()).allSatisfy(b -> {
            assertThat(b.seriesId()).isEqualTo(result.series().id());
            assertThat(b.status()).isEqualTo(BookingStatus.CONFIRMED);
        });
        assertThat(result.created().getFirst().start()).isEqualTo(at(day, "16:30"));
        var stored = as("ngo", () -> series.get(result.series().id()));
        assertThat(stored.rule().text()).isEqualTo("FREQ=WEEKLY;COUNT=4");
        assertThat(stored.firstStart()).isEqualTo(day.atTime(16, 30));
        assertThat(stored.bookings()).extracting(BookingSummary::id)
                .containsExactlyElementsOf(result.created().stream().map(BookingSummary::id).toList());
    }

    @Test
    void skipsAnOccurrenceThatBecameUnbookableAfterThePreviewAndReportsIt() {
        var room = fixtures.room(20, 0, false);
        // far enough ahead that no other test's bookings for the organisation count against the quota
        var day = fixtures.openDaysFrom(room, 75, 2);
        // a weekly quota of 2 hours: each occurrence alone passes, the second one of a week no longer does
        as("manager", () -> rulesService.update(room.centreId(), new BookingRules(90, 120, 480, 120, 1_440)));
        try {
            var rule = "FREQ=DAILY;COUNT=2";
            var preview = as("ngo", () -> series.preview(draft(room, day, "10:00", "11:30", rule)));
            assertThat(preview.problemCount()).isZero();

            var result = as("ngo", () -> series.create(draft(room, day, "10:00", "11:30", rule), ConflictPolicy.SKIP));

            assertThat(result.created()).hasSize(1);
            assertThat(result.skipped()).singleElement()
                    .satisfies(o -> assertThat(o.problemCode()).isEqualTo("RULE_WEEKLY_QUOTA"));
        } finally {
            SystemAuthentication.asSystem(() -> rulesService.update(room.centreId(), BookingRules.DEFAULTS));
        }
    }

    @Test
    void refusesMalformedUnboundedAndTooLongRulesAndWritesNothing() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 14);

        assertThat(codeOf(draft(room, day, "10:00", "11:00", "FREQ=WEEKLY;BYDAY=XX;COUNT=3"))).isEqualTo("RRULE_INVALID");
        assertThat(codeOf(draft(room, day, "10:00", "11:00", "FREQ=WEEKLY"))).isEqualTo("RRULE_UNBOUNDED");
        assertThat(codeOf(draft(room, day, "10:00", "11:00", "FREQ=HOURLY;COUNT=3"))).isEqualTo("RRULE_UNSUPPORTED");
        assertThat(codeOf(draft(room, day, "10:00", "11:00", "FREQ=DAILY;COUNT=" + (series.maxOccurrences() + 1))))
                .isEqualTo("RRULE_TOO_MANY");
        assertThatThrownBy(() -> as("ngo", () -> series.preview(draft(room, day, "10:00", "11:00",
                "FREQ=DAILY;UNTIL=" + day.plusYears(2).format(BASIC)))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("RRULE_TOO_MANY");
                    assertThat(e.arguments()).containsExactly(series.maxOccurrences());
                });
        assertThat(codeOf(draft(room, day, "11:00", "10:00", "FREQ=DAILY;COUNT=2"))).isEqualTo("BOOKING_END_BEFORE_START");
        assertThat(codeOf(draft(room, day, "10:00", "11:00", "FREQ=DAILY;UNTIL=" + day.minusDays(3).format(BASIC))))
                .isEqualTo("SERIES_EMPTY");
        assertThat(countIn(room)).isZero();
    }

    @Test
    void cancelsOneOccurrenceThisAndTheFollowingOnesOrTheWholeSeries() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 14, 5);
        var made = as("ngo", () -> series.create(draft(room, day, "19:00", "20:00", "FREQ=WEEKLY;COUNT=5"),
                ConflictPolicy.SKIP)).created();
        assertThat(made).hasSize(5);

        var one = as("ngo", () -> series.cancel(made.get(1).id(), SeriesScope.ONE, "孩子们考试"));
        assertThat(one).extracting(BookingSummary::id).containsExactly(made.get(1).id());
        var following = as("ngo", () -> series.cancel(made.get(2).id(), SeriesScope.FOLLOWING, null));
        assertThat(following).extracting(BookingSummary::id)
                .containsExactly(made.get(2).id(), made.get(3).id(), made.get(4).id());
        assertThat(statuses(made)).containsExactly(BookingStatus.CONFIRMED, BookingStatus.CANCELLED,
                BookingStatus.CANCELLED, BookingStatus.CANCELLED, BookingStatus.CANCELLED);
        assertThat(as("ngo", () -> queries.get(made.get(1).id())).decisionNote()).isEqualTo("孩子们考试");

        var all = as("ngo", () -> series.cancel(made.get(3).id(), SeriesScope.ALL, null));
        assertThat(all).extracting(BookingSummary::id).containsExactly(made.getFirst().id());
        assertThat(statuses(made)).containsOnly(BookingStatus.CANCELLED);
        assertThatThrownBy(() -> as("ngo", () -> series.cancel(made.get(3).id(), SeriesScope.ALL, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("SERIES_NOTHING_LEFT"));
    }

    @Test
    void changesTheFollowingOccurrencesAllOrNothingNamingTheOneThatCannotMove() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 14, 4);
        var made = as("ngo", () -> series.create(draft(room, day, "19:00", "20:00", "FREQ=WEEKLY;COUNT=4"),
                ConflictPolicy.SKIP)).created();
        var third = made.get(2).start().atZone(SHANGHAI).toLocalDate();
        as("manager", () -> bookings.create(new BookingDraft(room.id(), at(third, "17:00"), at(third, "18:00"),
                "志愿者培训", fixtures.organisation("YH-VOL"), 10, null)));

        assertThatThrownBy(() -> as("ngo", () -> series.change(made.get(1).id(), SeriesScope.FOLLOWING,
                LocalTime.of(16, 30), LocalTime.of(17, 30), "四点半课堂", 15)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("BOOKING_SLOT_TAKEN");
                    assertThat(e.arguments()).containsExactly(third + " 17:00–18:00");
                });
        assertThat(as("ngo", () -> queries.get(made.get(1).id())).start()).isEqualTo(made.get(1).start());

        var moved = as("ngo", () -> series.change(made.get(0).id(), SeriesScope.ALL, LocalTime.of(20, 0),
                LocalTime.of(21, 30), "四点半课堂（晚班）", 12));

        assertThat(moved).hasSize(4);
        assertThat(moved).allSatisfy(b -> {
            assertThat(b.start().atZone(SHANGHAI).toLocalTime()).isEqualTo(LocalTime.of(20, 0));
            assertThat(b.end().atZone(SHANGHAI).toLocalTime()).isEqualTo(LocalTime.of(21, 30));
            assertThat(b.purpose()).isEqualTo("四点半课堂（晚班）");
        });
        assertThat(moved).extracting(b -> b.start().atZone(SHANGHAI).toLocalDate())
                .containsExactlyElementsOf(made.stream().map(b -> b.start().atZone(SHANGHAI).toLocalDate()).toList());
        var stored = as("ngo", () -> series.get(made.getFirst().seriesId()));
        assertThat(stored.firstStart().toLocalTime()).isEqualTo(LocalTime.of(20, 0));
        assertThat(stored.length().toMinutes()).isEqualTo(90);

        var one = as("ngo", () -> series.change(made.get(3).id(), SeriesScope.ONE, LocalTime.of(10, 0),
                LocalTime.of(11, 0), "单次调整", 5));
        assertThat(one).singleElement().satisfies(b -> assertThat(b.start()).isEqualTo(at(
                made.get(3).start().atZone(SHANGHAI).toLocalDate(), "10:00")));
    }

    @Test
    void keepsNgoStaffAwayFromAnotherOrganisationsSeries() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 14);
        long volunteers = fixtures.organisation("YH-VOL");
        var theirs = draft(room, day, "10:00", "11:00", "FREQ=DAILY;COUNT=3");
        theirs.setOrganisationId(volunteers);
        var made = as("manager", () -> series.create(theirs, ConflictPolicy.FAIL));
        long first = made.created().getFirst().id();

        assertThatThrownBy(() -> as("ngo", () -> series.cancel(first, SeriesScope.ALL, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ngo", () -> series.change(first, SeriesScope.FOLLOWING, LocalTime.of(12, 0),
                LocalTime.of(13, 0), "x", 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ngo", () -> series.get(made.series().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ngo", () -> series.preview(theirs))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("officer", () -> series.preview(draft(room, day, "10:00", "11:00",
                "FREQ=DAILY;COUNT=3")))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("manager", () -> series.get(made.series().id())).organisationName()).isNotBlank();
        assertThat(statuses(made.created())).containsOnly(BookingStatus.CONFIRMED);
    }

    @Autowired
    BookingRulesService rulesService;

    private static SeriesDraft draft(RoomSummary room, LocalDate day, String start, String end, String rule) {
        return SeriesDraft.of(room.id(), at(day, start), at(day, end), rule, "四点半课堂", 10, null);
    }

    private String codeOf(SeriesDraft draft) {
        try {
            as("ngo", () -> series.create(draft, ConflictPolicy.SKIP));
            return "CREATED";
        } catch (DomainException e) {
            return e.code();
        }
    }

    private long countIn(RoomSummary room) {
        return as("admin", () -> queries.count(new BookingFilter(null, room.id(), null, null, null, null, "")));
    }

    private List<BookingStatus> statuses(List<BookingSummary> made) {
        return made.stream().map(b -> as("admin", () -> queries.get(b.id())).status()).toList();
    }

    private <T> T as(String user, Supplier<T> action) {
        return fixtures.as(user, action);
    }
}
