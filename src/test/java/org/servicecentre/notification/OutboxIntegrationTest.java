package org.servicecentre.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.MailSink;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The outbox end to end on H2 with a real SMTP server (GreenMail): scheduled once per key, rendered in the
 * recipient's language, sent once, stale messages dropped with a reason, opt-out respected, failures retried with
 * backoff until dead. Time is passed as fixed clocks, so "an hour later" takes no time.
 */
@ServiceCentreTest
class OutboxIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    OutboxClaims claims;

    @Autowired
    NotificationSettings settings;

    @Autowired
    OutboxAdmin admin;

    @Autowired
    List<ChannelSender> senders;

    @Autowired
    JdbcTemplate jdbc;

    private long manager;
    private String address;

    @BeforeEach
    void managerWithAnAddress() {
        manager = jdbc.queryForObject("select id from user_account where username = 'manager'", Long.class);
        address = "m-" + UUID.randomUUID() + "@example.com";
        jdbc.update("update user_account set email = ?, optional_messages = true, language = 'zh-CN' where id = ?",
                address, manager);
    }

    @AfterEach
    void managerAsTheDemoHasThem() {
        jdbc.update("update user_account set email = null, optional_messages = true, language = 'zh-CN' where id = ?",
                manager);
    }

    @Test
    void aMessageIsStoredOncePerChannelHoweverOftenItIsScheduled() {
        String key = "test:" + UUID.randomUUID();
        assertThat(outbox.schedule(request(key, NOW, null, false))).isEqualTo(2);
        assertThat(outbox.schedule(request(key, NOW, null, false))).isZero();
        assertThat(jdbc.queryForList("select channel from notification where dedupe_key = ? order by channel",
                String.class, key)).containsExactly("EMAIL", "INBOX");
    }

    @Test
    void theEmailArrivesOnceInTheRecipientsLanguageAsTextAndHtml() throws Exception {
        jdbc.update("update user_account set language = 'en' where id = ?", manager);
        String key = "test:" + UUID.randomUUID();
        outbox.schedule(request(key, NOW, null, false));

        dispatcher.dispatchDue(at(NOW.plusSeconds(1)));
        dispatcher.dispatchDue(at(NOW.plusSeconds(20)));

        List<MimeMessage> mine = receivedBy(address);
        assertThat(mine).hasSize(1);
        MimeMessage mail = mine.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Party Mass Service Centre");
        assertThat(mail.getHeader("X-Service-Centre-Key")).containsExactly(key);
        String raw = GreenMailUtil.getWholeMessage(mail);
        assertThat(raw).contains("text/plain").contains("text/html").contains("Open in the app");
        assertThat(jdbc.queryForList("select state from notification where dedupe_key = ?", String.class, key))
                .containsOnly("SENT");
    }

    @Test
    void chineseIsTheDefaultLanguage() throws Exception {
        String key = "test:" + UUID.randomUUID();
        outbox.schedule(request(key, NOW, null, false));
        dispatcher.dispatchDue(at(NOW.plusSeconds(1)));
        assertThat(receivedBy(address)).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("党群服务中心"));
    }

    @Test
    void aMessageNotYetDueWaits() {
        String key = "test:" + UUID.randomUUID();
        outbox.schedule(request(key, NOW.plus(Duration.ofHours(2)), null, false));
        dispatcher.dispatchDue(at(NOW));
        assertThat(states(key)).containsOnly("PENDING");
        dispatcher.dispatchDue(at(NOW.plus(Duration.ofHours(2))));
        assertThat(states(key)).containsOnly("SENT");
    }

    @Test
    void afterDowntimeUsefulMessagesGoOutLateAndStaleOnesAreDroppedWithTheReason() {
        String late = "test:" + UUID.randomUUID();
        String stale = "test:" + UUID.randomUUID();
        Instant due = NOW.minus(Duration.ofHours(3));
        outbox.schedule(request(late, due, NOW.plus(Duration.ofHours(1)), false));
        outbox.schedule(request(stale, due, NOW.minus(Duration.ofHours(1)), false));

        dispatcher.dispatchDue(at(NOW));

        assertThat(states(late)).containsOnly("SENT");
        assertThat(states(stale)).containsOnly("DROPPED");
        assertThat(jdbc.queryForList("select last_error from notification where dedupe_key = ?", String.class, stale))
                .allSatisfy(reason -> assertThat(reason).startsWith("stale: due " + due));
        assertThat(receivedBy(address)).hasSize(1);
    }

    @Test
    void optingOutDropsNonEssentialMessagesButNotEssentialOnes() {
        String reminder = "test:" + UUID.randomUUID();
        String decision = "test:" + UUID.randomUUID();
        String before = "test:" + UUID.randomUUID();
        outbox.schedule(request(before, NOW, null, false));
        jdbc.update("update user_account set optional_messages = false where id = ?", manager);

        outbox.schedule(request(reminder, NOW, null, false));
        outbox.schedule(request(decision, NOW, null, true));
        assertThat(states(reminder)).containsOnly("DROPPED");
        assertThat(states(decision)).containsOnly("PENDING");

        dispatcher.dispatchDue(at(NOW.plusSeconds(1)));
        assertThat(states(decision)).containsOnly("SENT");
        assertThat(states(before)).as("scheduled before opting out, dropped when due").containsOnly("DROPPED");
    }

    @Test
    void aFailingChannelIsRetriedWithBackoffUntilDeadAndAnAdminCanRetryIt() {
        String key = "test:" + UUID.randomUUID();
        outbox.schedule(request(key, NOW, null, true));
        var failing = new OutboxDispatcher(claims, List.of(new ChannelSender() {
            @Override
            public Channel channel() {
                return Channel.EMAIL;
            }

            @Override
            public void send(OutboxMessage message) {
                throw new IllegalStateException("SMTP says no");
            }
        }, inboxOnly()), outbox, settings);

        Instant t = NOW;
        for (int attempt = 1; attempt < settings.maxAttempts(); attempt++) {
            failing.dispatchDue(at(t));
            var row = emailRow(key);
            assertThat(row.state()).isEqualTo("FAILED");
            assertThat(row.attempts()).isEqualTo(attempt);
            assertThat(row.next()).isEqualTo(t.plus(settings.firstRetry().multipliedBy(1L << (attempt - 1))));
            failing.dispatchDue(at(row.next().minusSeconds(1)));
            assertThat(emailRow(key).attempts()).as("not before its time").isEqualTo(attempt);
            t = row.next();
        }
        failing.dispatchDue(at(t));
        assertThat(emailRow(key).state()).isEqualTo("DEAD");
        assertThat(jdbc.queryForObject("select last_error from notification where dedupe_key = ? and channel = 'EMAIL'",
                String.class, key)).isEqualTo("IllegalStateException: SMTP says no");

        retryAsAdmin(key);
        assertThat(emailRow(key).state()).isEqualTo("PENDING");
        dispatcher.dispatchDue(at(Instant.now().plusSeconds(1)));
        assertThat(emailRow(key).state()).isEqualTo("SENT");
    }

    @Test
    @WithUserDetails("admin")
    void onlyFailedOrDeadMessagesCanBeRetried() {
        String key = "test:" + UUID.randomUUID();
        outbox.schedule(request(key, NOW, null, true));
        long id = jdbc.queryForObject("select id from notification where dedupe_key = ? and channel = 'EMAIL'",
                Long.class, key);
        assertThatThrownBy(() -> admin.retry(id)).isInstanceOf(DomainException.class)
                .hasMessageContaining("NOTIFICATION_NOT_RETRYABLE");
    }

    @Test
    void aClaimExpiredOnADeadNodeIsTakenOverAndSentOnce() {
        String key = "test:" + UUID.randomUUID();
        outbox.schedule(request(key, NOW, null, true));
        var taken = claims.claim("node-that-dies", NOW, NOW.plus(settings.lease()), 10_000);
        assertThat(taken).extracting(OutboxMessage::key).contains(key);

        dispatcher.dispatchDue(at(NOW.plusSeconds(30)));
        assertThat(states(key)).as("still held by the other node's lease").containsOnly("CLAIMED");

        dispatcher.dispatchDue(at(NOW.plus(settings.lease()).plusSeconds(1)));
        assertThat(states(key)).containsOnly("SENT");
        assertThat(claims.sent(taken.getFirst().id(), "node-that-dies", NOW)).as("the dead node's late mark").isFalse();
        assertThat(receivedBy(address)).hasSize(1);
    }

    @Test
    void aRunThatSpendsItsTimeBudgetWithMessagesStillDueSaysSo() {
        String key = "test:" + UUID.randomUUID();
        outbox.schedule(request(key, NOW, null, true));
        var oneAtATime = new NotificationSettings(1, settings.lease(), settings.maxAttempts(), settings.firstRetry(),
                Duration.ZERO, "budget-node", null);
        var report = new OutboxDispatcher(claims, senders, outbox, oneAtATime).dispatchDue(at(NOW.plusSeconds(1)));
        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.more()).as("the job runs again at once").isTrue();

        var rest = dispatcher.dispatchDue(at(NOW.plusSeconds(2)));
        assertThat(rest.more()).isFalse();
        assertThat(states(key)).containsOnly("SENT");
    }

    private void retryAsAdmin(String key) {
        long id = jdbc.queryForObject("select id from notification where dedupe_key = ? and channel = 'EMAIL'",
                Long.class, key);
        org.servicecentre.security.SystemAuthentication.asSystem(() -> admin.retry(id));
    }

    private record Row(String state, int attempts, Instant next) {
    }

    private Row emailRow(String key) {
        return jdbc.queryForObject("select state, attempts, next_attempt_at from notification where dedupe_key = ? "
                + "and channel = 'EMAIL'", (rs, n) -> new Row(rs.getString(1), rs.getInt(2),
                rs.getTimestamp(3).toInstant()), key);
    }

    private static ChannelSender inboxOnly() {
        return new ChannelSender() {
            @Override
            public Channel channel() {
                return Channel.INBOX;
            }

            @Override
            public void send(OutboxMessage message) {
            }
        };
    }

    private List<String> states(String key) {
        return jdbc.queryForList("select state from notification where dedupe_key = ?", String.class, key);
    }

    private NotificationRequest request(String key, Instant due, Instant staleAt, boolean essential) {
        return new NotificationRequest(key, "test", Recipient.account(manager), due, staleAt, essential, "/inbox",
                (translations, locale) -> new NotificationContent(translations.translate(locale, "notify.layout.brand"),
                        "Body of " + key, null));
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    private static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(MailSink.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
