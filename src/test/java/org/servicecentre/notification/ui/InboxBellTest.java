package org.servicecentre.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.notification.ui.InboxReaders.READER;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.notification.NotificationRows;
import org.servicecentre.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class InboxBellTest extends SpringBrowserlessTest {

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
    void showsHowManyMessagesAreUnreadAndSaysItToScreenReaders() {
        var now = clock.instant();
        for (int i = 0; i < 3; i++) {
            rows.delivered(reader, "booking-approved", "预约已通过 " + i, "正文", null, now.minusSeconds(60 * i));
        }

        navigate(InboxView.class);

        var badge = badge();
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("3");
        assertThat($(Button.class).id("inbox-bell").getAriaLabel()).hasValue("3 条未读通知");
    }

    @Test
    @WithUserDetails(value = READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void hidesTheBadgeWhenNothingIsUnread() {
        navigate(InboxView.class);

        assertThat(badge().isVisible()).isFalse();
        assertThat($(Button.class).id("inbox-bell").getAriaLabel()).hasValue("没有未读通知");
    }

    @Test
    @WithUserDetails(value = READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void listsTheLatestMessagesNewestFirstWithWhenTheyCame() {
        var now = clock.instant();
        rows.delivered(reader, "session-reminder", "明天的活动提醒", "正文", null, now.minus(Duration.ofHours(3)));
        rows.delivered(reader, "booking-approved", "预约已通过", "正文", null, now.minus(Duration.ofMinutes(5)));
        navigate(InboxView.class);

        $(InboxBell.class).single().showLatest();

        assertThat($(Span.class).from(latest()).withClassName("inbox-line-subject").all()).extracting(Span::getText)
                .containsExactly("预约已通过", "明天的活动提醒");
        assertThat($(Span.class).from(latest()).withClassName("inbox-line-when").all()).extracting(Span::getText)
                .containsExactly("5 分钟前", "3 小时前");
        assertThat($(Span.class).from(latest()).withClassName("inbox-unread-dot").all()).hasSize(2);
    }

    @Test
    @WithUserDetails(value = READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void countsAgainAfterEverythingWasMarkedRead() {
        rows.delivered(reader, "booking-approved", "预约已通过", "正文", null, clock.instant());
        navigate(InboxView.class);
        $(InboxBell.class).single().showLatest();

        test($(Button.class).id("inbox-bell-mark-all")).click();

        assertThat(badge().isVisible()).isFalse();
        assertThat($(Span.class).from(latest()).withClassName("inbox-unread-dot").all()).isEmpty();
    }

    @Test
    @WithUserDetails(value = READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void picksUpAMessageThatArrivedSinceTheLastCount() {
        navigate(InboxView.class);
        rows.delivered(reader, "booking-approved", "新到的通知", "正文", null, clock.instant());

        $(InboxBell.class).single().refreshCount();

        assertThat(badge().getText()).isEqualTo("1");
    }

    private Div latest() {
        return $(Div.class).id("inbox-bell-latest");
    }

    /** The count badge, found even while hidden (queries list visible components only). */
    private Span badge() {
        return (Span) $(InboxBell.class).single().getChildren()
                .filter(c -> c.getId().filter("inbox-bell-count"::equals).isPresent()).findFirst().orElseThrow();
    }
}
