package org.servicecentre.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.programme.RoomSessionDraft;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.programme.ProgrammeDraft;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.SessionStatus;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The programme screens: NGO staff create a programme and its sessions; managers and officers only look. */
@ServiceCentreTest
class ProgrammesViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ProgrammeService programmes;

    @Autowired
    SessionService sessions;

    @Autowired
    Clock clock;

    @Autowired
    BookingFixtures fixtures;

    @Test
    @WithUserDetails("ngo")
    void createsAProgrammeThroughTheFormAndOpensItsPage() {
        var title = unique("妇女手工坊");
        navigate(ProgrammesView.class);

        test($(Button.class).id("new-programme")).click();
        test($(TextField.class).id("programme-title")).setValue(title);
        groups().setValue(Set.of(TargetGroup.WOMEN));
        test($(Button.class).id("new-programme-save")).click();

        assertThat($(IntegerField.class).id("programme-capacity").isInvalid()).as("capacity is required").isTrue();
        assertThat($(IntegerField.class).id("programme-capacity").getErrorMessage()).isEqualTo("请填写名额，或选择无需报名");
        assertThat($(Dialog.class).id("new-programme-dialog").isOpened()).isTrue();

        test($(IntegerField.class).id("programme-capacity")).setValue(12);
        test($(Button.class).id("new-programme-save")).click();

        var created = programmes.list(title, false, 0, 5).getFirst();
        assertThat(created.capacity()).isEqualTo(12);
        assertThat(created.targetGroups()).containsExactly(TargetGroup.WOMEN);
        assertThat(getCurrentView()).isInstanceOf(ProgrammeView.class);
        assertThat($(TextField.class).id("programme-link").getValue()).endsWith("/p/" + created.publicCode());
    }

    @Test
    @WithUserDetails("ngo")
    void addsAnOutsideSessionAndCancelsItWithAReason() {
        var programme = programme("劳动维权咨询");
        navigate("programmes/" + programme.id(), ProgrammeView.class);

        test($(Button.class).id("add-sessions")).click();
        kind().setValue(AddSessionsDialog.Kind.OUTSIDE);
        test($(TextField.class).id("outside-location")).setValue("南山工业园食堂");
        var day = LocalDate.now(clock.withZone(CentreDraft.DEFAULT_ZONE)).plusDays(9);
        test($(DatePicker.class).id("outside-date")).setValue(day);
        test($(TimePicker.class).id("outside-start")).setValue(LocalTime.of(18, 30));
        test($(TimePicker.class).id("outside-end")).setValue(LocalTime.of(20, 0));
        test($(Button.class).id("add-sessions-save")).click();

        var session = sessions.list(programme.id()).getFirst();
        assertThat(session.place()).isEqualTo("南山工业园食堂");
        var grid = sessionsGrid();
        assertThat(test(grid).size()).isOne();
        assertThat(test(grid).getCellText(0, 0)).startsWith(day.toString()).endsWith("18:30–20:00");

        test(action(0, "session-cancel-" + session.id())).click();
        test($(Button.class).id("cancel-session-confirm")).click();
        assertThat($(TextArea.class).id("cancel-session-reason").isInvalid()).as("a reason is required").isTrue();
        test($(TextArea.class).id("cancel-session-reason")).setValue("台风预警，活动改期");
        test($(Button.class).id("cancel-session-confirm")).click();

        var cancelled = sessions.get(session.id());
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("台风预警，活动改期");
        assertThat(test(sessionsGrid()).getCellComponent(0, 6).getChildren().map(c -> c.getId().orElse("")))
                .as("a cancelled session cannot be cancelled again").doesNotContain("session-cancel-" + session.id());
    }

    @Test
    @WithUserDetails("manager")
    void aManagerSeesAProgrammeWithSessionsInTheirCentreReadOnly() {
        var programme = programme("老年日间照料");
        var room = fixtures.room(30, 0, false);
        var day = fixtures.openWeekday(room, 31);
        SystemAuthentication.asSystem(() -> sessions.addInRoom(programme.id(), new RoomSessionDraft(room.id(),
                BookingFixtures.at(day, "14:00"), BookingFixtures.at(day, "16:00"), 15)));
        navigate("programmes/" + programme.id(), ProgrammeView.class);

        assertThat($(TextField.class).id("programme-title").isReadOnly()).isTrue();
        assertThat($(Button.class).withId("programme-save").all()).isEmpty();
        assertThat($(Button.class).withId("add-sessions").all()).isEmpty();
        assertThat(test(sessionsGrid()).size()).isOne();
        assertThat(test(sessionsGrid()).getCellText(0, 1)).endsWith(room.name());
    }

    @Test
    @WithUserDetails("officer")
    void anOfficerGetsNoNewButtonAndAnEmptyStateToRead() {
        navigate(ProgrammesView.class);

        assertThat($(Button.class).withId("new-programme").all()).isEmpty();
        assertThat($(Grid.class).id("programmes-grid")).isNotNull();
    }

    /** A programme of the ngo user's organisation, created as admin on its behalf. */
    private ProgrammeSummary programme(String name) {
        return SystemAuthentication.asSystem(() -> programmes.create(new ProgrammeDraft(ngoOrganisation(),
                unique(name), null, Set.of(TargetGroup.MIGRANT_WORKERS), null, null, 20,
                RegistrationMode.PER_SESSION, ProgrammeVisibility.PUBLIC, null, null)));
    }

    private long ngoOrganisation() {
        return fixtures.organisation("QIHANG");
    }

    private static String unique(String name) {
        return name + " " + System.nanoTime() % 100_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** A button in the actions column of a session row (component columns are read through the grid). */
    private Button action(int row, String id) {
        return (Button) test(sessionsGrid()).getCellComponent(row, 6).getChildren()
                .filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<TargetGroup> groups() {
        return $(CheckboxGroup.class).id("programme-groups");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<AddSessionsDialog.Kind> kind() {
        return $(RadioButtonGroup.class).id("add-sessions-kind");
    }

    @SuppressWarnings("unchecked")
    private Grid<org.servicecentre.programme.SessionSummary> sessionsGrid() {
        return $(Grid.class).id("sessions-grid");
    }
}
