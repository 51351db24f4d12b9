package org.servicecentre.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.booking.BookingFixtures.at;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingDraft;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.OccurrencePreview;
import org.servicecentre.booking.SeriesResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class SeriesDialogTest extends SpringBrowserlessTest {

    @Autowired
    SeriesDialogs dialogs;

    @Autowired
    BookingFixtures fixtures;

    @Autowired
    BookingService bookings;

    @Autowired
    BookingQueries queries;

    @Test
    @WithUserDetails("ngo")
    @SuppressWarnings("unchecked")
    void previewsEveryOccurrenceWithTheReasonAndBooksTheOthers() {
        var room = fixtures.room(30, 0, false);
        var day = fixtures.openWeekday(room, 14, 3);
        var taken = day.plusWeeks(1);
        fixtures.as("manager", () -> bookings.create(new BookingDraft(room.id(), at(taken, "14:00"), at(taken, "17:00"),
                "家长会", fixtures.organisation("YH-VOL"), 10, null)));
        var booked = new ArrayList<SeriesResult>();
        var dialog = dialogs.open(room, at(day, "16:30"), at(day, "18:00"), booked::add);

        assertThat($(Span.class).id("series-description").getText()).startsWith("每周的周");
        ((RadioButtonGroup<RecurrenceField.End>) $(RadioButtonGroup.class).id("series-end"))
                .setValue(RecurrenceField.End.COUNT);
        $(IntegerField.class).id("series-count").setValue(3);
        assertThat($(Span.class).id("series-description").getText()).endsWith("共3次");
        assertThat($(Button.class).id("series-book").isEnabled()).isFalse();

        test($(Button.class).id("series-preview")).click();

        assertThat($(Span.class).id("series-summary").getText()).isEqualTo("共 3 次，其中 1 次无法预约");
        List<OccurrencePreview> rows = ((Grid<OccurrencePreview>) $(Grid.class).id("series-occurrences"))
                .getGenericDataView().getItems().toList();
        assertThat(rows).hasSize(3);
        assertThat(dialog.previewList().reason(rows.get(1))).isEqualTo("冲突 14:00–17:00");
        var book = $(Button.class).id("series-book");
        assertThat(book.getText()).isEqualTo("预约其余 2 次（跳过 1 次）");

        test(book).click();
        assertThat(booked).isEmpty(); // the purpose is still missing
        $(TextField.class).id("series-purpose").setValue("四点半课堂");
        test(book).click();

        assertThat(booked).singleElement().satisfies(r -> {
            assertThat(r.created()).hasSize(2);
            assertThat(r.skipped()).hasSize(1);
        });
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void asksAManagerForWhichOrganisationAndForgetsThePreviewWhenTheRuleChanges() {
        var room = fixtures.room(30, 0, false);
        var day = fixtures.openWeekday(room, 14);
        dialogs.open(room, at(day, "10:00"), at(day, "11:00"), r -> { });

        var organisation = (ComboBox<org.servicecentre.organisation.OrganisationSummary>) $(ComboBox.class)
                .id("series-organisation");
        test($(Button.class).id("series-preview")).click();
        // without an organisation there is nothing to preview for
        assertThat($(Span.class).id("series-summary").getText()).startsWith("选好重复方式后");
        organisation.setValue(organisation.getGenericDataView().getItems()
                .filter(o -> o.code().equals("YH-VOL")).findFirst().orElseThrow());
        test($(Button.class).id("series-preview")).click();
        assertThat($(Span.class).id("series-summary").getText()).startsWith("共 12 次");
        $(IntegerField.class).id("series-every-weeks").setValue(2);
        assertThat($(Span.class).id("series-summary").getText()).startsWith("选好重复方式后");
        assertThat($(Button.class).id("series-book").isEnabled()).isFalse();
    }
}
