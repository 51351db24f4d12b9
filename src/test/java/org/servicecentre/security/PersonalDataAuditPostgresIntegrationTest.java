package org.servicecentre.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicecentre.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log on a real PostgreSQL, which refuses writes in a read-only transaction (H2 does not), and binds
 * the optional filter parameters with their types.
 */
@PostgresTest
class PersonalDataAuditPostgresIntegrationTest {

    @Autowired
    PersonalDataAudit audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void writesAViewMadeInAReadOnlyTransaction() {
        long subject = System.nanoTime();
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        asSystem(() -> readOnly.executeWithoutResult(status ->
                audit.record(PersonalDataAction.VIEW, PersonalDataAudit.RESIDENT, List.of(subject, subject + 1),
                        "resident page")));

        var filter = new PersonalDataAccessFilter(null, null, subject, null, null, null);
        assertThat(asSystem(() -> audit.list(filter, 0, 10))).singleElement()
                .extracting(PersonalDataAccessEntry::username).isEqualTo("system");
    }

    @Test
    void joinsAWritingTransactionAndLeavesNothingWhenItRollsBack() {
        long subject = System.nanoTime();

        asSystem(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.record(PersonalDataAction.MERGE, PersonalDataAudit.RESIDENT, subject, "merge of two records");
            status.setRollbackOnly();
        }));

        var filter = new PersonalDataAccessFilter("", "RESIDENT", subject, PersonalDataAction.MERGE,
                Instant.now().minusSeconds(60), Instant.now().plusSeconds(60));
        assertThat(asSystem(() -> audit.count(filter))).isZero();
        assertThat(asSystem(() -> audit.count(PersonalDataAccessFilter.all()))).isGreaterThanOrEqualTo(0);
    }
}
