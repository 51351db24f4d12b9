package org.servicecentre.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingStartFixtures;
import org.servicecentre.checkin.StaffStartOutcome;
import org.servicecentre.checkin.StaffStarts;
import org.servicecentre.security.Role;
import org.servicecentre.security.StaffCodes;
import org.springframework.beans.factory.annotation.Autowired;

/** The kiosk's answer to a staff code, as the check-in screen will show it at 高新区 (GXQ). */
@ServiceCentreTest
class StaffStartPanelTest extends SpringBrowserlessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    StaffStarts starts;

    @Autowired
    StaffCodes codes;

    @Autowired
    BookingStartFixtures fixtures;

    private long gxq;
    private long organisation;
    private String code;
    private int done;

    @BeforeEach
    void aSocialWorkerWithAStaffCode() {
        gxq = fixtures.centre("GXQ");
        organisation = fixtures.organisation();
        var worker = fixtures.account(Role.NGO_STAFF, "陈社工", organisation, Set.of());
        code = fixtures.as(worker, codes::issue).code();
    }

    @Test
    void theOneBookingOnNowIsConfirmedAndShownWithRoomTimeAndPurpose() {
        var booking = fixtures.bookNow(fixtures.room(), organisation, -5, 60);
        var panel = panel();

        kiosk(() -> panel.scanned(code));

        assertThat(panel.outcome()).isEqualTo(StaffStartOutcome.STARTED);
        assertThat($(H1.class).id("kiosk-staff-title").getText()).isEqualTo("已确认开始");
        assertThat(lines()).contains("陈社工，谢谢！")
                .anySatisfy(line -> assertThat(line).startsWith(booking.roomName() + " · "))
                .anySatisfy(line -> assertThat(line).endsWith("：开始确认测试"));
        panel.timedOut(1);
        assertThat(done).isOne();
    }

    @Test
    void severalBookingsAreBigButtonsAndTappingOneConfirmsIt() {
        fixtures.bookNow(fixtures.room(), organisation, -5, 60);
        var soon = fixtures.bookNow(fixtures.room(), organisation, 20, 60);
        var panel = panel();

        kiosk(() -> panel.scanned(code));
        var choices = $(Button.class).withClassName("kiosk-staff-choice").all();
        assertThat(choices).hasSize(2);
        assertThat(choices.get(1).getElement().getTextRecursively()).contains(soon.roomName()).contains("开始确认测试");
        kiosk(() -> test(choices.get(1)).click());

        assertThat(panel.outcome()).isEqualTo(StaffStartOutcome.STARTED);
        assertThat(lines()).anySatisfy(line -> assertThat(line).startsWith(soon.roomName()));
        assertThat(done).isZero();
    }

    @Test
    void backFromTheChoiceHandsTheScreenBack() {
        fixtures.bookNow(fixtures.room(), organisation, -5, 60);
        fixtures.bookNow(fixtures.room(), organisation, 20, 60);
        var panel = panel();
        kiosk(() -> panel.scanned(code));

        test($(Button.class).id("kiosk-staff-back")).click();

        assertThat(done).isOne();
    }

    @Test
    void nothingToStartAndAnInvalidCodeEachSaySo() {
        var panel = panel();

        kiosk(() -> panel.scanned(code));
        var nothing = $(H1.class).id("kiosk-staff-title").getText();
        kiosk(() -> panel.scanned("scs_not-a-code"));

        assertThat(nothing).isEqualTo("现在没有要开始的预约");
        assertThat($(H1.class).id("kiosk-staff-title").getText()).isEqualTo("工作人员签到码无效");
        assertThat(panel.outcome()).isEqualTo(StaffStartOutcome.NOT_VALID);
    }

    private StaffStartPanel panel() {
        var panel = new StaffStartPanel(starts, gxq, BookingStartFixtures.KIOSK_ID, SHANGHAI, () -> done++);
        UI.getCurrent().add(panel);
        return panel;
    }

    private java.util.List<String> lines() {
        return $(Paragraph.class).withClassName("kiosk-answer-line").all().stream().map(Paragraph::getText).toList();
    }

    private void kiosk(Runnable work) {
        fixtures.asKiosk(gxq, () -> {
            work.run();
            return null;
        });
    }
}
