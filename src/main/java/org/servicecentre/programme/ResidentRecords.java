package org.servicecentre.programme;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.servicecentre.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes residents and their consents: what is kept always has an active consent behind it, and withdrawing one
 * erases what it covered. Callers check who may do it.
 */
@Component
class ResidentRecords {

    private final Residents residents;
    private final ResidentConsents consents;
    private final ResidentCards cards;
    private final Registrations registrations;
    private final Attendances attendances;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResidentRecords(Residents residents, ResidentConsents consents, ResidentCards cards, Registrations registrations,
                    Attendances attendances, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.residents = residents;
        this.consents = consents;
        this.cards = cards;
        this.registrations = registrations;
        this.attendances = attendances;
        this.clock = clock;
    }

    @Transactional
    Resident create(ResidentDraft draft, ConsentChannel channel, String by, Long organisationId) {
        requireConsent(draft);
        var resident = new Resident(by, organisationId, clock.instant());
        resident.describe(draft.displayName(), draft.phone(), draft.targetGroups());
        var saved = residents.saveAndFlush(resident);
        record(saved.id(), subjectsOf(draft), channel, by);
        return saved;
    }

    @Transactional
    Resident update(Resident resident, ResidentDraft draft, String by) {
        requireConsent(draft);
        var held = activeSubjects(resident.id());
        var wanted = subjectsOf(draft);
        var added = EnumSet.noneOf(ConsentSubject.class);
        added.addAll(wanted);
        added.removeAll(held);
        record(resident.id(), added, ConsentChannel.STAFF, by);
        var dropped = EnumSet.noneOf(ConsentSubject.class);
        dropped.addAll(held);
        dropped.removeAll(wanted);
        dropped.remove(ConsentSubject.CARD_NAME);
        withdrawConsents(resident.id(), dropped);
        resident.describe(draft.displayName(), draft.phone(), draft.targetGroups());
        return residents.saveAndFlush(resident);
    }

    @Transactional
    Resident withdraw(Resident resident, Set<ConsentSubject> subjects) {
        withdrawConsents(resident.id(), subjects);
        var name = subjects.contains(ConsentSubject.NAME) ? null : resident.displayName();
        var phone = subjects.contains(ConsentSubject.PHONE) ? null : resident.phone();
        var groups = subjects.contains(ConsentSubject.TARGET_GROUPS) ? Set.<TargetGroup>of()
                : resident.targetGroups();
        resident.describe(name, phone, new HashSet<>(groups));
        if (subjects.contains(ConsentSubject.NAME) || subjects.contains(ConsentSubject.CARD_NAME)) {
            cards.findByResidentIdOrderByIdDesc(resident.id()).stream().filter(ResidentCard::showName)
                    .forEach(card -> card.revoke(clock.instant()));
        }
        return residents.saveAndFlush(resident);
    }

    @Transactional
    Resident merge(Resident kept, Resident duplicate, String by) {
        for (var registration : registrations.findByResidentId(duplicate.id())) {
            if (registration.active() && registrations.holds(registration.programmeId(), registration.sessionId(),
                    kept.id())) {
                registration.cancel(by, "merged", clock.instant());
            }
            registration.moveTo(kept.id());
        }
        for (var attendance : attendances.findByResidentId(duplicate.id())) {
            if (attendances.findBySessionIdAndResidentId(attendance.sessionId(), kept.id()).isPresent()) {
                attendances.delete(attendance);
            } else {
                attendance.moveTo(kept.id());
            }
        }
        cards.findByResidentIdOrderByIdDesc(duplicate.id()).forEach(card -> card.moveTo(kept.id()));
        consents.findByResidentIdOrderByGivenAtAscIdAsc(duplicate.id()).forEach(c -> c.moveTo(kept.id()));
        kept.absorb(duplicate);
        residents.save(duplicate);
        var saved = residents.saveAndFlush(kept);
        events.publishEvent(new ResidentsMerged(kept.id(), duplicate.id()));
        return saved;
    }

    @Transactional
    long issueCard(Resident resident, boolean showName, String by) {
        if (showName && resident.displayName() == null) {
            throw new DomainException("RESIDENT_CARD_NO_NAME");
        }
        cards.findByResidentIdOrderByIdDesc(resident.id()).forEach(card -> card.revoke(clock.instant()));
        if (showName && !activeSubjects(resident.id()).contains(ConsentSubject.CARD_NAME)) {
            record(resident.id(), EnumSet.of(ConsentSubject.CARD_NAME), ConsentChannel.STAFF, by);
        }
        return cards.saveAndFlush(new ResidentCard(resident.id(), showName, by, clock.instant())).id();
    }

    private void requireConsent(ResidentDraft draft) {
        if (draft.personal() && !draft.consent()) {
            throw new DomainException("RESIDENT_CONSENT_REQUIRED");
        }
    }

    private Set<ConsentSubject> subjectsOf(ResidentDraft draft) {
        var subjects = EnumSet.noneOf(ConsentSubject.class);
        if (draft.displayName() != null) {
            subjects.add(ConsentSubject.NAME);
        }
        if (draft.phone() != null) {
            subjects.add(ConsentSubject.PHONE);
        }
        if (!draft.targetGroups().isEmpty()) {
            subjects.add(ConsentSubject.TARGET_GROUPS);
        }
        return subjects;
    }

    private Set<ConsentSubject> activeSubjects(long residentId) {
        var subjects = EnumSet.noneOf(ConsentSubject.class);
        consents.findByResidentIdOrderByGivenAtAscIdAsc(residentId).stream().filter(ResidentConsent::active)
                .forEach(c -> subjects.add(c.subject()));
        return subjects;
    }

    private void record(long residentId, Set<ConsentSubject> subjects, ConsentChannel channel, String by) {
        for (var subject : subjects) {
            consents.save(new ResidentConsent(residentId, subject, channel, by, clock.instant()));
        }
    }

    private void withdrawConsents(long residentId, Set<ConsentSubject> subjects) {
        consents.findByResidentIdOrderByGivenAtAscIdAsc(residentId).stream()
                .filter(c -> c.active() && subjects.contains(c.subject()))
                .forEach(c -> c.withdraw(clock.instant()));
    }
}
