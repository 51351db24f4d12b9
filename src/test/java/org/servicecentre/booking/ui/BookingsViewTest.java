package org.servicecentre.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.booking.BookingFixtures.at;
import static org.servicecentre.booking.BookingFixtures.draft;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The bookings list: NGO staff find their booking, open it and cancel it with a reason. */
@ServiceCentreTest
class BookingsViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingFixtures fixtures;

    @Autowired
    BookingService bookings;

    @Autowired
    BookingQueries queries;

    @Test
    @WithUserDetails("ngo")
    void listsTheUsersBookingAndOpensItWithItsStatus() {
        var room = fixtures.room(15, 0, false);
        var day = fixtures.openWeekday(room, 23);
        var purpose = "妇女手工坊 " + room.code();
        bookings.create(new org.servicecentre.booking.BookingDraft(room.id(), at(day, "14:00"), at(day, "15:30"),
                purpose, null, 10, null));
        navigate(BookingsView.class);

        test($(TextField.class).id("booking-search")).setValue(purpose);

        var grid = grid();
        assertThat(test(grid).size()).isOne();
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(room.name());
        assertThat(test(grid).getCellText(0, 0)).startsWith(day.toString()).endsWith("14:00–15:30");
        test(grid).clickRow(0);
        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo("查看和修改预约");
        assertThat($(TextField.class).id("booking-purpose").getValue()).isEqualTo(purpose);
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("status-confirmed").single().getText())
                .isEqualTo("已确认");
    }

    @Test
    @WithUserDetails("ngo")
    void cancelsABookingAfterAskingForAnOptionalReason() {
        var room = fixtures.room(15, 0, false);
        var day = fixtures.openWeekday(room, 24);
        var booked = bookings.create(draft(room, at(day, "16:30"), at(day, "18:00"), 10));
        navigate(BookingsView.class);
        test($(TextField.class).id("booking-search")).setValue("测试预约");
        dialogFor(booked);

        test($(Button.class).id("booking-cancel")).click();
        test($(TextArea.class).id("booking-cancel-reason")).setValue("活动改期");
        test($(ConfirmDialog.class).single()).confirm();

        assertThat($(Dialog.class).all()).isEmpty();
        var after = queries.get(booked.id());
        assertThat(after.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(after.decisionNote()).isEqualTo("活动改期");
    }

    private void dialogFor(BookingSummary booking) {
        var grid = grid();
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).id() == booking.id()) {
                test(grid).clickRow(row);
                return;
            }
        }
        throw new AssertionError("booking " + booking.id() + " not listed");
    }

    @SuppressWarnings("unchecked")
    private Grid<BookingSummary> grid() {
        return $(Grid.class).single();
    }
}
