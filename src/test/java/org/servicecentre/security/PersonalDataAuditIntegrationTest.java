package org.servicecentre.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The personal-data access log: who is written down, one entry per person, with the caller's transaction or not. */
@ServiceCentreTest
class PersonalDataAuditIntegrationTest {

    /** Subject ids no other test uses, so that each test reads back only its own entries. */
    private static final AtomicLong SUBJECTS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    @Autowired
    PersonalDataAudit audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    @WithUserDetails("ngo")
    void writesOneEntryPerPersonForTheSignedInUser() {
        long first = SUBJECTS.incrementAndGet();
        long second = SUBJECTS.incrementAndGet();

        audit.record(PersonalDataAction.VIEW, PersonalDataAudit.RESIDENT, List.of(first, second, first),
                "attendance list of session 12");

        var entries = entriesOf(first, second);
        assertThat(entries).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("ngo");
            assertThat(entry.userId()).isNotNull();
            assertThat(entry.role()).isEqualTo(Role.NGO_STAFF);
            assertThat(entry.action()).isEqualTo(PersonalDataAction.VIEW);
            assertThat(entry.subjectType()).isEqualTo("RESIDENT");
            assertThat(entry.context()).isEqualTo("attendance list of session 12");
            assertThat(entry.at()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now());
        });
        assertThat(entries).extracting(PersonalDataAccessEntry::subjectId).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void writesTheSystemAndAnonymousVisitorsToo() {
        long bySystem = SUBJECTS.incrementAndGet();
        long byVisitor = SUBJECTS.incrementAndGet();

        asSystem(() -> audit.record(PersonalDataAction.EXPORT, PersonalDataAudit.RESIDENT, bySystem, "nightly export"));
        SecurityContextHolder.clearContext();
        audit.record(PersonalDataAction.VIEW, PersonalDataAudit.RESIDENT, byVisitor, "public ticket page");

        assertThat(entriesOf(bySystem)).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("system");
            assertThat(entry.userId()).isNull();
            assertThat(entry.action()).isEqualTo(PersonalDataAction.EXPORT);
        });
        assertThat(entriesOf(byVisitor)).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("anonymous");
            assertThat(entry.userId()).isNull();
            assertThat(entry.role()).isNull();
        });
    }

    @Test
    @WithUserDetails("manager")
    void aChangeThatRollsBackLeavesNoEntry() {
        long subject = SUBJECTS.incrementAndGet();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.record(PersonalDataAction.CHANGE, PersonalDataAudit.RESIDENT, subject, "resident form");
            status.setRollbackOnly();
        });

        assertThat(entriesOf(subject)).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void aViewInAReadOnlyTransactionIsWrittenEvenIfThatTransactionRollsBack() {
        long subject = SUBJECTS.incrementAndGet();
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> {
            audit.record(PersonalDataAction.VIEW, PersonalDataAudit.RESIDENT, subject, "resident page");
            status.setRollbackOnly();
        });

        assertThat(entriesOf(subject)).singleElement().extracting(PersonalDataAccessEntry::username)
                .isEqualTo("manager");
    }

    @Test
    @WithUserDetails("ngo")
    void cutsALongContextToTheColumnWithoutSplittingACharacter() {
        long subject = SUBJECTS.incrementAndGet();
        String rare = new String(Character.toChars(0x20BB7));

        audit.record(PersonalDataAction.VIEW, PersonalDataAudit.RESIDENT, subject, "名".repeat(199) + rare + "尾");

        assertThat(entriesOf(subject)).singleElement().extracting(PersonalDataAccessEntry::context)
                .isEqualTo("名".repeat(199));
    }

    @Test
    void findsEntriesByUserActionAndPeriodNewestFirst() {
        long subject = SUBJECTS.incrementAndGet();
        var before = Instant.now().minusSeconds(1);
        asSystem(() -> audit.record(PersonalDataAction.VIEW, PersonalDataAudit.RESIDENT, subject, "first"));
        asSystem(() -> audit.record(PersonalDataAction.MERGE, PersonalDataAudit.RESIDENT, subject, "second"));
        var after = Instant.now().plusSeconds(1);

        var merges = new PersonalDataAccessFilter("SYS", "RESIDENT", subject, PersonalDataAction.MERGE, before, after);
        var all = new PersonalDataAccessFilter(null, null, subject, null, null, null);
        var later = new PersonalDataAccessFilter(null, null, subject, null, after, null);
        var otherUser = new PersonalDataAccessFilter("ngo", null, subject, null, null, null);

        assertThat(asSystem(() -> audit.list(all, 0, 10))).extracting(PersonalDataAccessEntry::context)
                .containsExactly("second", "first");
        assertThat(asSystem(() -> audit.list(merges, 0, 10))).extracting(PersonalDataAccessEntry::context)
                .containsExactly("second");
        assertThat(asSystem(() -> audit.count(merges))).isEqualTo(1);
        assertThat(asSystem(() -> audit.count(all))).isEqualTo(2);
        assertThat(asSystem(() -> audit.count(later))).isZero();
        assertThat(asSystem(() -> audit.count(otherUser))).isZero();
        assertThat(asSystem(() -> audit.list(all, 1, 10))).extracting(PersonalDataAccessEntry::context)
                .containsExactly("first");
    }

    @Test
    @WithUserDetails("officer")
    void onlyAdminsReadTheLog() {
        assertThatThrownBy(() -> audit.list(PersonalDataAccessFilter.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(PersonalDataAccessFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ngo")
    void writesNothingForNoPeople() {
        long countBefore = asSystem(() -> audit.count(PersonalDataAccessFilter.all()));

        audit.record(PersonalDataAction.EXPORT, PersonalDataAudit.RESIDENT, List.of(), "empty CSV export");

        assertThat(asSystem(() -> audit.count(PersonalDataAccessFilter.all()))).isEqualTo(countBefore);
    }

    private List<PersonalDataAccessEntry> entriesOf(Long... subjects) {
        return asSystem(() -> java.util.Arrays.stream(subjects)
                .flatMap(s -> audit.list(new PersonalDataAccessFilter(null, null, s, null, null, null), 0, 100).stream())
                .toList());
    }
}
