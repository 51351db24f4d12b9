package org.servicecentre.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.servicecentre.security.PersonalDataAction;
import org.servicecentre.security.PersonalDataAudit;
import org.servicecentre.security.Role;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.Masking;
import org.springframework.stereotype.Component;

/**
 * Decides, resident by resident, whether the caller sees a name and a phone number or only their masked forms, and
 * logs every unmasked view or export. Only NGO staff of an organisation the resident registered with (or whose staff
 * entered them) see them unmasked; managers, officers and admins see them masked.
 */
@Component
class ResidentPrivacy {

    private final Residents residents;
    private final ResidentConsents consents;
    private final ResidentCards cards;
    private final PersonalDataAudit audit;

    ResidentPrivacy(Residents residents, ResidentConsents consents, ResidentCards cards, PersonalDataAudit audit) {
        this.residents = residents;
        this.consents = consents;
        this.cards = cards;
        this.audit = audit;
    }

    boolean seesUnmasked(Scope scope, long residentId) {
        return scope != null && scope.is(Role.NGO_STAFF) && residents.linked(residentId, scope.organisationId());
    }

    /** Summaries as the caller may see them; the unmasked ones are logged as one access each, with the context. */
    List<ResidentSummary> show(Scope scope, Collection<Resident> shown, PersonalDataAction action, String context) {
        var result = new ArrayList<ResidentSummary>();
        var logged = new ArrayList<Long>();
        for (var resident : shown) {
            boolean unmasked = seesUnmasked(scope, resident.id());
            if (unmasked && (resident.displayName() != null || resident.phone() != null)) {
                logged.add(resident.id());
            }
            result.add(summary(resident, unmasked));
        }
        if (!logged.isEmpty()) {
            audit.record(action, PersonalDataAudit.RESIDENT, logged, context);
        }
        return result;
    }

    private ResidentSummary summary(Resident resident, boolean unmasked) {
        var name = unmasked ? resident.displayName() : Masking.name(resident.displayName());
        var phone = unmasked ? resident.phone() : Masking.phone(resident.phone());
        var card = cards.findByResidentIdOrderByIdDesc(resident.id()).stream()
                .filter(c -> c.revokedAt() == null).findFirst().map(ResidentCard::id).orElse(null);
        var records = consents.findByResidentIdOrderByGivenAtAscIdAsc(resident.id()).stream()
                .map(ResidentConsent::record).toList();
        return new ResidentSummary(resident.id(), name, phone, unmasked, resident.displayName() != null,
                resident.phone() != null, resident.targetGroups(), resident.createdAt(), records, card, unmasked);
    }
}
