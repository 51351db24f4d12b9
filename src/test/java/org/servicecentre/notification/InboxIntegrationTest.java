package org.servicecentre.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The inbox shows, opens and marks only the signed-in user's own delivered messages. */
@ServiceCentreTest
class InboxIntegrationTest {

    private static final Instant NOON = Instant.parse("2026-11-20T04:00:00Z");

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    NotificationRows rows;

    @BeforeEach
    void rows() {
        rows = new NotificationRows(jdbc);
    }

    @Test
    @WithUserDetails("officer")
    void listsTheCallersDeliveredMessagesNewestFirstAndNothingElse() {
        long officer = rows.accountId("officer");
        long older = rows.delivered(officer, "booking-approved", "较早的通知", "正文", null, NOON);
        long newer = rows.delivered(officer, "booking-declined", "较新的通知", "正文", "/bookings/1",
                NOON.plusSeconds(60));
        long pending = rows.row("booking-approved", Channel.INBOX, NotificationState.PENDING, "x", null, "还没发出",
                null, 0, NOON.plusSeconds(120));
        jdbc.update("update notification set recipient_account_id = ? where id = ?", officer, pending);
        long someoneElses = rows.delivered(rows.accountId("manager"), "booking-approved", "别人的通知", "正文", null,
                NOON.plusSeconds(180));

        var ids = inbox.list(false, 0, 1000).stream().map(InboxItem::id).toList();

        assertThat(ids).containsSubsequence(newer, older).doesNotContain(pending, someoneElses);
        assertThat(inbox.find(newer)).hasValueSatisfying(item -> {
            assertThat(item.subject()).isEqualTo("较新的通知");
            assertThat(item.link()).isEqualTo("/bookings/1");
            assertThat(item.unread()).isTrue();
        });
    }

    @Test
    @WithUserDetails("officer")
    void cannotOpenOrMarkAnotherUsersMessage() {
        long managersMessage = rows.delivered(rows.accountId("manager"), "session-reminder", "经理的提醒", "正文", null,
                NOON);

        inbox.markRead(managersMessage);

        assertThat(inbox.find(managersMessage)).isEmpty();
        assertThat(rows.isRead(managersMessage)).isFalse();
    }

    @Test
    @WithUserDetails("ngo")
    void marksAllOfTheCallersMessagesReadAndNoOneElses() {
        long ngo = rows.accountId("ngo");
        long mine = rows.delivered(ngo, "session-reminder", "我的提醒", "正文", null, NOON);
        long managers = rows.delivered(rows.accountId("manager"), "session-reminder", "经理的提醒", "正文", null, NOON);
        assertThat(inbox.unreadCount()).isPositive();

        inbox.markAllRead();

        assertThat(inbox.unreadCount()).isZero();
        assertThat(inbox.count(true)).isZero();
        assertThat(rows.isRead(mine)).isTrue();
        assertThat(rows.isRead(managers)).isFalse();
    }
}
