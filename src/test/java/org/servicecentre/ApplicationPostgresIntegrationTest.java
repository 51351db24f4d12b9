package org.servicecentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.impl.jdbcjobstore.JobStoreSupport;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreLevel;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RegionDraft;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionService;
import org.servicecentre.organisation.OrganisationDraft;
import org.servicecentre.organisation.OrganisationKind;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.AccountService;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole app on a real PostgreSQL: migrations, demo data, services, repositories and the Quartz job store. */
@PostgresTest
class ApplicationPostgresIntegrationTest {

    @Autowired
    RegionService regions;
    @Autowired
    CentreService centres;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    Flyway flyway;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnPostgresql() {
        String product = jdbc.queryForObject("select version()", String.class);

        assertThat(product).startsWith("PostgreSQL 17");
    }

    @Test
    void seedsTheDemoNeighbourhoodWhenAskedTo() {
        // other tests in this context add centres and organisations, so look for the demo codes themselves
        assertThat(asSystem(() -> centres.list("社区党群服务中心", CentreLevel.SHEQU, 0, 10)))
                .extracting("code").containsExactlyInAnyOrder("KJY", "GXQ", "NTC", "TL");
        assertThat(asSystem(() -> organisations.list("", null, 0, 100)))
                .extracting("code").contains("QIHANG", "YH-VOL", "KJY-PB");
        assertThat(jdbc.queryForObject("select count(*) from organisation where code in ('QIHANG', 'YH-VOL', 'KJY-PB')",
                Long.class)).isEqualTo(3);
        assertThat(asSystem(() -> accounts.countAll())).isEqualTo(4);
        assertThat(jdbc.queryForList("select username from user_account", String.class))
                .containsExactlyInAnyOrder("admin", "officer", "manager", "ngo");
    }

    @Test
    void createsARegionCentreAndOrganisationAndReadsThemBack() {
        String suffix = unique();
        var city = asSystem(() -> regions.create(regionDraft("PGC-" + suffix, "测试市" + suffix)));

        var centre = asSystem(() -> centres.create(centreDraft("PGM-" + suffix, "测试市党群服务中心" + suffix, city.id())));
        var organisation = asSystem(() -> organisations.create(organisationDraft("PGO-" + suffix, city.id())));

        assertThat(asSystem(() -> regions.get(city.id())).name()).isEqualTo("测试市" + suffix);
        var centreRead = asSystem(() -> centres.get(centre.id()));
        assertThat(centreRead.name()).isEqualTo("测试市党群服务中心" + suffix);
        assertThat(centreRead.regionName()).isEqualTo("测试市" + suffix);
        assertThat(centreRead.timeZone()).isEqualTo(CentreDraft.DEFAULT_ZONE);
        assertThat(asSystem(() -> centres.list("pgm-" + suffix.toLowerCase(), null, 0, 10)))
                .extracting("id").containsExactly(centre.id());
        assertThat(asSystem(() -> organisations.get(organisation.id())).kind()).isEqualTo(OrganisationKind.VOLUNTEER_TEAM);
        assertThat(asSystem(() -> organisations.count("PGO-" + suffix, OrganisationKind.VOLUNTEER_TEAM))).isEqualTo(1);
    }

    @Test
    void refusesADuplicateCentreCode() {
        String suffix = unique();
        var city = asSystem(() -> regions.create(regionDraft("PGD-" + suffix, "重复市" + suffix)));
        asSystem(() -> centres.create(centreDraft("PGDUP-" + suffix, "第一中心", city.id())));

        assertThatThrownBy(() -> asSystem(() -> centres.create(centreDraft("pgdup-" + suffix, "第二中心", city.id()))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_CODE"));
        assertThat(jdbc.queryForObject("select count(*) from centre where lower(code) = lower(?)", Long.class,
                "PGDUP-" + suffix)).isEqualTo(1);
    }

    @Test
    void startsQuartzWithAClusteredJdbcJobStoreThatRunsJobs() throws Exception {
        var metaData = scheduler.getMetaData();
        assertThat(scheduler.isStarted()).isTrue();
        assertThat(JobStoreSupport.class.isAssignableFrom(metaData.getJobStoreClass()))
                .as("job store %s is a JDBC store", metaData.getJobStoreClass().getName()).isTrue();
        assertThat(metaData.isJobStoreClustered()).isTrue();
        assertThat(metaData.isJobStoreSupportsPersistence()).isTrue();

        var key = JobKey.jobKey("postgres-test-" + unique());
        Ran.latch = new CountDownLatch(1);
        scheduler.scheduleJob(JobBuilder.newJob(Ran.class).withIdentity(key).storeDurably().build(),
                TriggerBuilder.newTrigger().forJob(key).startNow().build());

        assertThat(Ran.latch.await(30, TimeUnit.SECONDS)).as("the job ran within 30 s").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from qrtz_job_details where job_name = ?", Long.class,
                key.getName())).as("the job is kept in PostgreSQL").isEqualTo(1);
        awaitNoTriggersOf(key);
        scheduler.deleteJob(key);
    }

    @Test
    void aSecondMigrationIsANoOpAndKeepsTheData() {
        long centresBefore = jdbc.queryForObject("select count(*) from centre", Long.class);

        var result = flyway.migrate();

        assertThat(result.migrationsExecuted).isZero();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(info -> info.getVersion().getVersion()).contains("1", "2");
        assertThat(jdbc.queryForObject("select count(*) from centre", Long.class)).isEqualTo(centresBefore);
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(4);
    }

    /** Quartz finishes a fired trigger in the store just after the job returns; deleting the job waits for that. */
    private void awaitNoTriggersOf(JobKey key) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!scheduler.getTriggersOfJob(key).isEmpty()) {
            assertThat(System.nanoTime() - deadline).as("the fired trigger of %s is completed", key).isNegative();
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static RegionDraft regionDraft(String code, String name) {
        var draft = new RegionDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setLevel(RegionLevel.CITY);
        return draft;
    }

    private static CentreDraft centreDraft(String code, String name, long cityId) {
        var draft = new CentreDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setLevel(CentreLevel.MUNICIPAL);
        draft.setRegionId(cityId);
        draft.setAddress("人民路1号");
        draft.setPhone("0755-12345678");
        return draft;
    }

    private static OrganisationDraft organisationDraft(String code, long regionId) {
        var draft = new OrganisationDraft();
        draft.setCode(code);
        draft.setName("测试志愿者服务队");
        draft.setKind(OrganisationKind.VOLUNTEER_TEAM);
        draft.setRegionId(regionId);
        draft.setDescription("在 PostgreSQL 上创建");
        return draft;
    }

    /** A job that only says it ran; Quartz creates it through Spring's job factory. */
    public static class Ran implements Job {

        static volatile CountDownLatch latch = new CountDownLatch(1);

        @Override
        public void execute(JobExecutionContext context) {
            latch.countDown();
        }
    }
}
