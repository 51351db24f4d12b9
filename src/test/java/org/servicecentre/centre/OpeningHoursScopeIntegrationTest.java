package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Who may read and change opening hours and closures, and what the service answers for rooms. Rolled back. */
@ServiceCentreTest
@Transactional
class OpeningHoursScopeIntegrationTest {

    // a Monday far enough ahead that no demo closure or exception touches its week
    static final LocalDate MONDAY = LocalDate.of(2030, 6, 3);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    OpeningHoursService hours;

    @Autowired
    CentreService centres;

    @Autowired
    Rooms rooms;

    @Test
    @WithUserDetails("manager")
    void refusesAManagerAChangeToTheHoursOrClosuresOfAnotherCentre() {
        long tongle = idOf("TL");
        var before = SystemAuthentication.asSystem(() -> hours.weeklyHours(tongle));

        assertThatThrownBy(() -> hours.replaceWeeklyHours(tongle, WeeklyHours.closed()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hours.addClosure(tongle, ClosureDraft.of(null, MONDAY, MONDAY, "试图闭馆")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hours.weeklyHours(tongle)).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.asSystem(() -> hours.weeklyHours(tongle))).isEqualTo(before);
    }

    @Test
    @WithUserDetails("manager")
    void letsAManagerReplaceTheWeekOfTheirOwnCentre() {
        long gaoxin = idOf("GXQ");
        var week = new WeeklyHours(Map.of(DayOfWeek.MONDAY, List.of(TimeRange.parse("09:00", "18:00"))));

        hours.replaceWeeklyHours(gaoxin, week);

        assertThat(hours.weeklyHours(gaoxin)).isEqualTo(week);
        assertThat(hours.weeklyHours(gaoxin).on(DayOfWeek.TUESDAY)).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void refusesOverlappingRangesNamingTheDay() {
        var week = new WeeklyHours(Map.of(DayOfWeek.WEDNESDAY,
                List.of(TimeRange.parse("08:00", "12:00"), TimeRange.parse("11:30", "18:00"))));

        assertThatThrownBy(() -> hours.replaceWeeklyHours(idOf("GXQ"), week))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("HOURS_OVERLAP");
                    assertThat(e.arguments()).containsExactly(3);
                });
    }

    @Test
    @WithUserDetails("officer")
    void letsAnOfficerReadButNotChange() {
        long keji = idOf("KJY");

        assertThat(hours.weeklyHours(keji).on(DayOfWeek.MONDAY)).isNotEmpty();
        assertThat(hours.closures(keji, false)).isNotEmpty();
        assertThatThrownBy(() -> hours.replaceWeeklyHours(keji, WeeklyHours.closed()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hours.addClosure(keji, ClosureDraft.of(null, MONDAY, MONDAY, "检修")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ngo")
    void letsNgoStaffReadTheHoursButNotRemoveAClosure() {
        long keji = idOf("KJY");
        var closure = hours.closures(keji, false).getFirst();

        assertThat(hours.today(keji)).isNotNull();
        assertThatThrownBy(() -> hours.removeClosure(keji, closure.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(hours.closures(keji, false)).contains(closure);
    }

    @Test
    @WithUserDetails("manager")
    void aRoomClosureClosesThatRoomOnlyAndACentreClosureClosesEveryRoom() {
        long keji = idOf("KJY");
        long hall = room(keji, "T-HALL");
        long library = room(keji, "T-LIB");
        hours.addClosure(keji, ClosureDraft.of(null, MONDAY.plusDays(1), MONDAY.plusDays(1), "停电检修"));
        hours.addClosure(keji, ClosureDraft.of(hall, MONDAY.plusDays(2), MONDAY.plusDays(3), "地板翻新"));

        var hallOpen = hours.openIntervals(hall, MONDAY, MONDAY.plusDays(3));
        var libraryOpen = hours.openIntervals(library, MONDAY, MONDAY.plusDays(3));

        assertThat(hallOpen).hasSize(2).allMatch(i -> i.start().atZone(SHANGHAI).toLocalDate().equals(MONDAY));
        assertThat(libraryOpen).hasSize(6);
        assertThat(libraryOpen).noneMatch(i -> i.start().atZone(SHANGHAI).toLocalDate().equals(MONDAY.plusDays(1)));
        var wednesdayMorning = MONDAY.plusDays(2).atTime(9, 0).atZone(SHANGHAI).toInstant();
        assertThat(hours.isOpen(library, wednesdayMorning, wednesdayMorning.plusSeconds(3600))).isTrue();
        assertThat(hours.isOpen(hall, wednesdayMorning, wednesdayMorning.plusSeconds(3600))).isFalse();
        assertThat(hours.closures(keji, false)).extracting(ClosureSummary::roomName).contains("测试活动室T-HALL");
    }

    @Test
    @WithUserDetails("manager")
    void refusesAClosureOfARoomOfAnotherCentreAndOneThatEndsBeforeItStarts() {
        long otherRoom = SystemAuthentication.asSystem(() -> room(idOf("TL"), "T-OTHER"));
        long keji = idOf("KJY");

        assertThatThrownBy(() -> hours.addClosure(keji, ClosureDraft.of(otherRoom, MONDAY, MONDAY, "维修")))
                .isInstanceOf(DomainException.class).hasMessageContaining("CLOSURE_ROOM_NOT_IN_CENTRE");
        assertThatThrownBy(() -> hours.addClosure(keji, ClosureDraft.of(null, MONDAY, MONDAY.minusDays(1), "维修")))
                .isInstanceOf(DomainException.class).hasMessageContaining("CLOSURE_DAYS_REVERSED");
    }

    @Test
    @WithUserDetails("manager")
    void anExceptionChangesTheHoursOfItsDateOnlyAndCannotBeAddedTwice() {
        long keji = idOf("KJY");
        long hall = room(keji, "T-EXC");
        var saturday = MONDAY.plusDays(5);
        hours.addException(keji, HoursExceptionDraft.of(saturday, List.of(TimeRange.parse("08:00", "22:00")), "文化节"));

        assertThat(hours.openIntervals(hall, saturday, saturday)).singleElement()
                .satisfies(i -> assertThat(i.start().atZone(SHANGHAI).getHour()).isEqualTo(8));
        assertThat(hours.days(keji, saturday, saturday).getFirst().reason()).isEqualTo("文化节");
        assertThatThrownBy(() -> hours.addException(keji, HoursExceptionDraft.of(saturday,
                List.of(TimeRange.parse("09:00", "10:00")), "再来一次")))
                .isInstanceOf(DomainException.class).hasMessageContaining("DUPLICATE_HOURS_EXCEPTION");
    }

    @Test
    @WithUserDetails("manager")
    void refusesToAnswerForMoreThanAYearOrBackwards() {
        long hall = room(idOf("KJY"), "T-SPAN");

        assertThatThrownBy(() -> hours.openIntervals(hall, MONDAY, MONDAY.plusDays(400)))
                .isInstanceOf(DomainException.class).hasMessageContaining("HOURS_SPAN_TOO_LONG");
        assertThatThrownBy(() -> hours.openIntervals(hall, MONDAY, MONDAY.minusDays(1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("HOURS_DATES_REVERSED");
    }

    private long idOf(String code) {
        return SystemAuthentication.asSystem(() -> centres.getByCode(code).id());
    }

    private long room(long centreId, String code) {
        var room = new Room(centreId, code);
        room.describe("测试活动室" + code, 20, null, "1F", null);
        return rooms.saveAndFlush(room).id();
    }
}
