package org.servicecentre.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.servicecentre.EmbeddedPostgresServer;
import org.servicecentre.MailSink;
import org.servicecentre.ServiceCentreApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application instances on one real PostgreSQL, sending to one real SMTP server: both dispatch the same outbox at
 * once (claims with FOR UPDATE SKIP LOCKED), one is shut down in the middle of its batch (it finishes the message at
 * hand and gives the rest back) and the other sends the rest: every message arrives exactly once. Then a node that
 * dies holding claims: its rows wait for the lease and are sent once by the survivor. And after a downtime: a
 * message still useful goes out late, a stale one is dropped with its reason.
 */
class OutboxTwoNodesPostgresIntegrationTest {

    private static final int MESSAGES = 400;

    @Test
    void everyDueMessageIsSentExactlyOnceByTwoNodesAlsoWhenOneStopsMidBatch() throws Exception {
        String url = EmbeddedPostgresServer.jdbcUrl("outbox_two_nodes");
        var first = start(url, "node-a", true);
        var second = start(url, "node-b", false);
        try {
            var jdbc = second.getBean(JdbcTemplate.class);
            String address = "two-nodes-" + UUID.randomUUID() + "@example.com";
            long manager = jdbc.queryForObject("select id from user_account where username = 'manager'", Long.class);
            jdbc.update("update user_account set email = ?, optional_messages = true where id = ?", address, manager);
            Instant now = Instant.now();
            var requests = new ArrayList<NotificationRequest>();
            for (int i = 0; i < MESSAGES; i++) {
                requests.add(new NotificationRequest("two-nodes:" + address + ":" + i, "test", Recipient.account(manager),
                        now.minusSeconds(i % 60), null, true, "/inbox",
                        (t, locale) -> new NotificationContent("Message", "Body", null)));
            }
            second.getBean(Outbox.class).scheduleAll(requests);

            var a = CompletableFuture.supplyAsync(() -> first.getBean(OutboxDispatcher.class).dispatchDue(Clock.systemUTC()));
            var b = CompletableFuture.supplyAsync(() -> second.getBean(OutboxDispatcher.class).dispatchDue(Clock.systemUTC()));
            while (receivedBy(address).size() < MESSAGES / 8 && !a.isDone()) {
                Thread.sleep(2);
            }
            first.close();
            var stopped = a.join();
            assertThat(stopped.sent()).as("node a was stopped before the end").isLessThan(2 * MESSAGES).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from notification where claimed_by = 'node-a'", Long.class))
                    .as("the stopped node gave back what it had not sent").isZero();
            assertThat(b.join().sent()).as("node b sent at the same time").isPositive();
            second.getBean(OutboxDispatcher.class).dispatchDue(Clock.systemUTC());

            assertThat(jdbc.queryForObject("select count(*) from notification where dedupe_key like ? "
                    + "and state = 'SENT'", Long.class, "two-nodes:" + address + ":%")).isEqualTo(2L * MESSAGES);
            var keys = new HashMap<String, Integer>();
            for (MimeMessage mail : receivedBy(address)) {
                keys.merge(mail.getHeader("X-Service-Centre-Key")[0], 1, Integer::sum);
            }
            assertThat(keys).hasSize(MESSAGES);
            assertThat(keys.values()).containsOnly(1);

            aNodeThatDiesHoldingClaimsIsTakenOverAfterTheLease(second, manager);
            afterDowntimeUsefulMessagesGoLateAndStaleOnesAreDropped(second, manager);
        } finally {
            first.close();
            second.close();
        }
    }

    private void aNodeThatDiesHoldingClaimsIsTakenOverAfterTheLease(ConfigurableApplicationContext node, long manager)
            throws Exception {
        var jdbc = node.getBean(JdbcTemplate.class);
        String address = "dies-" + UUID.randomUUID() + "@example.com";
        jdbc.update("update user_account set email = ? where id = ?", address, manager);
        Instant now = Instant.now();
        var requests = new ArrayList<NotificationRequest>();
        for (int i = 0; i < 20; i++) {
            requests.add(NotificationRequest.now("dies:" + address + ":" + i, "test", Recipient.account(manager), now,
                    true, null, (t, locale) -> new NotificationContent("Message", "Body", null)));
        }
        node.getBean(Outbox.class).scheduleAll(requests);
        var settings = node.getBean(NotificationSettings.class);
        node.getBean(OutboxClaims.class).claim("node-that-died", now, now.plus(settings.lease()), 1000);

        node.getBean(OutboxDispatcher.class).dispatchDue(Clock.fixed(now.plusSeconds(5), ZoneOffset.UTC));
        assertThat(receivedBy(address)).as("the lease still holds").isEmpty();

        node.getBean(OutboxDispatcher.class).dispatchDue(Clock.fixed(now.plus(settings.lease()).plusSeconds(1),
                ZoneOffset.UTC));
        assertThat(receivedBy(address)).hasSize(20);
        assertThat(jdbc.queryForObject("select count(*) from notification where claimed_by = 'node-that-died'",
                Long.class)).isZero();
    }

    private void afterDowntimeUsefulMessagesGoLateAndStaleOnesAreDropped(ConfigurableApplicationContext node,
                                                                        long manager) throws Exception {
        var jdbc = node.getBean(JdbcTemplate.class);
        String address = "downtime-" + UUID.randomUUID() + "@example.com";
        jdbc.update("update user_account set email = ? where id = ?", address, manager);
        Instant now = Instant.now();
        Instant dueBeforeTheOutage = now.minus(Duration.ofHours(5));
        var outbox = node.getBean(Outbox.class);
        outbox.schedule(new NotificationRequest("downtime:useful:" + address, "test", Recipient.account(manager),
                dueBeforeTheOutage, now.plus(Duration.ofHours(1)), true, null,
                (t, locale) -> new NotificationContent("Still useful", "Body", null)));
        outbox.schedule(new NotificationRequest("downtime:stale:" + address, "test", Recipient.account(manager),
                dueBeforeTheOutage, now.minus(Duration.ofHours(2)), true, null,
                (t, locale) -> new NotificationContent("Too late", "Body", null)));

        node.getBean(OutboxDispatcher.class).dispatchDue(Clock.fixed(now, ZoneOffset.UTC));

        assertThat(receivedBy(address)).singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Still useful"));
        assertThat(jdbc.queryForList("select last_error from notification where dedupe_key = ?", String.class,
                "downtime:stale:" + address)).hasSize(2).allSatisfy(reason -> assertThat(reason).startsWith("stale"));
    }

    private static ConfigurableApplicationContext start(String url, String node, boolean demoData) {
        int smtp = MailSink.server().getSmtp().getPort();
        return new SpringApplicationBuilder(ServiceCentreApplication.class)
                .registerShutdownHook(false)
                .run("--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn",
                        "--vaadin.devmode.devTools.enabled=false",
                        "--servicecentre.demo-data=" + demoData,
                        "--servicecentre.notification.dispatch.enabled=false",
                        "--servicecentre.checkin.auto-close.enabled=false",
                        "--servicecentre.reminder.scan.enabled=false",
                        "--servicecentre.occupancy.digests.enabled=false",
                        "--servicecentre.occupancy.no-show-release.enabled=false",
                        "--servicecentre.occupancy.proposals.enabled=false",
                        "--servicecentre.occupancy.usage-rollup.enabled=false",
                        "--spring.quartz.scheduler-name=two-nodes",
                        "--servicecentre.notification.node=" + node,
                        "--servicecentre.notification.batch-size=25",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp);
    }

    private static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(MailSink.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
