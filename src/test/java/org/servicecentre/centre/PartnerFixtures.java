package org.servicecentre.centre;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.servicecentre.organisation.OrganisationDraft;
import org.servicecentre.organisation.OrganisationKind;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Makes fresh organisations, NGO staff accounts and alliances with unique codes for tests that share the demo
 * context, and runs code as one of those accounts.
 */
final class PartnerFixtures {

    static final String PASSWORD = "fixture-pass-1";

    private final OrganisationService organisations;
    private final AccountService accounts;
    private final AllianceService alliances;
    private final CentreService centres;
    private final RegionService regions;
    private final AuthenticationManager authentication;

    PartnerFixtures(OrganisationService organisations, AccountService accounts, AllianceService alliances,
                    CentreService centres, RegionService regions, AuthenticationManager authentication) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.alliances = alliances;
        this.centres = centres;
        this.regions = regions;
        this.authentication = authentication;
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    /** A new NGO in 南山区 with no partnerships. */
    long organisation(String code) {
        var draft = new OrganisationDraft();
        draft.setCode(code);
        draft.setName("测试社工机构" + code);
        draft.setKind(OrganisationKind.NGO);
        draft.setRegionId(SystemAuthentication.asSystem(() -> regions.list("SZ-NS", null, 0, 1).getFirst().id()));
        return SystemAuthentication.asSystem(() -> organisations.create(draft).id());
    }

    /** A new NGO staff account of the organisation; returns its username. */
    String staffOf(long organisation) {
        String username = unique("staff").toLowerCase(Locale.ROOT);
        var draft = new AccountDraft();
        draft.setUsername(username);
        draft.setDisplayName("测试社工");
        draft.setRole(Role.NGO_STAFF);
        draft.setOrganisationId(organisation);
        SystemAuthentication.asSystem(() -> accounts.create(draft, PASSWORD));
        return username;
    }

    long alliance(String code, boolean active, String... centreCodes) {
        var draft = new AllianceDraft();
        draft.setCode(code);
        draft.setName("测试联盟" + code);
        draft.setActive(active);
        draft.setCentreIds(Set.of(java.util.Arrays.stream(centreCodes).map(this::centre).toArray(Long[]::new)));
        return SystemAuthentication.asSystem(() -> alliances.create(draft).id());
    }

    long centre(String code) {
        return SystemAuthentication.asSystem(() -> centres.getByCode(code).id());
    }

    <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
