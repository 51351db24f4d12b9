package org.servicecentre.centre;

import java.util.List;
import org.servicecentre.security.ScopeTarget;
import org.servicecentre.security.ScopeTargets;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offers centres to the users screen, to scope managers. */
@Component
class CentreScopeTargets implements ScopeTargets {

    private final Centres centres;

    CentreScopeTargets(Centres centres) {
        this.centres = centres;
    }

    @Override
    public Kind kind() {
        return Kind.CENTRE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ScopeTarget> all() {
        return centres.findAll(Sort.by("code")).stream()
                .map(c -> c.summary(null))
                .map(c -> new ScopeTarget(c.id(), c.name() + " (" + c.code() + ")"))
                .toList();
    }
}
