package org.servicecentre.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.servicecentre.centre.RegionDraft;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionService;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The organisation module with only the modules it depends on (centre, security, shared); no demo data. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class OrganisationModuleTest {

    private static final String PASSWORD = "module-test-1";

    @Autowired
    OrganisationService organisations;

    @Autowired
    RegionService regions;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationManager authentication;

    @Test
    void staffOfOneOrganisationReadOnlyTheirOwn() {
        long district = SystemAuthentication.asSystem(() -> region("MT-CITY", null, RegionLevel.CITY));
        long ours = SystemAuthentication.asSystem(() -> organisation("MT-OURS", district));
        long theirs = SystemAuthentication.asSystem(() -> organisation("MT-THEIRS", district));
        staffOf("mt-staff", ours);

        as("mt-staff", () -> {
            assertThat(organisations.list("", null, 0, 50)).extracting(OrganisationSummary::id).containsExactly(ours);
            assertThat(organisations.count("", null)).isEqualTo(1);
            assertThat(organisations.get(ours).code()).isEqualTo("MT-OURS");
            assertThatThrownBy(() -> organisations.get(theirs)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organisations.create(draft("MT-NEW", district)))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void refusesADuplicateCodeWhateverItsCase() {
        long city = SystemAuthentication.asSystem(() -> region("MT-DUP-CITY", null, RegionLevel.CITY));
        SystemAuthentication.asSystem(() -> organisation("MT-DUP", city));

        assertThatThrownBy(() -> SystemAuthentication.asSystem(() -> organisation("mt-dup", city)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_CODE"));
    }

    private long region(String code, Long parent, RegionLevel level) {
        var draft = new RegionDraft();
        draft.setCode(code);
        draft.setName(code);
        draft.setLevel(level);
        draft.setParentId(parent);
        return regions.create(draft).id();
    }

    private long organisation(String code, long region) {
        return organisations.create(draft(code, region)).id();
    }

    private static OrganisationDraft draft(String code, long region) {
        var draft = new OrganisationDraft();
        draft.setCode(code);
        draft.setName("组织 " + code);
        draft.setKind(OrganisationKind.NGO);
        draft.setRegionId(region);
        return draft;
    }

    private void staffOf(String username, long organisation) {
        var draft = new AccountDraft();
        draft.setUsername(username);
        draft.setDisplayName("社工");
        draft.setRole(Role.NGO_STAFF);
        draft.setOrganisationId(organisation);
        SystemAuthentication.asSystem(() -> accounts.create(draft, PASSWORD));
    }

    private <T> T as(String username, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
