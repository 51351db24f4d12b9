package org.servicecentre.programme;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.Masking;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What residents do without an account: read a programme's public page, sign up (after agreeing to the privacy
 * notice), and see or cancel their registration through the secret of their ticket link. Protection against
 * automation (rate limits, a challenge) is the public pages' business, before they call this.
 */
@Service
@Validated
public class PublicRegistrations {

    /** Who a self-service change is recorded as: residents have no account. */
    static final String RESIDENT = "resident";

    private final Programmes programmes;
    private final ProgrammeSessions sessions;
    private final SessionSummaries sessionSummaries;
    private final Registrations registrations;
    private final Residents residents;
    private final RegistrationNotices notices;
    private final ResidentRecords records;
    private final RegistrationBook book;
    private final OrganisationService organisations;
    private final ResidentCards cards;
    private final ResidentCardPrints cardPrints;
    private final Clock clock;

    PublicRegistrations(Programmes programmes, ProgrammeSessions sessions, SessionSummaries sessionSummaries,
                        Registrations registrations, Residents residents, RegistrationNotices notices,
                        ResidentRecords records, RegistrationBook book, OrganisationService organisations,
                        ResidentCards cards, ResidentCardPrints cardPrints, Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.sessionSummaries = sessionSummaries;
        this.registrations = registrations;
        this.residents = residents;
        this.notices = notices;
        this.records = records;
        this.book = book;
        this.organisations = organisations;
        this.cards = cards;
        this.cardPrints = cardPrints;
        this.clock = clock;
    }

    /** Public programmes with sessions to come; invitation-only ones are reached only through their link. */
    @Transactional(readOnly = true)
    public List<PublicProgramme> listing(int offset, int limit) {
        return programmes.publicWithUpcomingSessions(clock.instant(), OffsetLimit.of(offset, limit)).stream()
                .map(this::describe).toList();
    }

    @Transactional(readOnly = true)
    public PublicProgramme programme(String code) {
        return describe(byCode(code));
    }

    /**
     * Signs a resident up: a name, a phone and target groups are optional; agreeing to the privacy notice is not.
     * A place when one is free, else the waitlist.
     */
    @Transactional
    public SelfRegistration register(String code, Long sessionId, @Valid ResidentDraft resident) {
        return register(code, sessionId, resident, Languages.CHINESE);
    }

    /** Signs a resident up, who will be written to in {@code language} (the language of the page they used). */
    @Transactional
    public SelfRegistration register(String code, Long sessionId, @Valid ResidentDraft resident, Locale language) {
        if (!resident.consent()) {
            throw new DomainException("PRIVACY_NOTICE_REQUIRED");
        }
        var programme = byCode(code);
        if (!programme.registrationOpenAt(clock.instant())) {
            throw new DomainException("REGISTRATION_CLOSED");
        }
        var target = programme.mode() == RegistrationMode.WHOLE_PROGRAMME ? null : openSession(programme, sessionId);
        var created = records.create(resident, ConsentChannel.SELF, RESIDENT, null);
        created.speaks(Languages.tagOf(language == null ? Languages.CHINESE : language));
        var token = ManageTokens.create();
        var registration = book.place(programme, target, created.id(), RegistrationSource.SELF,
                ManageTokens.hash(token), RESIDENT);
        return new SelfRegistration(registration.id(), registration.status(), book.position(registration), token);
    }

    @Transactional(readOnly = true)
    public TicketPage ticket(String manageToken) {
        return page(byToken(manageToken));
    }

    /** The resident cancels through their ticket link; their place goes to the first on the waitlist. */
    @Transactional
    public TicketPage cancel(String manageToken) {
        var registration = byToken(manageToken);
        var programme = programmes.findById(registration.programmeId()).orElseThrow();
        book.withdraw(registration.id(), programme, RESIDENT, null, false);
        return page(registration);
    }

    /**
     * The resident of this ticket link turns reminders off (or on again); the essential messages (a session
     * cancelled, a place from the waitlist) still reach them.
     */
    @Transactional
    public TicketPage remindersOff(String manageToken, boolean off) {
        var registration = byToken(manageToken);
        residents.findById(registration.residentId()).orElseThrow().remindersOff(off);
        return page(registration);
    }

    /**
     * Issues the resident of this ticket link a personal QR card (their previous card stops working), with their
     * masked name on it if they wish and left one; returns the card as a PDF to print.
     */
    @Transactional
    public byte[] issueCard(String manageToken, boolean showName) {
        var registration = byToken(manageToken);
        var resident = residents.findById(registration.residentId()).orElseThrow();
        long cardId = records.issueCard(resident, showName && resident.displayName() != null, RESIDENT);
        return cardPrints.print(cards.findById(cardId).orElseThrow());
    }

    private Long openSession(Programme programme, Long sessionId) {
        if (sessionId == null) {
            throw new DomainException("REGISTRATION_SESSION_REQUIRED");
        }
        var session = sessions.findById(sessionId).filter(s -> s.programmeId() == programme.id())
                .orElseThrow(() -> new NotFoundException("session", sessionId));
        if (session.status() == SessionStatus.CANCELLED) {
            throw new DomainException("REGISTRATION_SESSION_CANCELLED");
        }
        if (!session.start().isAfter(clock.instant())) {
            throw new DomainException("REGISTRATION_SESSION_OVER");
        }
        return sessionId;
    }

    private PublicProgramme describe(Programme p) {
        var upcoming = sessionSummaries.of(p, sessions.upcoming(p.id(), clock.instant()));
        var organisation = organisationName(p.organisationId());
        return new PublicProgramme(p.publicCode(), p.title(), p.description(), organisation, p.targetGroups(),
                p.mode(), p.visibility(), p.registrationOpenAt(clock.instant()), p.registrationOpensAt(),
                p.registrationClosesAt(), p.mode().needsRegistration() ? p.capacity() : null, upcoming);
    }

    private TicketPage page(Registration registration) {
        var programme = programmes.findById(registration.programmeId()).orElseThrow();
        var held = registration.sessionId() == null ? sessions.upcoming(programme.id(), clock.instant())
                : sessions.findById(registration.sessionId()).stream().toList();
        var resident = residents.findById(registration.residentId()).orElseThrow();
        var organisation = organisationName(programme.organisationId());
        var told = notices.findByRegistrationIdOrderByCreatedAtDesc(registration.id()).stream()
                .map(RegistrationNotice::notice).toList();
        return new TicketPage(registration.id(), programme.publicCode(), programme.title(), organisation,
                registration.status(), book.position(registration), Masking.name(resident.displayName()),
                sessionSummaries.of(programme, held), told, resident.remindersOptOut());
    }

    /** Organisation names are public, but their service wants a caller: residents here have no account. */
    private String organisationName(long organisationId) {
        return SystemAuthentication.asSystem(() -> organisations.names(List.of(organisationId)).get(organisationId));
    }

    private Programme byCode(String code) {
        return programmes.findByPublicCode(code == null ? "" : code.strip())
                .filter(p -> !p.archived()).orElseThrow(() -> new NotFoundException("programme", code));
    }

    private Registration byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            throw new NotFoundException("ticket", "?");
        }
        return registrations.findByManageTokenHash(ManageTokens.hash(token.strip()))
                .orElseThrow(() -> new NotFoundException("ticket", "?"));
    }
}
