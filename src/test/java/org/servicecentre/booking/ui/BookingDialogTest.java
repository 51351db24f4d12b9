package org.servicecentre.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.booking.BookingFixtures.at;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingDraft;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingSeriesService;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.booking.ConflictPolicy;
import org.servicecentre.booking.SeriesDraft;
import org.servicecentre.booking.SeriesScope;
import org.servicecentre.centre.RoomSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The booking dialog as the way to a series and to a decision: scopes for occurrences, recurring, approve/decline. */
@ServiceCentreTest
class BookingDialogTest extends SpringBrowserlessTest {

    @Autowired
    BookingDialogs dialogs;

    @Autowired
    BookingFixtures fixtures;

    @Autowired
    BookingService bookings;

    @Autowired
    BookingSeriesService series;

    @Autowired
    BookingQueries queries;

    private int changes;

    @Test
    @WithUserDetails("ngo")
    @SuppressWarnings("unchecked")
    void cancellingAnOccurrenceAsksWhichAndCancelsThisAndTheFollowingOnes() {
        var booked = weeklySeries(fixtures.room(20, 0, false), 8, 4);
        dialogs.create(() -> changes++).open(booked.get(1).id());

        assertThat($(Div.class).id("booking-series").getElement().getTextRecursively()).startsWith("属于周期预约每周");
        test($(Button.class).id("booking-cancel")).click();
        var scope = (RadioButtonGroup<SeriesScope>) $(RadioButtonGroup.class).id("series-scope");
        assertThat(scope.getValue()).isEqualTo(SeriesScope.ONE);
        scope.setValue(SeriesScope.FOLLOWING);
        test($(TextArea.class).id("booking-cancel-reason")).setValue("项目结束");
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(changes).isOne();
        assertThat(booked).extracting(b -> queries.get(b.id()).status()).containsExactly(BookingStatus.CONFIRMED,
                BookingStatus.CANCELLED, BookingStatus.CANCELLED, BookingStatus.CANCELLED);
    }

    @Test
    @WithUserDetails("ngo")
    @SuppressWarnings("unchecked")
    void savingAChangeToAnOccurrenceForTheWholeSeriesMovesEveryOccurrence() {
        var booked = weeklySeries(fixtures.room(20, 0, false), 9, 3);
        dialogs.create(() -> changes++).open(booked.getFirst().id());

        test($(TimePicker.class).id("booking-start")).setValue(LocalTime.of(15, 0));
        test($(TimePicker.class).id("booking-end")).setValue(LocalTime.of(16, 30));
        test($(TextField.class).id("booking-purpose")).setValue("亲子阅读");
        test($(Button.class).id("booking-save")).click();
        var confirm = $(ConfirmDialog.class).id("series-change-confirm");
        ((RadioButtonGroup<SeriesScope>) $(RadioButtonGroup.class).id("series-scope")).setValue(SeriesScope.ALL);
        test(confirm).confirm();

        assertThat($(Dialog.class).all()).isEmpty();
        for (var occurrence : booked) {
            var after = queries.get(occurrence.id());
            var day = occurrence.start().atZone(BookingFixtures.SHANGHAI).toLocalDate();
            assertThat(after.start()).isEqualTo(at(day, "15:00"));
            assertThat(after.end()).isEqualTo(at(day, "16:30"));
            assertThat(after.purpose()).isEqualTo("亲子阅读");
        }
    }

    @Test
    @WithUserDetails("ngo")
    void aBookingNotInASeriesIsCancelledWithoutAskingForAScope() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 32);
        var booked = bookings.create(BookingFixtures.draft(room, at(day, "10:00"), at(day, "11:00"), 5));
        dialogs.create(() -> changes++).open(booked.id());

        assertThat($(Div.class).withId("booking-series").exists()).isFalse();
        test($(Button.class).id("booking-cancel")).click();
        assertThat($(RadioButtonGroup.class).withId("series-scope").exists()).isFalse();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(queries.get(booked.id()).status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    @WithUserDetails("manager")
    void aManagerApprovesARequestFromTheBookingDialog() {
        var request = request(33);
        dialogs.create(() -> changes++).open(request.id());

        test($(Button.class).id("booking-approve")).click();
        test($(TextArea.class).id("approve-note")).setValue("请提前十分钟到场");
        test($(Button.class).id("decision-confirm")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(changes).isOne();
        var after = queries.get(request.id());
        assertThat(after.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(after.decisionNote()).isEqualTo("请提前十分钟到场");
    }

    @Test
    @WithUserDetails("manager")
    void aManagerDeclinesARequestFromTheBookingDialogWithAReason() {
        var request = request(34);
        dialogs.create(() -> changes++).open(request.id());

        test($(Button.class).id("booking-decline")).click();
        test($(Button.class).id("decision-confirm")).click();
        assertThat($(TextArea.class).id("decline-reason").isInvalid()).isTrue();
        test($(TextArea.class).id("decline-reason")).setValue("当天场地另有安排");
        test($(Button.class).id("decision-confirm")).click();

        var after = queries.get(request.id());
        assertThat(after.status()).isEqualTo(BookingStatus.DECLINED);
        assertThat(after.decisionNote()).isEqualTo("当天场地另有安排");
    }

    @Test
    @WithUserDetails("ngo")
    void theRequesterSeesNoDecisionButtons() {
        var request = request(35);
        dialogs.create(() -> changes++).open(request.id());

        assertThat($(Button.class).withId("booking-approve").exists()).isFalse();
        assertThat($(Button.class).withId("booking-decline").exists()).isFalse();
    }

    @Test
    @WithUserDetails("ngo")
    void aNewBookingIsMadeRecurringWithWhatWasTyped() {
        var room = fixtures.room(20, 0, false);
        var day = fixtures.openWeekday(room, 36);
        dialogs.create(() -> changes++).openNew(room, at(day, "14:00"), at(day, "15:00"), 8);
        test($(TextField.class).id("booking-purpose")).setValue("书法班");
        test($(TimePicker.class).id("booking-end")).setValue(LocalTime.of(15, 30));

        test($(Button.class).id("booking-make-recurring")).click();

        var open = $(Dialog.class).all().stream().filter(Dialog::isOpened).toList();
        assertThat(open).singleElement().extracting(d -> d.getId().orElse("")).isEqualTo("series-dialog");
        assertThat($(TextField.class).id("series-purpose").getValue()).isEqualTo("书法班");
        assertThat($(IntegerField.class).id("series-attendance").getValue()).isEqualTo(8);
        assertThat($(com.vaadin.flow.component.html.Span.class).id("series-first").getText())
                .contains(day.toString()).contains("14:00").contains("15:30");
    }

    private List<BookingSummary> weeklySeries(RoomSummary room, int daysAhead, int times) {
        var day = fixtures.openWeekday(room, daysAhead, times);
        var weekday = day.getDayOfWeek().name().substring(0, 2);
        var result = series.create(SeriesDraft.of(room.id(), at(day, "14:00"), at(day, "15:30"),
                "FREQ=WEEKLY;BYDAY=" + weekday + ";COUNT=" + times, "四点半课堂", 12, null), ConflictPolicy.SKIP);
        // a fresh room, weeks without closures: every occurrence is free
        assertThat(result.created()).as("every occurrence booked").hasSize(times);
        return result.created();
    }

    /** A request by the NGO for a room that needs approval in GXQ, which the manager keeps. */
    private BookingSummary request(int daysAhead) {
        var room = fixtures.room(20, 0, true);
        var day = fixtures.openWeekday(room, daysAhead);
        var request = fixtures.as("ngo", () -> bookings.create(new BookingDraft(room.id(), at(day, "10:00"),
                at(day, "12:00"), "社区议事会", null, 10, null)));
        assertThat(request.status()).isEqualTo(BookingStatus.REQUESTED);
        return request;
    }
}
