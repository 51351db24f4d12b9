package org.servicecentre.notification;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.servicecentre.shared.Languages;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's data: staff accounts with an e-mail address, and outbox rows written with plain JDBC batches in the
 * shape {@link OutboxWriter} writes them (same columns and values, the e-mail row of {@link Outbox}: subject, text with
 * the link, HTML from the real {@link MailLayout}, in the recipient's language), due at {@link #BASE} plus a random
 * offset within the window, so that nothing is due while they are written; {@link #shift} then moves them all to start
 * at a given instant in one update.
 */
final class NotificationBenchRows {

    static final String KEY_PREFIX = "bench:session-reminder:1h:";
    static final Instant BASE = Instant.parse("2100-01-01T00:00:00Z");
    private static final int BATCH = 1000;
    private static final String INSERT = "insert into notification (dedupe_key, kind, channel, recipient_account_id, "
            + "recipient_resident_id, recipient_name, address, language, subject, body_text, body_html, link, "
            + "essential, due_at, stale_at, state, attempts, next_attempt_at, last_error, created_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) "
            + "on conflict (dedupe_key, channel) do nothing";

    record Account(long id, String name, String email, Locale locale) {
    }

    private final JdbcTemplate jdbc;
    private final MailLayout layout;
    final List<Account> accounts = new ArrayList<>();

    NotificationBenchRows(JdbcTemplate jdbc, MailLayout layout) {
        this.jdbc = jdbc;
        this.layout = layout;
    }

    /** NGO staff accounts of the first organisation, every fifth in English, all with an address and reminders on. */
    void createAccounts(int count) {
        jdbc.update("""
                insert into user_account (username, display_name, password_hash, role, organisation_id, enabled,
                  language, created_at, email, optional_messages)
                select 'bench-staff-' || lpad(g::text, 6, '0'), '基准社工' || g, '{noop}not-used', 'NGO_STAFF',
                  (select min(id) from organisation), true, case when g % 5 = 0 then 'en' else 'zh-CN' end, now(),
                  'staff' || g || '@bench.example', true
                from generate_series(1, ?) g""", count);
        jdbc.query("select id, display_name, email, language from user_account where username like 'bench-staff-%' "
                + "order by id", rs -> {
            accounts.add(new Account(rs.getLong(1), rs.getString(2), rs.getString(3),
                    Languages.closest(rs.getString(4))));
        });
    }

    /** A non-essential reminder to NGO staff an hour before their session, as the reminders module will send it. */
    static NotificationMessage reminder(int i) {
        String title = "社区长者智能手机课堂 第" + (i % 40 + 1) + "讲";
        String time = String.format(Locale.ROOT, "%02d:%02d", 8 + i % 13, i % 2 * 30);
        int registered = i % 21;
        return (translations, locale) -> locale.getLanguage().equals("en")
                ? new NotificationContent("Starts in 1 hour: " + title + " at " + time,
                "Hello,\n\nYour session \"" + title + "\" starts at " + time + " in room 活动室" + (i % 9 + 1)
                        + ". " + registered + " of 20 places are taken.\n\nPlease arrive early to set up.", null)
                : new NotificationContent("活动提醒：" + title + " 将于 " + time + " 开始",
                "您好：\n\n您机构的活动“" + title + "”将于 " + time + " 在活动室" + (i % 9 + 1) + "开始，目前已报名 "
                        + registered + "/20 人。\n\n请提前到场做好准备。", null);
    }

    static String key(int i) {
        return KEY_PREFIX + String.format(Locale.ROOT, "%07d", i);
    }

    /** Writes {@code count} e-mail rows due at BASE + [0, window), round robin over the accounts; returns seconds. */
    double insert(int count, Duration window, long seed) {
        var random = new Random(seed);
        long windowMillis = window.toMillis();
        Instant created = Instant.now();
        long start = System.nanoTime();
        for (int from = 0; from < count; from += BATCH) {
            var rows = new ArrayList<OutboxRow>(BATCH);
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                Account to = accounts.get(i % accounts.size());
                Instant due = BASE.plusMillis((long) (random.nextDouble() * windowMillis));
                String link = "/programmes/" + (1000 + i % 500);
                var content = reminder(i).render(null, to.locale());
                var sent = new NotificationContent(content.subject(), layout.text(content, link, to.locale()),
                        layout.html(content, link, to.locale()));
                rows.add(new OutboxRow(key(i), "session-reminder", Channel.EMAIL, to.id(), null, to.name(),
                        to.email(), Languages.tagOf(to.locale()), sent, link, false, due,
                        due.plus(Duration.ofHours(1)), NotificationState.PENDING, null, created));
            }
            jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int n) throws SQLException {
                    set(ps, rows.get(n));
                }

                @Override
                public int getBatchSize() {
                    return rows.size();
                }
            });
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Moves every benchmark row so that BASE becomes {@code start}; returns how many moved. */
    int shift(Instant start) {
        Timestamp to = Timestamp.from(start);
        Timestamp from = Timestamp.from(BASE);
        return jdbc.update("update notification set due_at = cast(? as timestamptz) + (due_at - cast(? as timestamptz)), "
                + "next_attempt_at = cast(? as timestamptz) + (next_attempt_at - cast(? as timestamptz)), "
                + "stale_at = cast(? as timestamptz) + (stale_at - cast(? as timestamptz)) where dedupe_key like 'bench:%'", to, from, to, from, to, from);
    }

    private static void set(PreparedStatement ps, OutboxRow row) throws SQLException {
        int i = 1;
        ps.setString(i++, row.key());
        ps.setString(i++, row.kind());
        ps.setString(i++, row.channel().name());
        ps.setObject(i++, row.accountId());
        ps.setObject(i++, row.residentId());
        ps.setString(i++, row.recipientName());
        ps.setString(i++, row.address());
        ps.setString(i++, row.language());
        ps.setString(i++, row.content().subject());
        ps.setString(i++, row.content().text());
        ps.setString(i++, row.content().html());
        ps.setString(i++, row.link());
        ps.setBoolean(i++, row.essential());
        ps.setTimestamp(i++, Timestamp.from(row.dueAt()));
        ps.setTimestamp(i++, Timestamp.from(row.staleAt()));
        ps.setString(i++, row.state().name());
        ps.setTimestamp(i++, Timestamp.from(row.dueAt()));
        ps.setString(i++, row.reason());
        ps.setTimestamp(i, Timestamp.from(row.createdAt()));
    }
}
