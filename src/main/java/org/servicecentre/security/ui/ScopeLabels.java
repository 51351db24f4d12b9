package org.servicecentre.security.ui;

import com.vaadin.flow.component.Component;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicecentre.security.AccountSummary;
import org.servicecentre.security.Role;
import org.servicecentre.security.ScopeTarget;
import org.servicecentre.security.ScopeTargets;

/**
 * The regions, centres and organisations an account can be scoped to, as the modules that own them list them:
 * for the pickers of the user form and to name an account's scope on screen.
 */
final class ScopeLabels {

    private final Map<ScopeTargets.Kind, List<ScopeTarget>> targets = new EnumMap<>(ScopeTargets.Kind.class);

    ScopeLabels(List<ScopeTargets> sources) {
        for (var kind : ScopeTargets.Kind.values()) {
            targets.put(kind, List.of());
        }
        sources.forEach(source -> targets.put(source.kind(), List.copyOf(source.all())));
    }

    List<ScopeTarget> of(ScopeTargets.Kind kind) {
        return targets.get(kind);
    }

    Optional<ScopeTarget> find(ScopeTargets.Kind kind, Long id) {
        return id == null ? Optional.empty() : of(kind).stream().filter(t -> t.id() == id).findFirst();
    }

    Set<ScopeTarget> findAll(ScopeTargets.Kind kind, Set<Long> ids) {
        return of(kind).stream().filter(t -> ids.contains(t.id())).collect(Collectors.toSet());
    }

    /** What the account may see, in words: everything, a region, some centres or an organisation. */
    String describe(AccountSummary account, Component where) {
        return switch (account.role()) {
            case ADMIN -> where.getTranslation("users.scope.all");
            case REGION_OFFICER -> label(ScopeTargets.Kind.REGION, account.regionId(), where);
            case NGO_STAFF -> label(ScopeTargets.Kind.ORGANISATION, account.organisationId(), where);
            case CENTRE_MANAGER -> account.centreIds().isEmpty() ? where.getTranslation("users.scope.none")
                    : findAll(ScopeTargets.Kind.CENTRE, account.centreIds()).stream()
                            .map(ScopeTarget::label).sorted(Comparator.naturalOrder())
                            .collect(Collectors.joining(where.getTranslation("users.scope.separator")));
            case KIOSK -> "";
        };
    }

    static boolean needs(Role role, ScopeTargets.Kind kind) {
        return switch (kind) {
            case REGION -> role == Role.REGION_OFFICER;
            case CENTRE -> role == Role.CENTRE_MANAGER;
            case ORGANISATION -> role == Role.NGO_STAFF;
        };
    }

    private String label(ScopeTargets.Kind kind, Long id, Component where) {
        return find(kind, id).map(ScopeTarget::label).orElseGet(() -> where.getTranslation("users.scope.none"));
    }
}
