package org.servicecentre.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.notification.Channel;
import org.servicecentre.notification.NotificationRows;
import org.servicecentre.notification.NotificationState;
import org.servicecentre.notification.OutboxEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class OutboxViewTest extends SpringBrowserlessTest {

    private static final Instant DUE = Instant.parse("2026-11-20T04:00:00Z");

    @Autowired
    JdbcTemplate jdbc;

    NotificationRows rows;
    String subject;

    @BeforeEach
    void rows() {
        rows = new NotificationRows(jdbc);
        subject = "屏幕测试 " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithUserDetails("admin")
    void listsMessagesWithMaskedAddressesAndFiltersThem() {
        rows.row("booking-approved", Channel.EMAIL, NotificationState.SENT, "王芳", "wangfang@example.com",
                subject + " 邮件", null, 1, DUE);
        rows.row("booking-approved", Channel.SMS, NotificationState.DEAD, "张*", "13812341234", subject + " 短信",
                "provider said no", 5, DUE.plusSeconds(60));
        navigate(OutboxView.class);

        test($(TextField.class).id("outbox-search")).setValue(subject);
        var grid = $(Grid.class).id("outbox-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellComponent(0, "due").getElement().getTextRecursively())
                .isEqualTo("2026-11-2012:01:00");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("短信");
        assertThat(test(grid).getCellText(0, 7)).isEqualTo("provider said no");
        assertThat(test(grid).getCellComponent(0, "recipient").getElement().getTextRecursively())
                .isEqualTo("张*138****1234");
        assertThat(test(grid).getCellComponent(1, "recipient").getElement().getTextRecursively())
                .isEqualTo("王芳w***@example.com");

        test($(ComboBox.class).id("outbox-channel-filter")).selectItem("邮件");

        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(((OutboxEntry) test(grid).getRow(0)).subject()).isEqualTo(subject + " 邮件");
    }

    @Test
    @WithUserDetails("admin")
    void filtersByAStateWhenItsCountIsClicked() {
        rows.row("booking-approved", Channel.EMAIL, NotificationState.SENT, "王芳", "w@example.com", subject + " 已发",
                null, 1, DUE);
        rows.row("booking-approved", Channel.EMAIL, NotificationState.FAILED, "王芳", "w@example.com", subject + " 失败",
                "timeout", 2, DUE);
        navigate(OutboxView.class);
        test($(TextField.class).id("outbox-search")).setValue(subject);

        test($(Div.class).id("outbox-count-failed")).click();

        assertThat($(ComboBox.class).id("outbox-state-filter").getValue()).isEqualTo(NotificationState.FAILED);
        var grid = $(Grid.class).id("outbox-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat($(Div.class).id("outbox-count-failed").hasClassName("chosen")).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void retriesADeadMessageAfterConfirmation() {
        long dead = rows.row("digest-weekly", Channel.EMAIL, NotificationState.DEAD, "王芳", "w@example.com", subject,
                "550 mailbox unavailable", 5, DUE);
        navigate(OutboxView.class);
        test($(TextField.class).id("outbox-search")).setValue(subject);

        var grid = $(Grid.class).id("outbox-grid");
        ((Button) test(grid).getCellComponent(0, "actions")).click();
        assertThat(rows.state(dead)).isEqualTo("DEAD");
        test($(ConfirmDialog.class).id("confirm-retry")).confirm();

        assertThat(rows.state(dead)).isEqualTo("PENDING");
        assertThat(test(grid).getCellComponent(0, "actions")).isNotInstanceOf(Button.class);
    }

    @Test
    @WithUserDetails("admin")
    void saysWhenNothingMatchesTheFilters() {
        navigate(OutboxView.class);

        test($(TextField.class).id("outbox-search")).setValue("no-such-notification-" + UUID.randomUUID());

        assertThat(test($(Grid.class).id("outbox-grid")).size()).isZero();
        assertThat($(Paragraph.class).withText("没有符合筛选条件的通知。可以清除或放宽筛选条件再看。").exists()).isTrue();
    }

    @Test
    @WithUserDetails("officer")
    void keepsEveryoneButAdminsOut() {
        var refused = catchThrowable(() -> navigate(OutboxView.class));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }
}
