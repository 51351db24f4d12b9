package org.servicecentre.centre;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicecentre.security.ScopeTarget;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What each centre offers from the catalogue and when: weekly slots with the delivering organisation. Whoever may
 * see a centre reads its offerings; admins and the centre's managers change them.
 */
@Service
@Validated
@Transactional
public class CentreOfferService {

    private final ServiceOfferings offerings;
    private final CatalogueEntries entries;
    private final CatalogueService catalogue;
    private final CentreService centreService;
    private final Centres centres;
    private final OrganisationDirectory organisations;

    CentreOfferService(ServiceOfferings offerings, CatalogueEntries entries, CatalogueService catalogue,
                       CentreService centreService, Centres centres, OrganisationDirectory organisations) {
        this.offerings = offerings;
        this.entries = entries;
        this.catalogue = catalogue;
        this.centreService = centreService;
        this.centres = centres;
        this.organisations = organisations;
    }

    /** The centre's slots, by weekday and start time; fails like {@link CentreService#get} outside the caller's scope. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OfferingSummary> offeringsOf(long centreId) {
        var centre = centreService.get(centreId);
        return summaries(offerings.ofCentre(centreId), Map.of(centreId, centre.name()));
    }

    /** The active slots of an item in every centre the caller may see, by centre, weekday and time. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OfferingSummary> centresOffering(String itemCode) {
        var item = catalogue.getByCode(CatalogueLevel.ITEM, itemCode);
        var visible = centreService.visibility();
        var found = offerings.ofItem(item.id(), visible.everything(), visible.centreIds(), visible.regionPath(),
                visible.activeOnly());
        var names = centres.findAllById(found.stream().map(ServiceOffering::centreId).distinct().toList()).stream()
                .map(c -> c.summary(null)).collect(Collectors.toMap(CentreSummary::id, CentreSummary::name));
        return summaries(found, names);
    }

    /** The organisations that may deliver a service, as "name (CODE)", for the slot dialog's picker. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    @Transactional(readOnly = true)
    public List<ScopeTarget> deliverers() {
        return organisations.all();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public OfferingSummary add(long centreId, @Valid OfferingDraft draft) {
        var centre = editable(centreId);
        check(draft, true);
        var offering = new ServiceOffering(centreId);
        offering.schedule(draft);
        return summaries(List.of(offerings.saveAndFlush(offering)), Map.of(centreId, centre.name())).getFirst();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public OfferingSummary update(long offeringId, @Valid OfferingDraft draft) {
        var offering = offerings.findById(offeringId).orElseThrow(() -> new NotFoundException("offering", offeringId));
        var centre = editable(offering.centreId());
        // a slot of an item archived since may still be paused or re-timed; only a new item must be in use
        check(draft, !java.util.Objects.equals(draft.getItemId(), offering.itemId()));
        offering.schedule(draft);
        return summaries(List.of(offerings.saveAndFlush(offering)), Map.of(centre.id(), centre.name())).getFirst();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    public void remove(long offeringId) {
        var offering = offerings.findById(offeringId).orElseThrow(() -> new NotFoundException("offering", offeringId));
        editable(offering.centreId());
        offerings.delete(offering);
    }

    private CentreSummary editable(long centreId) {
        var centre = centreService.get(centreId);
        if (!centreService.mayEdit(centreId)) {
            throw new AccessDeniedException("centre " + centreId + " is not managed by the caller");
        }
        return centre;
    }

    /** The API has no form: the same rules the dialog shows next to its fields hold here too. */
    private void check(OfferingDraft draft, boolean itemMustBeInUse) {
        if (!draft.isEndAfterStart()) {
            throw new DomainException("OFFERING_END_BEFORE_START");
        }
        var item = entries.findById(draft.getItemId())
                .orElseThrow(() -> new NotFoundException("catalogue_entry", draft.getItemId()));
        if (item.level() != CatalogueLevel.ITEM) {
            throw new DomainException("OFFERING_NOT_AN_ITEM", item.code());
        }
        if (itemMustBeInUse && !inUse(item)) {
            throw new DomainException("OFFERING_ITEM_ARCHIVED", item.name().zh());
        }
        if (!organisations.labels().containsKey(draft.getOrganisationId())) {
            throw new NotFoundException("organisation", draft.getOrganisationId());
        }
    }

    /** An item can be offered while it, its category and its sector are all active. */
    private boolean inUse(CatalogueEntry entry) {
        for (var e = entry; e != null; e = e.parentId() == null ? null : entries.findById(e.parentId()).orElse(null)) {
            if (!e.active()) {
                return false;
            }
        }
        return true;
    }

    private List<OfferingSummary> summaries(List<ServiceOffering> found, Map<Long, String> centreNames) {
        var items = catalogue.summaries(entries.findAllById(found.stream().map(ServiceOffering::itemId).distinct()
                .toList())).stream().collect(Collectors.toMap(CatalogueEntrySummary::id, Function.identity()));
        var labels = organisations.labels();
        return found.stream()
                .map(o -> new OfferingSummary(o.id(), o.centreId(), centreNames.get(o.centreId()), items.get(o.itemId()),
                        o.organisationId(), nameOf(labels.get(o.organisationId())), o.weekday(),
                        o.startTime(), o.endTime(), o.note(), o.active()))
                .toList();
    }

    /** The directory labels organisations "name (CODE)"; slots show the name alone. */
    private static String nameOf(String label) {
        return label == null ? "" : label.replaceFirst(" \\([^()]*\\)$", "");
    }
}
