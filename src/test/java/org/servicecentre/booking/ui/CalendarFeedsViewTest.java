package org.servicecentre.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.CalendarFeedSummary;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class CalendarFeedsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("ngo")
    void showsAnOrganisationLinkOnceAndRevokesItAfterAsking() {
        navigate(CalendarFeedsView.class);

        test($(Button.class).id("create-feed")).click();

        String link = $(TextArea.class).id("feed-link").getValue();
        assertThat(link).contains("/calendar/").endsWith(".ics");
        test($(Button.class).id("feed-done")).click();
        assertThat($(Dialog.class).withId("new-feed").exists()).isFalse();
        var grid = feedsGrid();
        int row = 0; // newest first
        assertThat(grid.getElement().getOuterHTML()).doesNotContain(link);
        assertThat(status(grid, row)).isEqualTo("有效");

        test($(Button.class, (Span) test(grid).getCellComponent(row, "actions")).single()).click();
        test($(ConfirmDialog.class).id("confirm-revoke-feed")).confirm();

        assertThat(status(grid, row)).startsWith("已撤销");
    }

    @Test
    @WithUserDetails("manager")
    void asksAManagerWhichRoomToPublish() {
        navigate(CalendarFeedsView.class);

        test($(Button.class).id("create-feed")).click();
        test($(Button.class).id("feed-room-create")).click();

        @SuppressWarnings("unchecked")
        ComboBox<Object> room = $(ComboBox.class).id("feed-room");
        assertThat(room.isInvalid()).isTrue();
        assertThat($(Dialog.class).withId("new-feed").exists()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private Grid<CalendarFeedSummary> feedsGrid() {
        return $(Grid.class).id("feeds-grid");
    }

    private String status(Grid<CalendarFeedSummary> grid, int row) {
        return ((Span) test(grid).getCellComponent(row, "status")).getText();
    }
}
