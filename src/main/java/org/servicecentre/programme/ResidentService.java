package org.servicecentre.programme;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.PersonalDataAction;
import org.servicecentre.security.Role;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Residents: entered by staff (with the resident's consent for anything personal), found by phone number to avoid
 * duplicates, merged when duplicates happen, and forgotten part by part when a consent is withdrawn. What a caller
 * sees is decided by {@link ResidentPrivacy}.
 */
@Service
@Validated
public class ResidentService {

    private final Residents residents;
    private final ResidentRecords records;
    private final ResidentPrivacy privacy;
    private final CurrentUser currentUser;

    ResidentService(Residents residents, ResidentRecords records, ResidentPrivacy privacy, CurrentUser currentUser) {
        this.residents = residents;
        this.records = records;
        this.privacy = privacy;
        this.currentUser = currentUser;
    }

    /** NGO staff: the residents of their organisation; admins: everyone (masked). */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public List<ResidentSummary> list(int offset, int limit) {
        var scope = currentUser.scope();
        var found = residents.linkedTo(organisationOf(scope), OffsetLimit.of(offset, limit));
        return privacy.show(scope, found, PersonalDataAction.VIEW, "resident list");
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional(readOnly = true)
    public long count() {
        return residents.countLinkedTo(organisationOf(currentUser.scope()));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public ResidentSummary get(long id) {
        var scope = currentUser.scope();
        var resident = find(id);
        if (scope.is(Role.NGO_STAFF) && !privacy.seesUnmasked(scope, id)) {
            throw new AccessDeniedException("resident " + id + " never registered with the caller's organisation");
        }
        return privacy.show(scope, List.of(resident), PersonalDataAction.VIEW, "resident " + id).getFirst();
    }

    /**
     * Residents with exactly this phone number, so that staff register an existing resident instead of a duplicate.
     * Someone who never registered with the caller's organisation is shown masked.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public List<ResidentSummary> findByPhone(String phone) {
        var normalised = ResidentDraft.normalisePhone(phone);
        if (normalised == null || !normalised.matches("[0-9]{5,15}")) {
            throw new DomainException("RESIDENT_PHONE_INVALID");
        }
        return privacy.show(currentUser.scope(), residents.findByPhoneAndMergedIntoIdIsNullOrderById(normalised),
                PersonalDataAction.VIEW, "search by phone");
    }

    /** Enters a resident as staff; anything personal needs {@code consent} (recorded with who took it). */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public ResidentSummary create(@Valid ResidentDraft draft) {
        var scope = currentUser.scope();
        var resident = records.create(draft, ConsentChannel.STAFF, scope.username(), scope.organisationId());
        return privacy.show(scope, List.of(resident), PersonalDataAction.CHANGE, "resident entered").getFirst();
    }

    /** Changes what is kept; only staff who see the resident unmasked may, and anything personal needs consent. */
    @PreAuthorize("hasRole('NGO_STAFF')")
    @Transactional
    public ResidentSummary update(long id, @Valid ResidentDraft draft) {
        var scope = currentUser.scope();
        checkUnmasked(id);
        var resident = records.update(find(id), draft, scope.username());
        return privacy.show(scope, List.of(resident), PersonalDataAction.CHANGE, "resident " + id).getFirst();
    }

    /** Withdraws a consent: the data it covered is erased at once. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public ResidentSummary withdrawConsent(long id, ConsentSubject subject) {
        var scope = currentUser.scope();
        if (scope.is(Role.NGO_STAFF)) {
            checkUnmasked(id);
        }
        var resident = records.withdraw(find(id), EnumSet.of(subject));
        return privacy.show(scope, List.of(resident), PersonalDataAction.CHANGE, "consent withdrawn").getFirst();
    }

    /**
     * Merges a duplicate into the resident kept: registrations, attendance, cards and consents move over, the kept
     * record takes what it lacked, and the duplicate keeps only a pointer. Registrations both held for the same
     * session or programme are kept once (the duplicate's is cancelled).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'NGO_STAFF')")
    @Transactional
    public ResidentSummary merge(long keptId, long duplicateId) {
        var scope = currentUser.scope();
        if (keptId == duplicateId) {
            throw new DomainException("RESIDENT_MERGE_SAME");
        }
        if (scope.is(Role.NGO_STAFF)) {
            checkUnmasked(keptId);
            checkUnmasked(duplicateId);
        }
        var kept = records.merge(find(keptId), find(duplicateId), scope.username());
        return privacy.show(scope, List.of(kept), PersonalDataAction.MERGE, "merged resident " + duplicateId)
                .getFirst();
    }

    /** Issues a personal QR card (the previous one stops working); returns the card's id for its printout. */
    @PreAuthorize("hasRole('NGO_STAFF')")
    @Transactional
    public long issueCard(long residentId, boolean showName) {
        checkUnmasked(residentId);
        return records.issueCard(find(residentId), showName, currentUser.scope().username());
    }

    private void checkUnmasked(long id) {
        if (!privacy.seesUnmasked(currentUser.scope(), id)) {
            throw new AccessDeniedException("resident " + id + " never registered with the caller's organisation");
        }
    }

    private Resident find(long id) {
        var resident = residents.findById(id).orElseThrow(() -> new NotFoundException("resident", id));
        if (resident.mergedIntoId() != null) {
            throw new DomainException("RESIDENT_MERGED", resident.mergedIntoId());
        }
        return resident;
    }

    private static Long organisationOf(org.servicecentre.security.Scope scope) {
        return scope.is(Role.NGO_STAFF) ? scope.organisationId() : null;
    }
}
