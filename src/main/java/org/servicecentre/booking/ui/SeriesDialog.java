package org.servicecentre.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.servicecentre.booking.BookingSeriesService;
import org.servicecentre.booking.ConflictPolicy;
import org.servicecentre.booking.SeriesDraft;
import org.servicecentre.booking.SeriesPreview;
import org.servicecentre.booking.SeriesResult;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.organisation.OrganisationSummary;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * Books a room again and again (周期预约): from a first occurrence [start, end) the user picks how it repeats, reads
 * it in words, previews every occurrence with the reason any cannot be booked, and books the others or cancels.
 * Purpose, attendance and, for managers, the organisation are asked as for a single booking. Open it through
 * {@link SeriesDialogs#open}.
 */
class SeriesDialog extends Dialog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BookingSeriesService series;
    private final RoomSummary room;
    private final ZoneId zone;
    private final Instant firstStart;
    private final Instant firstEnd;
    private final RecurrenceField recurrence;
    private final SeriesPreviewList previewList = new SeriesPreviewList();
    private final BeanValidationBinder<SeriesDraft> binder = new BeanValidationBinder<>(SeriesDraft.class);
    private final Button previewButton = new Button(getTranslation("series.preview"), e -> preview());
    private final Button book = new Button(getTranslation("series.book"), e -> book());
    private final Consumer<SeriesResult> onBooked;
    private SeriesPreview shown;

    /**
     * @param organisations the organisations a manager or admin may book for; empty for NGO staff, who book for
     *                      their own organisation
     */
    SeriesDialog(BookingSeriesService series, RoomSummary room, ZoneId zone, Instant firstStart, Instant firstEnd,
                 List<OrganisationSummary> organisations, Consumer<SeriesResult> onBooked) {
        this.series = series;
        this.room = room;
        this.zone = zone;
        this.firstStart = firstStart;
        this.firstEnd = firstEnd;
        this.onBooked = onBooked;
        setId("series-dialog");
        addClassName("series-dialog");
        setHeaderTitle(getTranslation("series.dialog.title", room.name()));
        setWidth("min(52rem, 96vw)");
        setCloseOnOutsideClick(false);

        var start = firstStart.atZone(zone);
        var first = new Span(getTranslation("series.first", DATE.format(start),
                getTranslation("recurrence.day.short." + start.getDayOfWeek().name().substring(0, 2).toLowerCase(Locale.ROOT)),
                TIME.format(start), TIME.format(firstEnd.atZone(zone)), room.centreName()));
        first.setId("series-first");
        first.addClassName("series-first");
        recurrence = new RecurrenceField(start.toLocalDate(), zone);
        recurrence.onChange(this::forgetPreview);

        var form = new FormLayout();
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("480px", 2));
        var purpose = new TextField(getTranslation("series.purpose"));
        purpose.setId("series-purpose");
        purpose.setMaxLength(200);
        purpose.setPlaceholder(getTranslation("series.purpose.placeholder"));
        var attendance = new IntegerField(getTranslation("series.attendance"));
        attendance.setId("series-attendance");
        attendance.setMin(1);
        attendance.setMax(room.capacity());
        attendance.setHelperText(getTranslation("series.attendance.help", room.capacity()));
        attendance.setValueChangeMode(ValueChangeMode.LAZY);
        form.add(purpose, 2);
        form.add(attendance);
        binder.forField(purpose).asRequired(getTranslation("form.required")).bind("purpose");
        binder.forField(attendance).asRequired(getTranslation("form.required"))
                .withValidator(n -> n <= room.capacity(), getTranslation("series.attendance.over", room.capacity()))
                .bind(SeriesDraft::getExpectedAttendance, SeriesDraft::setExpectedAttendance);
        attendance.addValueChangeListener(e -> forgetPreview());
        if (!organisations.isEmpty()) {
            var organisation = new ComboBox<OrganisationSummary>(getTranslation("series.organisation"));
            organisation.setId("series-organisation");
            organisation.setItems(organisations);
            organisation.setItemLabelGenerator(OrganisationSummary::name);
            form.add(organisation);
            binder.forField(organisation).asRequired(getTranslation("form.required"))
                    .bind(d -> organisations.stream().filter(o -> Objects.equals(o.id(), d.getOrganisationId()))
                            .findFirst().orElse(null), (d, o) -> d.setOrganisationId(o == null ? null : o.id()));
            organisation.addValueChangeListener(e -> forgetPreview());
        }
        var draft = new SeriesDraft();
        draft.setExpectedAttendance(Math.min(10, room.capacity()));
        binder.readBean(draft);

        previewButton.setId("series-preview");
        previewButton.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        add(first, recurrence, form, previewButton, previewList);

        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        cancel.setId("series-cancel");
        book.setId("series-book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, book);
        forgetPreview();
    }

    /**
     * Fills in what the user already chose elsewhere: the pattern (then the preview is shown at once), the purpose and
     * the attendance; null parts keep their defaults.
     */
    void prefill(RecurrenceField.Choices choices, String purpose, Integer attendance) {
        if (choices != null) {
            recurrence.setChoices(choices);
        }
        var draft = new SeriesDraft();
        draft.setPurpose(purpose);
        draft.setExpectedAttendance(attendance == null ? Math.min(10, room.capacity()) : attendance);
        binder.readBean(draft);
        forgetPreview();
        if (choices != null) {
            preview();
        }
    }

    /** Lists every occurrence with its problems; nothing is written. */
    void preview() {
        var draft = draft(false);
        if (draft == null) {
            return;
        }
        shown = DomainErrors.attempt(() -> series.preview(draft));
        if (shown == null) {
            forgetPreview();
            return;
        }
        previewList.show(shown);
        book.setEnabled(shown.bookableCount() > 0);
        book.setText(shown.problemCount() == 0 ? getTranslation("series.book.all", shown.total())
                : getTranslation("series.book.others", shown.bookableCount(), shown.problemCount()));
    }

    /** Books the occurrences the preview showed as free, skipping the others. */
    void book() {
        var draft = draft(true);
        if (draft == null || shown == null) {
            return;
        }
        var result = DomainErrors.attempt(() -> series.create(draft, ConflictPolicy.SKIP));
        if (result == null) {
            return;
        }
        Notifications.success(result.skipped().isEmpty()
                ? getTranslation("series.booked", result.created().size())
                : getTranslation("series.booked.skipped", result.created().size(), result.skipped().size()));
        close();
        onBooked.accept(result);
    }

    SeriesPreviewList previewList() {
        return previewList;
    }

    /** The draft as the form stands; a preview needs only the rule and attendance, booking needs every field. */
    private SeriesDraft draft(boolean complete) {
        var rule = recurrence.rule();
        if (rule.isEmpty()) {
            Notifications.error(recurrence.problem());
            return null;
        }
        var draft = SeriesDraft.of(room.id(), firstStart, firstEnd, rule.get().text(), "", 1, null);
        draft.setZone(zone);
        if (complete) {
            if (!binder.writeBeanIfValid(draft)) {
                binder.validate();
                return null;
            }
        } else {
            binder.writeBeanAsDraft(draft, true);
            if (draft.getPurpose().isBlank()) {
                draft.setPurpose(getTranslation("series.purpose.preview"));
            }
            if (draft.getExpectedAttendance() < 1) {
                draft.setExpectedAttendance(1);
            }
        }
        return draft;
    }

    private void forgetPreview() {
        shown = null;
        previewList.clear();
        book.setEnabled(false);
        book.setText(getTranslation("series.book"));
    }
}
