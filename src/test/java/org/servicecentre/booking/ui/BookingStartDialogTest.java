package org.servicecentre.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingStartFixtures;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The booking dialog confirms a booking on now has started, and says when and by whom it was confirmed. */
@ServiceCentreTest
class BookingStartDialogTest extends SpringBrowserlessTest {

    @Autowired
    BookingDialogs dialogs;

    @Autowired
    BookingQueries queries;

    @Autowired
    BookingStartFixtures fixtures;

    private int changes;

    @Test
    @WithUserDetails("manager")
    void theCentresManagerConfirmsABookingOnNowAndTheDialogSaysSo() {
        var booking = fixtures.bookNow(fixtures.room(), fixtures.organisation(), -5, 60);
        dialogs.create(() -> changes++).open(booking.id());

        test($(Button.class).id("booking-confirm-start")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(changes).isOne();
        var started = queries.get(booking.id()).started();
        dialogs.create(() -> changes++).open(booking.id());
        var time = DateTimeFormatter.ofPattern("HH:mm").format(started.at().atZone(booking.zone()));
        assertThat($(Div.class).id("booking-started").getElement().getTextRecursively())
                .isEqualTo("开始确认已确认开始 " + time + "（王芳，在系统中确认）");
        assertThat($(Button.class).withId("booking-confirm-start").all()).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void aBookingThatIsNotOnYetHasNoSuchButton() {
        var booking = fixtures.bookNow(fixtures.room(), fixtures.organisation(), 90, 60);

        dialogs.create(() -> changes++).open(booking.id());

        assertThat($(Button.class).withId("booking-confirm-start").all()).isEmpty();
        assertThat($(Div.class).withId("booking-started").all()).isEmpty();
    }
}
