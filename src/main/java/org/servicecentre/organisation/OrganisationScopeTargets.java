package org.servicecentre.organisation;

import java.util.List;
import org.servicecentre.security.ScopeTarget;
import org.servicecentre.security.ScopeTargets;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offers organisations to the users screen, to scope NGO staff. */
@Component
class OrganisationScopeTargets implements ScopeTargets {

    private final Organisations organisations;

    OrganisationScopeTargets(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public Kind kind() {
        return Kind.ORGANISATION;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScopeTarget> all() {
        return organisations.findAll(Sort.by("code")).stream()
                .map(o -> o.summary(null))
                .map(o -> new ScopeTarget(o.id(), o.name() + " (" + o.code() + ")"))
                .toList();
    }
}
