package org.servicecentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Under the {@code postgres} profile a production database is never filled with demo data unless someone asks
 * for it. This starts the real app once more, briefly, on a database of its own: the property that decides is
 * resolved from the same files and profile a real installation uses, so the shared test context cannot prove it.
 */
class DemoDataPostgresIntegrationTest {

    @Test
    void seedsNoDemoDataUnderThePostgresProfileUnlessAskedFor() {
        assumeTrue(System.getenv("SERVICECENTRE_DEMO_DATA") == null, "SERVICECENTRE_DEMO_DATA is set here");
        String url = EmbeddedPostgresServer.jdbcUrl("no_demo_data");

        try (var app = new SpringApplicationBuilder(ServiceCentreApplication.class)
                .registerShutdownHook(false)
                .run("--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn",
                        "--vaadin.devmode.devTools.enabled=false",
                        "--spring.quartz.scheduler-name=no-demo-data")) {
            var jdbc = app.getBean(JdbcTemplate.class);

            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class))
                    .as("migrations applied").isPositive();
            for (String table : new String[] {"user_account", "region", "centre", "organisation"}) {
                assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class))
                        .as("rows in %s", table).isZero();
            }
        }
    }
}
