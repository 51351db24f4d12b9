package org.servicecentre.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin's outbox: filters narrow by state, channel, kind and text; failed and dead messages can be sent again. */
@ServiceCentreTest
class OutboxAdminIntegrationTest {

    private static final Instant DUE = Instant.parse("2026-11-20T04:00:00Z");

    @Autowired
    OutboxAdmin outbox;

    @Autowired
    JdbcTemplate jdbc;

    NotificationRows rows;
    String kind;

    @BeforeEach
    void rows() {
        rows = new NotificationRows(jdbc);
        kind = "test-kind-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithUserDetails("admin")
    void filtersByStateChannelKindAndText() {
        long deadMail = rows.row(kind, Channel.EMAIL, NotificationState.DEAD, "王芳", "wangfang@example.com",
                "预约已批准 A", "550 mailbox unavailable", 5, DUE);
        long sentSms = rows.row(kind, Channel.SMS, NotificationState.SENT, "张*", "13812341234", "活动提醒 B", null, 1,
                DUE.plusSeconds(60));
        rows.row(kind, Channel.INBOX, NotificationState.PENDING, "王芳", null, "周报 C", null, 0, DUE.plusSeconds(120));

        assertThat(ids(new OutboxFilter(null, null, kind, null))).hasSize(3);
        assertThat(ids(new OutboxFilter(NotificationState.DEAD, null, kind, null))).containsExactly(deadMail);
        assertThat(ids(new OutboxFilter(null, Channel.SMS, kind, null))).containsExactly(sentSms);
        assertThat(ids(new OutboxFilter(null, null, kind, "活动提醒"))).containsExactly(sentSms);
        assertThat(outbox.count(new OutboxFilter(null, Channel.EMAIL, kind, " "))).isEqualTo(1);
        assertThat(outbox.kinds()).contains(kind);
    }

    @Test
    @WithUserDetails("admin")
    void showsAddressesMasked() {
        rows.row(kind, Channel.EMAIL, NotificationState.SENT, "王芳", "wangfang@example.com", "邮件", null, 1, DUE);
        rows.row(kind, Channel.SMS, NotificationState.SENT, "张*", "13812341234", "短信", null, 1, DUE);

        var addresses = outbox.list(new OutboxFilter(null, null, kind, null), 0, 10).stream()
                .map(OutboxEntry::address).toList();

        assertThat(addresses).containsExactlyInAnyOrder("w***@example.com", "138****1234");
    }

    @Test
    @WithUserDetails("admin")
    void retriesAFailedOrDeadMessageAndRefusesASentOne() {
        long dead = rows.row(kind, Channel.EMAIL, NotificationState.DEAD, "王芳", "w@example.com", "死信", "timeout", 5,
                DUE);
        long failed = rows.row(kind, Channel.EMAIL, NotificationState.FAILED, "王芳", "w@example.com", "失败", "timeout",
                2, DUE);
        long sent = rows.row(kind, Channel.EMAIL, NotificationState.SENT, "王芳", "w@example.com", "已发", null, 1, DUE);

        outbox.retry(dead);
        outbox.retry(failed);
        var refused = catchThrowable(() -> outbox.retry(sent));

        assertThat(rows.state(dead)).isEqualTo("PENDING");
        assertThat(rows.state(failed)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select attempts from notification where id = ?", Integer.class, dead)).isZero();
        assertThat(refused).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("NOTIFICATION_NOT_RETRYABLE");
        assertThat(rows.state(sent)).isEqualTo("SENT");
    }

    @Test
    @WithUserDetails("admin")
    void retriesEveryDeadMessageAndLeavesTheOthers() {
        long first = rows.row(kind, Channel.EMAIL, NotificationState.DEAD, "甲", "a@example.com", "一", "x", 5, DUE);
        long second = rows.row(kind, Channel.SMS, NotificationState.DEAD, "乙", "13900000000", "二", "x", 5, DUE);
        long failed = rows.row(kind, Channel.EMAIL, NotificationState.FAILED, "丙", "c@example.com", "三", "x", 2, DUE);
        long deadBefore = outbox.countsByState().get(NotificationState.DEAD);

        int retried = outbox.retryAllDead();

        assertThat(retried).isEqualTo(deadBefore).isGreaterThanOrEqualTo(2);
        assertThat(outbox.countsByState().get(NotificationState.DEAD)).isZero();
        assertThat(rows.state(first)).isEqualTo("PENDING");
        assertThat(rows.state(second)).isEqualTo("PENDING");
        assertThat(rows.state(failed)).isEqualTo("FAILED");
    }

    @Test
    @WithUserDetails("manager")
    void keepsTheOutboxFromEveryoneButAdmins() {
        assertThat(catchThrowable(() -> outbox.count(OutboxFilter.all()))).isInstanceOf(AccessDeniedException.class);
        assertThat(catchThrowable(() -> outbox.retryAllDead())).isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<Long> ids(OutboxFilter filter) {
        return outbox.list(filter, 0, 100).stream().map(OutboxEntry::id).toList();
    }
}
