package org.servicecentre.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ServiceCentreTest
class OutboxClaimsIntegrationTest {

    @Autowired
    OutboxWriter writer;
    @Autowired
    OutboxClaims claims;
    @Autowired
    JdbcTemplate jdbc;

    final String prefix = "claims-test:" + UUID.randomUUID() + ":";
    // far in the past, so that no other test's rows are due before these
    final Instant now = Instant.parse("2001-01-01T10:00:00Z");

    @AfterEach
    void removeRows() {
        jdbc.update("delete from notification where dedupe_key like ?", prefix + "%");
    }

    @Test
    void claimsDueRetriesAndNewMessagesOldestFirstButNothingNotYetDue() {
        long late = row("late", now.minusSeconds(30));
        long early = row("early", now.minusSeconds(90));
        long retry = row("retry", now.minusSeconds(10));
        jdbc.update("update notification set state = 'FAILED' where id = ?", retry);
        row("future", now.plusSeconds(60));

        var batch = claims.claim("node-a", now, now.plus(Duration.ofMinutes(5)), 3);

        assertThat(batch).extracting(OutboxMessage::id).containsExactlyInAnyOrder(early, late, retry);
        assertThat(claims.claim("node-b", now, now.plus(Duration.ofMinutes(5)), 3)).isEmpty();
    }

    @Test
    void takesNoMoreThanTheBatchSizeAndTheEarliestDueFirst() {
        long first = row("first", now.minusSeconds(300));
        long second = row("second", now.minusSeconds(200));
        row("third", now.minusSeconds(100));

        var batch = claims.claim("node-a", now, now.plus(Duration.ofMinutes(5)), 2);

        assertThat(batch).extracting(OutboxMessage::id).containsExactly(first, second);
    }

    private long row(String name, Instant due) {
        String key = prefix + name;
        writer.insertIfAbsent(new OutboxRow(key, "claims-test", Channel.EMAIL, null, null, "Test", "t@example.org",
                "en", new NotificationContent("Subject", "Text", null), null, true, due, null,
                NotificationState.PENDING, null, due));
        return jdbc.queryForObject("select id from notification where dedupe_key = ?", Long.class, key);
    }
}
