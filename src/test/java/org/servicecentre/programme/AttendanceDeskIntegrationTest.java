package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;

/** What a kiosk lists for its centre: sessions of several programmes, earliest first. */
@ServiceCentreTest
class AttendanceDeskIntegrationTest {

    @Autowired
    AttendanceDesk desk;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    CentreService centres;

    @Test
    void listsTheSessionsOfSeveralProgrammesAtTheCentreEarliestFirst() {
        long ntc = SystemAuthentication.asSystem(() -> centres.getByCode("NTC")).id();
        // far ahead, so that no other test's sessions at NTC fall in the window
        var base = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(300));
        var first = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var second = fixtures.programme(10, RegistrationMode.PER_SESSION);
        var a20 = fixtures.moveTo(fixtures.outsideSession(first.id(), 2), ntc, base.plus(Duration.ofMinutes(20)),
                Duration.ofMinutes(30));
        var a10 = fixtures.moveTo(fixtures.outsideSession(first.id(), 3), ntc, base.plus(Duration.ofMinutes(10)),
                Duration.ofMinutes(30));
        var b5 = fixtures.moveTo(fixtures.outsideSession(second.id(), 4), ntc, base.plus(Duration.ofMinutes(5)),
                Duration.ofMinutes(30));

        var listed = fixtures.as("admin", () -> desk.sessionsAt(ntc, base, base.plus(Duration.ofHours(2))));

        assertThat(listed).extracting(SessionSummary::id).containsExactly(b5.id(), a10.id(), a20.id());
        assertThat(listed).extracting(SessionSummary::programmeTitle)
                .containsExactly(second.title(), first.title(), first.title());
    }
}
