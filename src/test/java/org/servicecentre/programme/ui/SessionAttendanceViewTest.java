package org.servicecentre.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.programme.AttendanceFixtures;
import org.servicecentre.programme.AttendanceRow;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.RegistrationService;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.SessionSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class SessionAttendanceViewTest extends SpringBrowserlessTest {

    private static final int STATUS = 2;
    private static final int ATTENDED = 4;
    private static final int ACTIONS = 5;

    @Autowired
    ProgrammeService programmes;
    @Autowired
    SessionService sessions;
    @Autowired
    RegistrationService registrations;

    @Test
    @WithUserDetails("ngo")
    void listsTwoPlacesTakenAndOneWaitingTicksAttendanceAndMovesTheWaitingUpOnACancellation() {
        var session = AttendanceFixtures.sessionNow(programmes, sessions, "界面测试：手工坊", 2);
        AttendanceFixtures.register(registrations, session, "甲大姐");
        AttendanceFixtures.register(registrations, session, "乙阿伯");
        AttendanceFixtures.register(registrations, session, "丙同学");

        open(session);
        var grid = test(attendanceGrid());
        assertThat(grid.size()).isEqualTo(3);
        assertThat(statusOf(grid, 0)).isEqualTo("已报名");
        assertThat(statusOf(grid, 1)).isEqualTo("已报名");
        assertThat(statusOf(grid, 2)).isEqualTo("候补第 1 位");
        assertThat(counts()).contains("已报名 2 / 名额 2", "候补 1", "已签到 0");

        test((Checkbox) grid.getCellComponent(1, ATTENDED)).click();
        assertThat(counts()).contains("已签到 1");
        assertThat(test(attendanceGrid()).getRow(1).attended()).isTrue();

        test((Button) test(attendanceGrid()).getCellComponent(0, ACTIONS)).click();
        var confirm = $(ConfirmDialog.class).single();
        $(TextField.class).id("cancel-reason").setValue("身体不适");
        test(confirm).confirm();

        var after = test(attendanceGrid());
        assertThat(after.size()).isEqualTo(2);
        assertThat(after.getRow(1).residentName()).isEqualTo("丙同学");
        assertThat(statusOf(after, 1)).isEqualTo("已报名");
        assertThat(counts()).contains("已报名 2 / 名额 2", "候补 0");
    }

    @Test
    @WithUserDetails("ngo")
    void registersANewResidentWithTheirConsentAndShowsTheTicketLink() {
        var session = AttendanceFixtures.sessionNow(programmes, sessions, "界面测试：登记", 1);
        AttendanceFixtures.register(registrations, session, "先到者");
        open(session);

        test($(Button.class).id("attendance-register")).click();
        $(TextField.class).id("register-name").setValue("后来者");
        $(TextField.class).id("register-phone").setValue(AttendanceFixtures.uniquePhone());
        test($(Button.class).id("register-new")).click();
        assertThat($(Checkbox.class).id("register-consent").isInvalid()).isTrue();
        assertThat(test(attendanceGrid()).size()).isEqualTo(1);

        test($(Checkbox.class).id("register-consent")).click();
        test($(Button.class).id("register-new")).click();

        assertThat($(Paragraph.class).id("registration-result").getText())
                .isEqualTo("名额已满，后来者 已进入候补名单，排第 1 位；有人取消时会自动递补。");
        assertThat($(TextField.class).id("ticket-link").getValue()).contains("/t/");
        assertThat(test(attendanceGrid()).getRow(1).residentName()).isEqualTo("后来者");
    }

    @Test
    @WithUserDetails("ngo")
    void findsAKnownResidentByPhoneAndRegistersThemInsteadOfADuplicate() {
        var first = AttendanceFixtures.sessionNow(programmes, sessions, "界面测试：查找", 5);
        var known = AttendanceFixtures.register(registrations, first, "老熟人");
        var second = sessions.addOutside(first.programmeId(), new org.servicecentre.programme.OutsideSessionDraft(
                "社区花园", first.start(), first.end()));
        open(second);

        test($(Button.class).id("attendance-register")).click();
        $(TextField.class).id("register-search").setValue(known.residentPhone());
        test($(Button.class).id("register-find")).click();
        test($(Button.class).withClassName("register-pick").single()).click();

        assertThat(test(attendanceGrid()).getRow(0).residentId()).isEqualTo(known.residentId());
    }

    private void open(SessionSummary session) {
        navigate(SessionAttendanceView.class, Map.of("id", Long.toString(session.id())));
    }

    @SuppressWarnings("unchecked")
    private Grid<AttendanceRow> attendanceGrid() {
        return $(Grid.class).id("attendance-grid");
    }

    private static String statusOf(com.vaadin.flow.component.grid.GridTester<Grid<AttendanceRow>, AttendanceRow> grid,
                                   int row) {
        return ((Span) grid.getCellComponent(row, STATUS)).getText();
    }

    private String counts() {
        return $(Div.class).id("attendance-counts").getElement().getTextRecursively();
    }
}
