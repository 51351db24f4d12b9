package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.PersonalDataAccessFilter;
import org.servicecentre.security.PersonalDataAudit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@ServiceCentreTest
class ResidentPrivacyIntegrationTest {

    @Autowired
    ResidentService residents;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    RegistrationService registrations;
    @Autowired
    PersonalDataAudit audit;
    @Autowired
    Registrations registrationRows;
    @Autowired
    Residents residentRows;
    @Autowired
    ResidentConsents consents;
    @Autowired
    UserDetailsService users;

    @Test
    void aUserWithoutAccessSeesTheNameAndPhoneMasked() {
        var phone = phoneEndingIn1234();
        as("ngo", () -> residents.create(new ResidentDraft("张三", phone, Set.of(TargetGroup.ELDERLY), true)));

        var seen = as("admin", () -> residents.findByPhone(phone)).getFirst();

        assertThat(seen.unmasked()).isFalse();
        assertThat(seen.name()).isEqualTo("张*");
        assertThat(seen.phone()).isEqualTo("138****1234");
        assertThat(seen.hasName()).isTrue();
    }

    @Test
    void anUnmaskedViewIsAuditedAndAMaskedViewIsNot() {
        var phone = phoneEndingIn1234();
        long id = as("ngo", () -> residents.create(new ResidentDraft("李四", phone, Set.of(), true))).id();
        long before = auditRows(id);

        var unmasked = as("ngo", () -> residents.get(id));
        long afterUnmasked = auditRows(id);
        as("admin", () -> residents.findByPhone(phone));
        long afterMasked = auditRows(id);

        assertThat(unmasked.unmasked()).isTrue();
        assertThat(unmasked.phone()).isEqualTo(phone);
        assertThat(afterUnmasked).as("one entry for the unmasked view").isEqualTo(before + 1);
        assertThat(afterMasked).as("no entry for the masked view").isEqualTo(afterUnmasked);
    }

    @Test
    void mergingMovesRegistrationsAndLeavesTheDuplicateWithNothing() {
        long programmeId = as("ngo", () -> programmes.create(new ProgrammeDraft(null, "合并测试 " + phoneEndingIn1234(),
                null, Set.of(), null, null, 20, RegistrationMode.WHOLE_PROGRAMME, ProgrammeVisibility.PUBLIC, null,
                null))).id();
        long kept = as("ngo", () -> residents.create(new ResidentDraft("王五", null, Set.of(), true))).id();
        var duplicatePhone = phoneEndingIn1234();
        long duplicate = as("ngo", () -> residents.create(new ResidentDraft("王五", duplicatePhone,
                Set.of(TargetGroup.MIGRANT_WORKERS), true))).id();
        long registration = as("ngo", () -> registrations.register(new RegistrationDraft(programmeId, null,
                duplicate, null))).id();

        var merged = as("ngo", () -> residents.merge(kept, duplicate));

        assertThat(registrationRows.findByResidentId(kept)).extracting(Registration::id).containsExactly(registration);
        assertThat(registrationRows.findByResidentId(duplicate)).isEmpty();
        assertThat(merged.phone()).as("the kept record takes the phone it lacked").isEqualTo(duplicatePhone);
        assertThat(merged.targetGroups()).containsExactly(TargetGroup.MIGRANT_WORKERS);
        var left = residentRows.findById(duplicate).orElseThrow();
        assertThat(left.mergedIntoId()).isEqualTo(kept);
        assertThat(left.displayName()).isNull();
        assertThat(left.phone()).isNull();
        assertThat(left.targetGroups()).isEmpty();
        assertThat(consents.findByResidentIdOrderByGivenAtAscIdAsc(duplicate)).isEmpty();
        assertThat(as("ngo", () -> residents.findByPhone(duplicatePhone))).extracting(ResidentSummary::id)
                .containsExactly(kept);
    }

    private long auditRows(long residentId) {
        return as("admin", () -> audit.count(new PersonalDataAccessFilter(null, PersonalDataAudit.RESIDENT,
                residentId, null, null, null)));
    }

    /** A fresh 138 number, masked as 138****1234 whatever the middle digits. */
    static String phoneEndingIn1234() {
        return "138" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000)) + "1234";
    }

    private <T> T as(String username, Supplier<T> action) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        var user = users.loadUserByUsername(username);
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            context.setAuthentication(before);
        }
    }
}
