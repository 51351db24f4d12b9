package org.servicecentre.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.notification.ui.InboxReaders.READER;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tabs;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.notification.InboxItem;
import org.servicecentre.notification.NotificationRows;
import org.servicecentre.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class InboxViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    NotificationRows rows;
    long reader;

    @BeforeEach
    void anEmptyInbox() {
        InboxReaders.ensure(accounts, READER, "通知读者");
        rows = new NotificationRows(jdbc);
        reader = rows.accountId(READER);
        rows.clearInboxOf(reader);
    }

    @Test
    @WithUserDetails(value = READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void opensAMessageShowsItsTextAndMarksItRead() {
        long id = rows.delivered(reader, "booking-approved", "预约已通过：科技园 活动室 1",
                "您的预约已通过。\n\n时间：11 月 26 日 14:00–16:00", "/bookings/7", clock.instant());
        navigate(InboxView.class);
        var grid = $(Grid.class).id("inbox-grid");
        assertThat(test(grid).size()).isEqualTo(1);

        test(grid).clickRow(0);

        assertThat($(H2.class).id("inbox-message-subject").getText()).isEqualTo("预约已通过：科技园 活动室 1");
        assertThat($(Paragraph.class).from($(Div.class).id("inbox-message-body")).all()).extracting(Paragraph::getText)
                .containsExactly("您的预约已通过。", "时间：11 月 26 日 14:00–16:00");
        assertThat($(Button.class).id("inbox-message-follow").isVisible()).isTrue();
        assertThat(rows.isRead(id)).isTrue();
        assertThat($(Button.class).id("inbox-bell").getAriaLabel()).hasValue("没有未读通知");
    }

    @Test
    @WithUserDetails(value = READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void opensTheMessageNamedInTheAddress() {
        long id = rows.delivered(reader, "session-reminder", "明天的活动提醒", "别忘了明天的活动。", null, clock.instant());

        navigate("inbox/" + id, InboxView.class);

        assertThat($(H2.class).id("inbox-message-subject").getText()).isEqualTo("明天的活动提醒");
        assertThat($(Button.class).withId("inbox-message-follow").exists()).isFalse();
        assertThat(rows.isRead(id)).isTrue();
    }

    @Test
    @WithUserDetails(value = READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void doesNotOpenSomeoneElsesMessageFromTheAddress() {
        long managers = rows.delivered(rows.accountId("manager"), "booking-requested", "经理的待审批", "正文", null,
                clock.instant());

        navigate("inbox/" + managers, InboxView.class);

        assertThat($(H2.class).withId("inbox-message-subject").exists()).isFalse();
        assertThat(rows.isRead(managers)).isFalse();
    }

    @Test
    @WithUserDetails(value = READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void showsOnlyUnreadOnesUntilAllAreMarkedRead() {
        rows.delivered(reader, "booking-approved", "第一条", "正文", null, clock.instant().minusSeconds(120));
        long read = rows.delivered(reader, "booking-declined", "第二条", "正文", null, clock.instant().minusSeconds(60));
        jdbc.update("update notification set read_at = sent_at where id = ?", read);
        navigate(InboxView.class);
        var grid = $(Grid.class).id("inbox-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat($(Tabs.class).id("inbox-filter").getSelectedTab().getLabel()).isEqualTo("未读（1）");

        test($(Button.class).id("inbox-mark-all")).click();

        assertThat(test(grid).size()).isZero();
        test($(Tabs.class).id("inbox-filter")).select(1);
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(((InboxItem) test(grid).getRow(0)).subject()).isEqualTo("第二条");
    }

    @Test
    @WithUserDetails(value = READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void saysWhatArrivesHereWhenTheInboxIsEmpty() {
        navigate(InboxView.class);

        assertThat(test($(Grid.class).id("inbox-grid")).size()).isZero();
        assertThat($(Div.class).id("inbox-empty").getElement().getTextRecursively()).contains("这里还没有通知")
                .contains("预约提交");
    }
}
