package org.servicecentre.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.booking.BookingQueries;
import org.servicecentre.booking.BookingSeriesService;
import org.servicecentre.booking.BookingStatus;
import org.servicecentre.booking.ConflictPolicy;
import org.servicecentre.booking.SeriesDraft;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.SessionStatus;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@ServiceCentreTest
class UsageProposalsIntegrationTest {

    @Autowired
    ProposalChecks checks;

    @Autowired
    NoShowRelease release;

    @Autowired
    UsageProposals proposals;

    @Autowired
    OccupancyFixtures fixtures;

    @Autowired
    BookingFixtures bookingFixtures;

    @Autowired
    BookingSeriesService series;

    @Autowired
    BookingQueries bookingQueries;

    @Autowired
    SessionService sessions;

    @Autowired
    JdbcTemplate jdbc;

    private OccupancyFixtures.Organisation organisation;

    @BeforeEach
    void freshOrganisation() {
        organisation = fixtures.organisation();
    }

    @Test
    void threeReleasedInARowFlagTheSeriesOnceWithAProposalToCancelTheRest() {
        var room = fixtures.room(20);
        var day = bookingFixtures.openDaysFrom(room, 7, 6);
        var created = fixtures.as("manager", () -> series.create(SeriesDraft.of(room.id(),
                BookingFixtures.at(day, "14:00"), BookingFixtures.at(day, "15:00"), "FREQ=DAILY;COUNT=6",
                "每日系列测试", 5, organisation.id()), ConflictPolicy.SKIP)).created();
        assertThat(created.size()).isGreaterThanOrEqualTo(5);
        long seriesId = created.getFirst().seriesId();

        release.releaseDue(created.get(0).start().plusSeconds(900), this::ours);
        release.releaseDue(created.get(1).start().plusSeconds(900), this::ours);
        assertThat(proposalsAbout("series:" + seriesId)).isZero();
        release.releaseDue(created.get(2).start().plusSeconds(900), this::ours);
        assertThat(proposalsAbout("series:" + seriesId)).isEqualTo(1);
        release.releaseDue(created.get(3).start().plusSeconds(900), this::ours);
        assertThat(proposalsAbout("series:" + seriesId)).isEqualTo(1);

        var proposal = fixtures.as(organisation.staff(), () -> proposals.list(ProposalKind.CANCEL_REST_OF_SERIES,
                "", 0, 10)).getFirst();
        assertThat(proposal.streak()).isEqualTo(3);
        assertThat(notifications("usage-proposal:" + proposal.id() + ":account:" + organisation.staffId()))
                .isEqualTo(1);
        assertThat(notifications("usage-proposal:" + proposal.id() + ":account:" + userId("manager"))).isEqualTo(1);

        fixtures.as(organisation.staff(), () -> proposals.accept(proposal.id(), null, "连续无人到场"));

        assertThat(created.subList(4, created.size())).allSatisfy(b ->
                assertThat(fixtures.bookingStatus(b.id())).isEqualTo("CANCELLED"));
        assertThat(fixtures.bookingStatus(created.get(3).id())).isEqualTo("RELEASED");
    }

    @Test
    void warnsTheOrganisationADayBeforeAnEmptySessionAndReleasesTheRoomWithOneClick() {
        var room = fixtures.room(20);
        var programme = fixtures.programme(organisation.id(), 20, RegistrationMode.PER_SESSION);
        var session = fixtures.sessionInRoom(programme.id(), room);

        checks.proposeDue(session.start().minus(Duration.ofHours(25)), this::ours);
        assertThat(proposalsAbout("session:" + session.id())).isZero();
        checks.proposeDue(session.start().minus(Duration.ofHours(24)).plusSeconds(60), this::ours);
        checks.proposeDue(session.start().minus(Duration.ofHours(23)), this::ours);
        assertThat(proposalsAbout("session:" + session.id())).isEqualTo(1);

        var proposal = fixtures.as(organisation.staff(), () -> proposals.list(null, "", 0, 10)).getFirst();
        assertThat(proposal.kind()).isEqualTo(ProposalKind.RELEASE_EMPTY_SESSION);
        assertThat(proposal.mayDecide()).isTrue();
        assertThat(notifications("usage-proposal:" + proposal.id() + ":account:" + organisation.staffId()))
                .isEqualTo(1);

        var accepted = fixtures.as(organisation.staff(), () -> proposals.accept(proposal.id(), null, "无人报名"));

        assertThat(accepted.state()).isEqualTo(ProposalState.ACCEPTED);
        assertThat(fixtures.bookingStatus(session.bookingId())).isEqualTo("CANCELLED");
        assertThat(SystemAuthentication.asSystem(() -> sessions.get(session.id())).status())
                .isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void proposesALargerFreeRoomForAnOverflowingProgrammeAndMovesTheSessionWhenAccepted() {
        var small = fixtures.room(4);
        fixtures.room(30); // at least one larger room is free then
        var programme = fixtures.programme(organisation.id(), 2, RegistrationMode.PER_SESSION);
        var session = fixtures.sessionInRoom(programme.id(), small);
        fixtures.register(programme.id(), session.id(), 7);

        checks.proposeDue(Instant.now(), this::ours);

        var proposal = fixtures.as("manager", () -> proposals.list(ProposalKind.MOVE_TO_LARGER_ROOM, "", 0, 500))
                .stream().filter(p -> session.id() == p.sessionId()).findFirst().orElseThrow();
        assertThat(proposal.waitlisted()).isEqualTo(5);
        assertThat(proposal.wantedPlaces()).isEqualTo(7);
        assertThat(proposal.rooms()).isNotEmpty().doesNotContainNull()
                .allSatisfy(r -> assertThat(r.capacity()).isGreaterThanOrEqualTo(7))
                .noneMatch(r -> r.roomId() == small.id());
        long chosen = proposal.rooms().getFirst().roomId();

        fixtures.as("manager", () -> proposals.accept(proposal.id(), chosen, "换房"));

        var moved = SystemAuthentication.asSystem(() -> bookingQueries.get(session.bookingId()));
        assertThat(moved.roomId()).isEqualTo(chosen);
        assertThat(moved.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(SystemAuthentication.asSystem(() -> sessions.get(session.id())).roomId()).isEqualTo(chosen);
    }

    @Test
    void staffMovingIntoARoomThatNeedsApprovalAskTheManagerFirst() {
        var small = fixtures.room(4);
        var approvalOnly = bookingFixtures.room(7, 0, true);
        var programme = fixtures.programme(organisation.id(), 2, RegistrationMode.PER_SESSION);
        var session = fixtures.sessionInRoom(programme.id(), small);
        fixtures.register(programme.id(), session.id(), 7);
        checks.proposeDue(Instant.now(), this::ours);
        var proposal = fixtures.as(organisation.staff(), () -> proposals.list(ProposalKind.MOVE_TO_LARGER_ROOM, "", 0,
                500)).stream().filter(p -> session.id() == p.sessionId()).findFirst().orElseThrow();
        assertThat(proposal.rooms()).extracting(r -> r.roomId()).contains(approvalOnly.id());

        fixtures.as(organisation.staff(), () -> proposals.accept(proposal.id(), approvalOnly.id(), "换房"));

        var moved = SystemAuthentication.asSystem(() -> bookingQueries.get(session.bookingId()));
        assertThat(moved.roomId()).isEqualTo(approvalOnly.id());
        assertThat(moved.status()).as("a room that needs approval, moved into by NGO staff")
                .isEqualTo(BookingStatus.REQUESTED);
    }

    @Test
    void anotherOrganisationsStaffNeitherSeesNorAcceptsTheProposal() {
        var room = fixtures.room(20);
        var programme = fixtures.programme(organisation.id(), 20, RegistrationMode.PER_SESSION);
        var session = fixtures.sessionInRoom(programme.id(), room);
        checks.proposeDue(session.start().minus(Duration.ofHours(20)), this::ours);
        long id = jdbc.queryForObject("select id from usage_proposal where subject = ?", Long.class,
                "session:" + session.id());
        var stranger = fixtures.organisation();

        assertThat(fixtures.as(stranger.staff(), () -> proposals.list(null, "", 0, 100)))
                .noneMatch(p -> p.id() == id);
        assertThatThrownBy(() -> fixtures.as(stranger.staff(), () -> proposals.accept(id, null, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(stranger.staff(), () -> proposals.dismiss(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.bookingStatus(session.bookingId())).isEqualTo("CONFIRMED");
        assertThat(proposals.openForOrganisation(organisation.id())).extracting(ProposalSummary::id).contains(id);
        assertThat(proposals.openForCentre(room.centreId())).extracting(ProposalSummary::id).contains(id);
    }

    @Test
    void doesNotReleaseASessionSomeoneRegisteredForSinceTheProposal() {
        var room = fixtures.room(20);
        var programme = fixtures.programme(organisation.id(), 20, RegistrationMode.PER_SESSION);
        var session = fixtures.sessionInRoom(programme.id(), room);
        checks.proposeDue(session.start().minus(Duration.ofHours(20)), this::ours);
        long id = jdbc.queryForObject("select id from usage_proposal where subject = ? and kind = ?", Long.class,
                "session:" + session.id(), ProposalKind.RELEASE_EMPTY_SESSION.name());
        fixtures.register(programme.id(), session.id(), 1);

        assertThatThrownBy(() -> fixtures.as(organisation.staff(), () -> proposals.accept(id, null, "无人报名")))
                .isInstanceOf(DomainException.class).hasMessageContaining("PROPOSAL_SESSION_NOT_EMPTY");

        assertThat(fixtures.bookingStatus(session.bookingId())).isEqualTo("CONFIRMED");
        assertThat(fixtures.as(organisation.staff(), () -> proposals.get(id)).state()).isEqualTo(ProposalState.OPEN);
    }

    @Test
    void theDemoManagerMovesTheDemoReadingGroupToTheFirstRoomOffered() {
        var proposal = fixtures.as("manager", () -> proposals.list(ProposalKind.MOVE_TO_LARGER_ROOM, "绘本", 0, 10))
                .getFirst();
        long chosen = proposal.rooms().getFirst().roomId();

        fixtures.as("manager", () -> proposals.accept(proposal.id(), chosen, "换房"));

        var moved = SystemAuthentication.asSystem(() -> bookingQueries.get(proposal.bookingId()));
        assertThat(moved.roomId()).isEqualTo(chosen);
        var session = SystemAuthentication.asSystem(() -> sessions.get(proposal.sessionId()));
        assertThat(session.roomId()).isEqualTo(chosen);
        assertThat(session.centreId()).isEqualTo(moved.centreId());
    }

    private int proposalsAbout(String subject) {
        return jdbc.queryForObject("select count(*) from usage_proposal where subject = ?", Integer.class, subject);
    }

    private int notifications(String key) {
        return jdbc.queryForObject("select count(*) from notification where dedupe_key = ? and channel = 'INBOX'",
                Integer.class, key);
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private boolean ours(long organisationId) {
        return organisationId == organisation.id();
    }

}
