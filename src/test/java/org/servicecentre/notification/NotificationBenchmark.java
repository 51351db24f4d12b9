package org.servicecentre.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.servicecentre.EmbeddedPostgresServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The notification benchmark of issue 7, run by {@code bench/notifications/run} and never by {@code ./mvnw verify}
 * (the name does not end in Test). The whole app on the embedded PostgreSQL 17 of the tests, in a database of its own,
 * with the REAL clustered Quartz job {@code notification.send-notifications} (every 10 s) sending e-mail over SMTP to
 * an in-process counting sink ({@link SmtpSink}) through Spring's JavaMailSender. It writes {@code bench.messages}
 * e-mail reminders ({@link NotificationBenchRows}) due at random instants spread uniformly over {@code bench.window}
 * seconds of real time, starting a few seconds after they are written, and waits until all are sent. Then: lateness
 * (sent_at - due_at) p50/p99 from the table, throughput, the dispatcher's rate while it ran (from job_run), exactly
 * once (messages at the sink = rows, no key twice), and the rows of qrtz_triggers before and after. Beside it, in the
 * same run: the same messages sent straight to the same sink by a plain JavaMail loop ({@link
 * NotificationBenchBaseline}), and {@code Outbox.scheduleAll} timed on a sample. Fails only on a wrong result.
 */
@SpringBootTest(properties = {
        "servicecentre.demo-data=true",
        "logging.level.root=warn",
        "spring.main.banner-mode=off",
        "vaadin.devmode.devTools.enabled=false",
        "servicecentre.notification.dispatch.enabled=true",
        "servicecentre.checkin.auto-close.enabled=true",
        "servicecentre.base-url=https://fuwu.example.cn"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = NotificationBenchmark.Setup.class)
class NotificationBenchmark {

    static final String DATABASE = "bench_notify";
    static final int MESSAGES = Integer.getInteger("bench.messages", 100_000);
    static final Duration WINDOW = Duration.ofSeconds(Integer.getInteger("bench.window", 1200));
    static final int ACCOUNTS = Integer.getInteger("bench.accounts", 10_000);
    static final int BASELINE = Integer.getInteger("bench.baseline", 10_000);
    static final int GROUPED = Integer.getInteger("bench.grouped", 5_000);
    static final int SCHEDULE = Integer.getInteger("bench.schedule", 2_000);
    static final Duration LEAD = Duration.ofSeconds(Integer.getInteger("bench.lead", 15));
    static final Duration GRACE = Duration.ofSeconds(Integer.getInteger("bench.timeout", 1200));
    static final SmtpSink SINK = new SmtpSink();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailLayout layout;
    @Autowired
    Outbox outbox;
    @Autowired
    JavaMailSender mail;
    @Autowired
    NotificationSettings settings;
    @Autowired
    Clock clock;

    final List<String> report = new ArrayList<>();

    @Test
    void sendsAHundredThousandRemindersDueWithinTheWindowExactlyOnce() throws Exception {
        try {
            run();
        } finally {
            System.out.println("\n=== notification benchmark ===");
            report.forEach(System.out::println);
            System.out.println("=== end ===\n");
        }
    }

    private void run() throws Exception {
        say("PostgreSQL %s, %d cores, max heap %d MB; dispatcher: batch %d, lease %s, run budget %s, trigger every 10 s;"
                        + " load at start %s", jdbc.queryForObject("show server_version", String.class),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                settings.batchSize(), settings.lease(), settings.runBudget(), load());
        var triggersBefore = triggers();
        var rows = new NotificationBenchRows(jdbc, layout);
        rows.createAccounts(ACCOUNTS);
        scheduleSample(rows);

        double insertSeconds = rows.insert(MESSAGES, WINDOW, 7);
        say("written: %,d e-mail rows (non-essential reminders to %,d staff accounts, 1 in 5 in English) with plain "
                        + "JDBC batches of 1,000 in %.1f s (%,.0f rows/s); table now %d MB", MESSAGES, ACCOUNTS,
                insertSeconds, MESSAGES / insertSeconds,
                count("select pg_total_relation_size('notification')") >> 20);

        baseline();

        others = count("select count(*) from notification") - MESSAGES;
        if (others != 0) {
            say("note: %d other outbox rows (not the benchmark's) in the table; progress is polled by key", others);
        }
        Instant start = clock.instant().plus(LEAD);
        int moved = rows.shift(start);
        assertThat(moved).isEqualTo(MESSAGES);
        if (WINDOW.isZero()) {
            say("due: %,d messages, all at %s (a burst, as after a long downtime)", MESSAGES, start);
        } else {
            say("due: %,d messages at random instants from %s over %d s (%.1f due per second; the target's hour has "
                    + "%.1f)", MESSAGES, start, WINDOW.toSeconds(), MESSAGES / (double) WINDOW.toSeconds(),
                    MESSAGES / 3600.0);
        }
        var triggersDuring = triggers();
        waitUntilSent(start);
        results(start, triggersBefore, triggersDuring);
    }

    /** Outbox.scheduleAll on a sample (inbox + e-mail rows for staff), never due, then removed. */
    private void scheduleSample(NotificationBenchRows rows) {
        if (SCHEDULE == 0) {
            return;
        }
        var requests = new ArrayList<NotificationRequest>(SCHEDULE);
        Instant never = Instant.parse("2200-01-01T00:00:00Z");
        for (int i = 0; i < SCHEDULE; i++) {
            var to = rows.accounts.get(i % rows.accounts.size());
            requests.add(new NotificationRequest("bench-schedule:" + i, "session-reminder",
                    Recipient.account(to.id()), never, null, false, "/programmes/" + i,
                    NotificationBenchRows.reminder(i)));
        }
        outbox.scheduleAll(requests.subList(0, Math.min(200, SCHEDULE))); // warm-up
        jdbc.update("delete from notification where dedupe_key like 'bench-schedule:%'");
        long t = System.nanoTime();
        int written = outbox.scheduleAll(requests);
        double seconds = (System.nanoTime() - t) / 1e9;
        jdbc.update("delete from notification where dedupe_key like 'bench-schedule:%'");
        say("Outbox.scheduleAll of %,d requests in one transaction: %,d rows (inbox + e-mail) in %.1f s, %,.0f "
                + "requests/s (not used for the rows above)", SCHEDULE, written, seconds, SCHEDULE / seconds);
    }

    private void baseline() throws Exception {
        var baseline = new NotificationBenchBaseline(mail, settings.mailFrom());
        var mails = NotificationBenchBaseline.read(jdbc, Math.max(BASELINE, GROUPED));
        var warm = baseline.oneByOne(mails.subList(0, Math.min(500, mails.size())));
        SINK.reset();
        var plain = baseline.oneByOne(mails.subList(0, Math.min(BASELINE, mails.size())));
        long plainConnections = SINK.connections();
        assertThat(SINK.messages()).isEqualTo(plain.messages());
        assertThat(SINK.keysReceivedTwice()).isZero();
        SINK.reset();
        say("baseline, plain JavaMail loop, one send per message (as the e-mail channel): %,d messages in %.1f s = "
                        + "%,.0f /s over %,d SMTP connections (after %d warm-up; load %s)", plain.messages(),
                plain.seconds(), plain.rate(), plainConnections, warm.messages(), load());
        if (GROUPED > 0) {
            var grouped = baseline.grouped(mails.subList(0, Math.min(GROUPED, mails.size())), settings.batchSize());
            say("diagnosis, the same messages in groups of %d over one SMTP connection each: %,d in %.1f s = %,.0f /s "
                            + "over %,d connections", settings.batchSize(), grouped.messages(), grouped.seconds(),
                    grouped.rate(), SINK.connections());
            assertThat(SINK.messages()).isEqualTo(grouped.messages());
            SINK.reset();
        }
        baselineRate = plain.rate();
    }

    private double baselineRate;
    private long others;

    private void waitUntilSent(Instant start) throws InterruptedException {
        Instant deadline = start.plus(WINDOW).plus(GRACE);
        long backlogMax = 0;
        Instant last = Instant.EPOCH;
        while (clock.instant().isBefore(deadline)) {
            Thread.sleep(10_000);
            Instant now = clock.instant();
            // by state alone when the benchmark's rows are the only ones, so that polling reads the index, not the table
            String mine = others == 0 ? "" : " and dedupe_key like 'bench:%'";
            long done = count("select count(*) from notification where state in ('SENT', 'DEAD', 'DROPPED')" + mine);
            long backlog = jdbc.queryForObject("select count(*) from notification where state in ('PENDING', "
                    + "'FAILED', 'CLAIMED') and next_attempt_at <= ?" + mine, Long.class, Timestamp.from(now));
            backlogMax = Math.max(backlogMax, backlog);
            if (Duration.between(last, now).toSeconds() >= 60 || done == MESSAGES) {
                say("  %s +%4d s: done %,d, due and not yet sent %,d, sink %,d (load %s)", now,
                        Duration.between(start, now).toSeconds(), done, backlog, SINK.messages(), load());
                last = now;
            }
            if (done == MESSAGES) {
                break;
            }
        }
        say("largest backlog seen (due, not yet sent): %,d", backlogMax);
    }

    private void results(Instant start, List<String> triggersBefore, List<String> triggersDuring)
            throws InterruptedException {
        Thread.sleep(1_000); // the sink counts a message when the sender's DATA ends, a moment before the row update
        var states = jdbc.queryForList("select state, count(*) n from notification where dedupe_key like 'bench:%' "
                + "group by state order by state");
        Map<String, Object> late = jdbc.queryForMap("""
                select percentile_cont(0.5) within group (order by l) p50, percentile_cont(0.99) within group (order by l) p99,
                  max(l) maximum, avg(l) mean, min(l) minimum, max(sent_at) last_sent, min(sent_at) first_sent
                from (select extract(epoch from sent_at - due_at) l, sent_at from notification
                      where dedupe_key like 'bench:%' and state = 'SENT') s""");
        var p99ByFifth = jdbc.queryForList("""
                select round(percentile_cont(0.99) within group (order by l)::numeric, 1) p99 from (
                  select ntile(5) over (order by due_at) ntile, extract(epoch from sent_at - due_at) l
                  from notification where dedupe_key like 'bench:%' and state = 'SENT') s group by ntile order by ntile""",
                Double.class);
        double p50 = ((Number) late.get("p50")).doubleValue();
        double p99 = ((Number) late.get("p99")).doubleValue();
        Instant lastSent = ((Timestamp) late.get("last_sent")).toInstant();
        double span = Duration.between(start, lastSent).toMillis() / 1000.0;
        say("states: %s", states);
        say("lateness (sent_at - due_at): p50 %.1f s, p99 %.1f s, mean %.1f s, min %.2f s, max %.1f s; p99 by fifth "
                        + "of the window %s s; target p99 < 60 s: %s", p50, p99,
                ((Number) late.get("mean")).doubleValue(), ((Number) late.get("minimum")).doubleValue(),
                ((Number) late.get("maximum")).doubleValue(), p99ByFifth, met(p99 < 60));

        var runs = jdbc.queryForList("select started_at, finished_at, message from job_run where job_group = "
                + "'notification' and job_name = 'send-notifications' and started_at >= ? order by started_at",
                Timestamp.from(start.minusSeconds(10)));
        long sentByRuns = 0;
        double busy = 0;
        int working = 0;
        Pattern sent = Pattern.compile("sent (\\d+)");
        for (var run : runs) {
            System.out.println("[run] " + run); // in the log only: each dispatch run's start, end and result
            Matcher m = sent.matcher(String.valueOf(run.get("message")));
            long n = m.find() ? Long.parseLong(m.group(1)) : 0;
            if (n > 0 && run.get("finished_at") != null) {
                sentByRuns += n;
                working++;
                busy += Duration.between(((Timestamp) run.get("started_at")).toInstant(),
                        ((Timestamp) run.get("finished_at")).toInstant()).toMillis() / 1000.0;
            }
        }
        double dispatcherRate = sentByRuns / busy;
        say("throughput: %,d messages from the first due instant to the last sent in %.1f s = %,.0f /s (offered %.0f"
                        + " /s); dispatch job runs %d, %d of them sent something: %,d messages in %.1f s of running = "
                        + "%,.0f /s while running", MESSAGES, span, MESSAGES / span,
                WINDOW.isZero() ? Double.POSITIVE_INFINITY : MESSAGES / (double) WINDOW.toSeconds(), runs.size(),
                working, sentByRuns, busy, dispatcherRate);
        say("ratio, the outbox's rate while running / the plain JavaMail loop: %,.0f / %,.0f = %.2f",
                dispatcherRate, baselineRate, dispatcherRate / baselineRate);

        var triggersAfter = triggers();
        say("qrtz_triggers rows: %d before the messages were written, %d while they were due, %d after: %s "
                        + "(target: a handful whatever the number of messages: %s)", triggersBefore.size(),
                triggersDuring.size(), triggersAfter.size(), triggersAfter,
                met(triggersAfter.size() <= 10 && triggersDuring.size() <= 10));

        long sentRows = count("select count(*) from notification where dedupe_key like 'bench:%' and state = 'SENT'");
        long missing = jdbc.queryForList("select dedupe_key from notification where dedupe_key like 'bench:%'",
                String.class).stream().filter(k -> !SINK.received(k)).count();
        say("exactly once: rows %,d, SENT %,d; the sink received %,d messages over %,d SMTP connections, %,d distinct "
                        + "keys, %d keys twice, %d without a key, %d rows' keys never received", MESSAGES, sentRows,
                SINK.messages(), SINK.connections(), SINK.distinctKeys(), SINK.keysReceivedTwice(), SINK.withoutKey(),
                missing);
        say("load at the end: %s", load());
        assertThat(sentRows).isEqualTo(MESSAGES);
        assertThat(SINK.messages()).isEqualTo(MESSAGES);
        assertThat(SINK.distinctKeys()).isEqualTo(MESSAGES);
        assertThat(SINK.keysReceivedTwice()).isZero();
        assertThat(missing).isZero();
    }

    private List<String> triggers() {
        return jdbc.queryForList("select trigger_group || '.' || trigger_name from qrtz_triggers order by 1",
                String.class);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String load() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        report.add(line);
        System.out.println("[bench] " + line);
    }

    private static String met(boolean met) {
        return met ? "MET" : "MISSED";
    }

    /** A database of its own on the embedded server, and e-mail to the counting sink. */
    static class Setup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench", Map.of(
                    "spring.datasource.url", EmbeddedPostgresServer.jdbcUrl(DATABASE),
                    "spring.datasource.username", EmbeddedPostgresServer.USER,
                    "spring.datasource.password", "",
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", String.valueOf(SINK.port()))));
        }
    }
}
