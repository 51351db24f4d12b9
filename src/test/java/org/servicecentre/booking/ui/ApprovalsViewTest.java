package org.servicecentre.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.servicecentre.booking.BookingFixtures.at;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingDraft;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingService;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.BookingSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The approval inbox: managers decide on requests for their rooms; NGO staff never see it. */
@ServiceCentreTest
class ApprovalsViewTest extends SpringBrowserlessTest {

    @Autowired
    BookingService bookings;

    @Autowired
    BookingQueries queries;

    @Autowired
    BookingFixtures fixtures;

    @Test
    @WithUserDetails("manager")
    void managerApprovesARequestWithANoteAndItLeavesTheList() {
        String purpose = "审批测试讲座" + System.nanoTime();
        var request = requests(purpose, 1, 21)[0];
        navigate(ApprovalsView.class);
        assertThat($(Span.class).id("approvals-pending").getText()).contains("条待审批");
        search(purpose);
        assertThat(test(grid()).size()).isEqualTo(1);

        test(actionButton("approve")).click();
        test($(TextArea.class).id("approve-note")).setValue("请提前 15 分钟到前台领钥匙");
        test($(Button.class).id("decision-confirm")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(test(grid()).size()).isZero();
        assertThat(test($(Notification.class).last()).getText()).startsWith("已批准").contains(purpose);
        var approved = fixtures.as("ngo", () -> queries.get(request.id()));
        assertThat(approved.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(approved.decisionNote()).isEqualTo("请提前 15 分钟到前台领钥匙");
    }

    @Test
    @WithUserDetails("manager")
    void keepsTheDeclineDialogOpenUntilAReasonIsGivenAndStoresTheReason() {
        String purpose = "审批测试嘉年华" + System.nanoTime();
        var request = requests(purpose, 1, 22)[0];
        navigate(ApprovalsView.class);
        search(purpose);

        test(actionButton("decline")).click();
        test($(Button.class).id("decision-confirm")).click();

        var reason = $(TextArea.class).id("decline-reason");
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("请填写拒绝原因，申请人会看到。");
        assertThat(fixtures.as("ngo", () -> queries.get(request.id())).status()).isEqualTo(BookingStatus.REQUESTED);

        test(reason).setValue("当天大厅要布置会场，请改到下周");
        test($(Button.class).id("decision-confirm")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(test(grid()).size()).isZero();
        assertThat(test($(Notification.class).last()).getText()).startsWith("已拒绝").contains(purpose);
        var declined = fixtures.as("ngo", () -> queries.get(request.id()));
        assertThat(declined.status()).isEqualTo(BookingStatus.DECLINED);
        assertThat(declined.decisionNote()).isEqualTo("当天大厅要布置会场，请改到下周");
    }

    @Test
    @WithUserDetails("manager")
    void approvesTheSelectedRequestsAfterConfirmingHowMany() {
        String purpose = "审批测试批量" + System.nanoTime();
        var requests = requests(purpose, 2, 23);
        navigate(ApprovalsView.class);
        search(purpose);
        assertThat($(Button.class).id("approve-selected").isEnabled()).isFalse();

        test(grid()).select(0);
        test(grid()).select(1);
        test($(Button.class).id("approve-selected")).click();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("2 条预约");
        test(confirm).confirm();

        assertThat(test(grid()).size()).isZero();
        for (var request : requests) {
            assertThat(fixtures.as("ngo", () -> queries.get(request.id())).status()).isEqualTo(BookingStatus.CONFIRMED);
        }
    }

    @Test
    @WithUserDetails("ngo")
    void keepsNgoStaffOut() {
        var refused = catchThrowable(() -> navigate(ApprovalsView.class));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }

    /** Requests by the social worker in a fresh GXQ room that needs approval, an hour apart. */
    private BookingSummary[] requests(String purpose, int count, int daysAhead) {
        var room = fixtures.room(40, 0, true);
        var day = fixtures.openWeekday(room, daysAhead);
        var made = new BookingSummary[count];
        for (int i = 0; i < count; i++) {
            var start = at(day, (10 + i) + ":00");
            made[i] = fixtures.as("ngo", () -> bookings.create(new BookingDraft(room.id(), start,
                    start.plusSeconds(3000), purpose, null, 20, null)));
        }
        return made;
    }

    private void search(String text) {
        test($(TextField.class).withClassName("list-search").single()).setValue(text);
    }

    @SuppressWarnings("unchecked")
    private Grid<BookingSummary> grid() {
        return $(Grid.class).single();
    }

    private Button actionButton(String className) {
        var cell = test(grid()).getCellComponent(0, "actions");
        return $(Button.class).from(cell).withClassName(className).single();
    }
}
