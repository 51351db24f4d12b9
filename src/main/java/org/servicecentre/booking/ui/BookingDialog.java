package org.servicecentre.booking.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingSeriesService;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingStarts;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.servicecentre.booking.SeriesScope;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RoomFilter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.centre.RoomSummary;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.organisation.OrganisationSummary;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * The one dialog for a booking, opened from the search, the list, a calendar or the approval inbox:
 * {@link #openNew} books a room for a slot, {@link #open} shows a booking (status, requester, decision note) and,
 * when the caller may, changes or cancels it. A refusal by the service keeps the dialog open with what was typed:
 * next to the field it concerns, or above the form. {@code onChanged} runs after every successful change.
 */
class BookingDialog extends Dialog {

    private static final int ROOM_CHOICES = 500;

    private final BookingService bookings;
    private final BookingStarts starts;
    private final BookingQueries queries;
    private final BookingSeriesService series;
    private final SeriesDialogs seriesDialogs;
    private final RoomService rooms;
    private final CentreService centres;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Runnable onChanged;
    private final Div refusal = new Div();
    private BookingForm form;
    private ZoneId zone;

    /** Made by {@link BookingDialogs#create}. */
    BookingDialog(BookingDialogs services, Runnable onChanged) {
        this.bookings = services.bookings;
        this.starts = services.starts;
        this.queries = services.queries;
        this.series = services.series;
        this.seriesDialogs = services.seriesDialogs;
        this.rooms = services.rooms;
        this.centres = services.centres;
        this.organisations = services.organisations;
        this.currentUser = services.currentUser;
        this.onChanged = onChanged;
        addClassName("booking-dialog");
        setWidth("min(680px, 95vw)");
        // a stray click next to the dialog must not throw away what the user typed
        setCloseOnOutsideClick(false);
        refusal.setId("booking-refusal");
        refusal.addClassName("booking-refusal");
    }

    /** Opens the dialog to book this room for [start, end). */
    void openNew(RoomSummary room, Instant start, Instant end) {
        openNew(room, start, end, null);
    }

    /** Opens the dialog to book this room for [start, end), with the expected attendance filled in if known. */
    void openNew(RoomSummary room, Instant start, Instant end, Integer attendance) {
        var scope = currentUser.scope();
        zone = centres.get(room.centreId()).timeZone();
        reset("booking.dialog.new");
        boolean onBehalf = scope.isAdmin() || scope.is(Role.CENTRE_MANAGER);
        form = new BookingForm(List.of(room), zone, onBehalf ? organisationChoices() : null);
        var fields = new BookingFields();
        fields.setRoom(room);
        fields.setDate(start.atZone(zone).toLocalDate());
        fields.setStart(start.atZone(zone).toLocalTime());
        fields.setEnd(end.atZone(zone).toLocalTime());
        fields.setAttendance(attendance);
        form.read(fields);
        if (room.needsApproval() && !scope.isAdmin() && !scope.managesCentre(room.centreId())) {
            add(BookingPickers.hint(this, VaadinIcon.INFO_CIRCLE, "booking.approval-note"));
        }
        add(refusal, form);
        var submit = BookingPickers.primary(this, "booking.submit", "booking-submit", () -> submit(fields));
        var recurring = BookingPickers.button(this, "booking.make-recurring", "booking-make-recurring",
                () -> makeRecurring(room, start, end, fields));
        recurring.setIcon(VaadinIcon.REFRESH.create());
        recurring.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        recurring.addClassName("footer-start");
        getFooter().add(recurring, BookingPickers.button(this, "form.cancel", "booking-close", this::close), submit);
        open();
    }

    /** Opens a booking: to look at it, and to change or cancel it when the caller may. */
    void open(long bookingId) {
        var booking = DomainErrors.attempt(() -> queries.get(bookingId));
        if (booking == null) {
            return;
        }
        zone = booking.zone();
        boolean changeable = booking.mayChange() && booking.start().isAfter(Instant.now());
        reset(changeable ? "booking.dialog.change" : "booking.dialog.view");
        form = new BookingForm(changeable ? roomChoices(booking) : List.of(rooms.get(booking.roomId())), zone, null);
        var fields = new BookingFields();
        fields.setRoom(rooms.get(booking.roomId()));
        fields.setDate(booking.start().atZone(zone).toLocalDate());
        fields.setStart(booking.start().atZone(zone).toLocalTime());
        fields.setEnd(booking.end().atZone(zone).toLocalTime());
        fields.setPurpose(booking.purpose());
        fields.setAttendance(booking.expectedAttendance());
        form.read(fields);
        form.setReadOnly(!changeable);
        add(new BookingFacts(booking, currentUser.scope().displayName(), BookingFacts.seriesText(series, booking, this)), refusal, form);
        if (booking.mayCancel() && booking.end().isAfter(Instant.now())) {
            var cancel = BookingPickers.button(this, "booking.cancel", "booking-cancel", () -> confirmCancel(booking));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancel.addClassName("footer-start");
            getFooter().add(cancel);
        }
        getFooter().add(BookingPickers.button(this, "form.close", "booking-close", this::close));
        if (booking.status() == BookingStatus.REQUESTED && booking.mayDecide()) {
            addDecisionButtons(booking);
        }
        if (booking.mayConfirmStart()) {
            var start = BookingPickers.button(this, "booking.start.confirm", "booking-confirm-start",
                    () -> confirmStart(booking));
            start.setIcon(VaadinIcon.PLAY_CIRCLE_O.create());
            // the main action when nothing else can be changed
            start.addThemeVariants(ButtonVariant.LUMO_SUCCESS, changeable ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_PRIMARY);
            getFooter().add(start);
        }
        if (changeable) {
            getFooter().add(BookingPickers.primary(this, "booking.save", "booking-save", () -> change(booking, fields)));
        }
        open();
    }

    private void submit(BookingFields fields) {
        refusal.setVisible(false);
        if (form.write(fields).isEmpty()) {
            return;
        }
        var organisation = fields.getOrganisation() == null ? null : fields.getOrganisation().id();
        var saved = attempt(() -> bookings.create(fields.draft(zone, organisation)));
        if (saved != null) {
            done(saved.status() == BookingStatus.REQUESTED ? "booking.saved.requested" : "booking.saved.confirmed",
                    saved);
        }
    }

    private void change(BookingSummary before, BookingFields fields) {
        refusal.setVisible(false);
        if (form.write(fields).isEmpty()) {
            return;
        }
        if (before.seriesId() != null) {
            new SeriesChangeConfirm(scope -> changeIn(before, fields, scope)).open();
        } else {
            changeIn(before, fields, SeriesScope.ONE);
        }
    }

    private void changeIn(BookingSummary before, BookingFields fields, SeriesScope scope) {
        if (scope != SeriesScope.ONE) {
            var changed = attempt(() -> series.change(before.id(), scope, fields.getStart(), fields.getEnd(),
                    fields.getPurpose(), fields.getAttendance()));
            if (changed != null) {
                doneMany("booking.scope.changed", changed.size());
            }
            return;
        }
        var saved = attempt(() -> bookings.change(before.id(), fields.draft(zone, null)));
        if (saved != null) {
            done(saved.status() == BookingStatus.REQUESTED && before.status() != BookingStatus.REQUESTED
                    ? "booking.changed.requested" : "booking.changed", saved);
        }
    }

    private void confirmCancel(BookingSummary booking) {
        new BookingCancellation(booking, (reason, scope) -> {
            refusal.setVisible(false);
            if (scope != SeriesScope.ONE) {
                var cancelled = attempt(() -> series.cancel(booking.id(), scope, reason));
                if (cancelled != null) {
                    doneMany("booking.scope.cancelled", cancelled.size());
                }
                return;
            }
            var cancelled = attempt(() -> bookings.cancel(booking.id(), reason));
            if (cancelled != null) {
                done("booking.cancelled", cancelled);
            }
        }).open();
    }

    /** Closes this dialog and opens the series dialog for the same room and times, with what was typed so far. */
    private void makeRecurring(RoomSummary room, Instant start, Instant end, BookingFields fields) {
        form.writeAsDraft(fields);
        Instant first = start;
        Instant last = end;
        if (fields.getDate() != null && fields.getStart() != null && fields.getEnd() != null
                && fields.getStart().isBefore(fields.getEnd())) {
            first = fields.getDate().atTime(fields.getStart()).atZone(zone).toInstant();
            last = fields.getDate().atTime(fields.getEnd()).atZone(zone).toInstant();
        }
        close();
        seriesDialogs.open(fields.getRoom() == null ? room : fields.getRoom(), first, last, null,
                fields.getPurpose(), fields.getAttendance(), result -> onChanged.run());
    }

    /** Staff on site say the booking has started (as their staff code at the kiosk would): it is not a no-show. */
    private void confirmStart(BookingSummary booking) {
        var started = attempt(() -> starts.confirmInApp(booking.id()));
        if (started != null) {
            done("booking.start.confirmed", started);
        }
    }

    /** A manager deciding on a request from here, as in the approval inbox. */
    private void addDecisionButtons(BookingSummary booking) {
        var decline = BookingPickers.button(this, "booking.decline", "booking-decline", () -> DecisionDialog.decline(booking,
                reason -> bookings.decline(booking.id(), reason), d -> decided("approvals.declined", d)));
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var approve = BookingPickers.button(this, "approvals.approve", "booking-approve", () -> DecisionDialog.approve(booking,
                note -> bookings.approve(booking.id(), note), d -> decided("approvals.approved", d)));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        getFooter().add(decline, approve);
    }

    private void decided(String key, BookingSummary booking) {
        Notifications.success(getTranslation(key, ApprovalTexts.title(this, booking)));
        close();
        onChanged.run();
    }

    private void doneMany(String messageKey, int count) {
        Notifications.success(getTranslation(messageKey, count));
        close();
        onChanged.run();
    }

    /** Runs a service call; a refusal goes next to its field or above the form, and the dialog stays open. */
    private <T> T attempt(Supplier<T> call) {
        return DomainErrors.attempt(() -> {
            try {
                return call.get();
            } catch (DomainException e) {
                if (!form.showNextToField(e)) {
                    refusal.setText(DomainErrors.message(e));
                    refusal.setVisible(true);
                }
                return null;
            }
        });
    }

    private void done(String messageKey, BookingSummary booking) {
        Notifications.success(getTranslation(messageKey, booking.roomName(),
                BookingTexts.when(this, booking.start(), booking.end(), booking.zone())));
        close();
        onChanged.run();
    }

    /** The bookable rooms of the booking's centre, its own room always among them. */
    private List<RoomSummary> roomChoices(BookingSummary booking) {
        var choices = new ArrayList<>(rooms.list(RoomFilter.ofCentre(booking.centreId(), false), 0, ROOM_CHOICES)
                .stream().filter(RoomSummary::bookable).toList());
        if (choices.stream().noneMatch(r -> r.id() == booking.roomId())) {
            choices.addFirst(rooms.get(booking.roomId()));
        }
        return choices;
    }

    private CallbackDataProvider.FetchCallback<OrganisationSummary, String> organisationChoices() {
        return query -> organisations.list(query.getFilter().orElse(""), null, query.getOffset(), query.getLimit())
                .stream();
    }

    private void reset(String titleKey) {
        removeAll();
        getFooter().removeAll();
        refusal.setVisible(false);
        setHeaderTitle(getTranslation(titleKey));
    }
}
