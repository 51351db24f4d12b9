package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceCentreTest
class ProgrammeServiceIntegrationTest {

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ProgrammeFixtures fixtures;

    @Test
    void ngoStaffRunProgrammesOfTheirOwnOrganisationWithAnUnguessablePublicCode() {
        var created = fixtures.programme(20, RegistrationMode.PER_SESSION);

        assertThat(created.organisationName()).isEqualTo("南山区启航社会工作服务中心");
        assertThat(created.publicCode()).matches("[a-z2-9]{10}");
        assertThat(created.mayEdit()).isTrue();
        assertThat(fixtures.as("ngo", () -> programmes.list(created.title(), false, 0, 10)))
                .extracting(ProgrammeSummary::id).containsExactly(created.id());
    }

    @Test
    void aProgrammeWithRegistrationNeedsPlacesAndAWindowThatCloses() {
        var noPlaces = new ProgrammeDraft(null, "无名额", null, Set.of(), null, null, null,
                RegistrationMode.PER_SESSION, ProgrammeVisibility.PUBLIC, null, null);
        var backwards = new ProgrammeDraft(null, "倒序", null, Set.of(), null, null, 5, RegistrationMode.PER_SESSION,
                ProgrammeVisibility.PUBLIC, Instant.parse("2030-01-02T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));

        assertThatThrownBy(() -> fixtures.as("ngo", () -> programmes.create(noPlaces)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("PROGRAMME_CAPACITY_REQUIRED"));
        assertThatThrownBy(() -> fixtures.as("ngo", () -> programmes.create(backwards)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("PROGRAMME_WINDOW_INVALID"));
        var dropIn = new ProgrammeDraft(null, "随到随参加", null, Set.of(), null, null, null, RegistrationMode.NONE,
                ProgrammeVisibility.PUBLIC, null, null);
        assertThat(fixtures.as("ngo", () -> programmes.create(dropIn)).capacity()).isNull();
    }

    @Test
    void managersAndOfficersOnlyReadAndOnlyWhatIsHeldInTheirCentres() {
        var outside = fixtures.programme(10, RegistrationMode.PER_SESSION);
        fixtures.outsideSession(outside.id(), 30);

        assertThatThrownBy(() -> fixtures.as("manager", () -> programmes.get(outside.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("manager", () -> programmes.create(
                ProgrammeFixtures.draft("经理的项目", 5, RegistrationMode.PER_SESSION))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as("manager", () -> programmes.list(outside.title(), false, 0, 10))).isEmpty();
    }

    @Test
    void morePlacesMoveTheWaitlistUpInOrder() {
        var programme = fixtures.programme(1, RegistrationMode.PER_SESSION);
        var session = fixtures.outsideSession(programme.id(), 30);
        fixtures.register(programme.id(), session.id(), null, null);
        var second = fixtures.register(programme.id(), session.id(), null, null);
        var third = fixtures.register(programme.id(), session.id(), null, null);
        assertThat(third.waitlistPosition()).isEqualTo(2);

        var bigger = new ProgrammeDraft(null, programme.title(), null, Set.of(), null, null, 2,
                RegistrationMode.PER_SESSION, ProgrammeVisibility.PUBLIC, null, null);
        fixtures.as("ngo", () -> programmes.update(programme.id(), bigger));

        var rows = fixtures.as("ngo", () -> fixtures.registrations().forSession(session.id()));
        assertThat(rows).filteredOn(r -> r.id() == second.id()).singleElement()
                .extracting(RegistrationSummary::status).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(rows).filteredOn(r -> r.id() == third.id()).singleElement()
                .extracting(RegistrationSummary::waitlistPosition).isEqualTo(1);
    }
}
