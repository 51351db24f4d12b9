package org.servicecentre.centre;

import java.util.List;
import org.servicecentre.security.ScopeTarget;
import org.servicecentre.security.ScopeTargets;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offers regions to the users screen, to scope region officers. */
@Component
class RegionScopeTargets implements ScopeTargets {

    private final Regions regions;

    RegionScopeTargets(Regions regions) {
        this.regions = regions;
    }

    @Override
    public Kind kind() {
        return Kind.REGION;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScopeTarget> all() {
        return regions.findAll(Sort.by("path")).stream()
                .map(r -> new ScopeTarget(r.id(), r.name() + " (" + r.code() + ")"))
                .toList();
    }
}
