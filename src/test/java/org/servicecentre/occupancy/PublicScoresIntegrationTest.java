package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public scorecard of the hand-computed month (see {@link AttendanceScenarios}), read without any sign-in. */
@ServiceCentreTest
class PublicScoresIntegrationTest {

    static final Instant MID_NOVEMBER = AttendanceFixture.local("2025-11-15T12:00").toInstant();

    @Autowired
    PublicScores scores;

    @Autowired
    JdbcTemplate jdbc;

    AttendanceFixture f;

    @BeforeEach
    void writeTheMonth() {
        f = new AttendanceFixture(jdbc).build();
    }

    @Test
    void showsTheLastSixFullMonthsWithoutAnyoneSignedIn() {
        var card = scores.centre("AT" + f.tag, MID_NOVEMBER).orElseThrow();

        assertThat(card.from()).isEqualTo(YearMonth.of(2025, 5));
        assertThat(card.to()).isEqualTo(YearMonth.of(2025, 10));
        assertThat(card.index()).isEqualTo(85);
        assertThat(card.responses()).isEqualTo(13);
        assertThat(card.months()).extracting(PublicMonthScore::month, PublicMonthScore::sessions,
                PublicMonthScore::attendances, PublicMonthScore::walkIns, PublicMonthScore::responses,
                PublicMonthScore::index).endsWith(
                tuple(YearMonth.of(2025, 9), 1, 1, 1, 0, null),
                tuple(YearMonth.of(2025, 10), 4, 7, 2, 13, 85));
        assertThat(card.months()).hasSize(6);
        assertThat(card.sessions()).isEqualTo(5);
    }

    @Test
    void listsTheCentreWithItsIndex() {
        assertThat(scores.centres(MID_NOVEMBER)).filteredOn(c -> c.code().equals("AT" + f.tag))
                .extracting(PublicCentreScore::index, PublicCentreScore::responses)
                .containsExactly(tuple(85, 13));
    }

    @Test
    void anInactiveCentreIsNotPublic() {
        jdbc.update("update centre set active = false where id = ?", f.centre);

        assertThat(scores.centre("AT" + f.tag, MID_NOVEMBER)).isEmpty();
        assertThat(scores.centres(MID_NOVEMBER)).noneMatch(c -> c.code().equals("AT" + f.tag));
    }
}
