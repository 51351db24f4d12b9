package org.servicecentre.centre;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.servicecentre.security.ScopeTarget;
import org.servicecentre.security.ScopeTargets;
import org.springframework.stereotype.Component;

/**
 * Names of organisations for partnerships. The organisation module depends on this one (organisations sit in
 * regions), so this module reads them through the security module's {@link ScopeTargets} SPI instead.
 */
@Component
class OrganisationDirectory {

    private final List<ScopeTargets> targets;

    OrganisationDirectory(List<ScopeTargets> targets) {
        this.targets = targets;
    }

    /** Every organisation as "name (code)", sorted by code. */
    List<ScopeTarget> all() {
        return targets.stream().filter(t -> t.kind() == ScopeTargets.Kind.ORGANISATION)
                .flatMap(t -> t.all().stream()).toList();
    }

    Map<Long, String> labels() {
        return all().stream().collect(Collectors.toMap(ScopeTarget::id, ScopeTarget::label, (a, b) -> a));
    }
}
