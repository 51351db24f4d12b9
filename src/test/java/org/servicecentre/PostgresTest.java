package org.servicecentre;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test context for PostgreSQL: the whole app under the {@code postgres} profile on a fresh
 * database of the embedded server, migrated by Flyway, with the demo data asked for explicitly. Keep it
 * identical everywhere so Spring starts it once; name the classes {@code *PostgresIntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "servicecentre.demo-data=true",
        "logging.level.root=warn",
        "spring.main.banner-mode=off",
        "vaadin.devmode.devTools.enabled=false",
        "spring.quartz.scheduler-name=test-pg-${random.uuid}",
        // as under the test profile: tests run the jobs' work themselves, at the times they choose
        "servicecentre.notification.dispatch.enabled=false",
        "servicecentre.checkin.auto-close.enabled=false",
        "servicecentre.reminder.scan.enabled=false",
        "servicecentre.occupancy.digests.enabled=false",
        "servicecentre.occupancy.no-show-release.enabled=false",
        "servicecentre.occupancy.proposals.enabled=false",
        "servicecentre.occupancy.usage-rollup.enabled=false"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = {PostgresTest.Database.class, MailSink.class})
public @interface PostgresTest {

    /** The database all {@code @PostgresTest} classes share. */
    String DATABASE = "servicecentre";

    /** Points the datasource at the shared embedded server, above whatever the environment says. */
    class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres", Map.of(
                    "spring.datasource.url", EmbeddedPostgresServer.jdbcUrl(DATABASE),
                    "spring.datasource.username", EmbeddedPostgresServer.USER,
                    "spring.datasource.password", "")));
        }
    }
}
