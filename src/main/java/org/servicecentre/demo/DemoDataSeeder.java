package org.servicecentre.demo;

import java.util.List;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo neighbourhood when the database is empty and {@code servicecentre.demo-data} is true
 * (the default for H2; off under the postgres profile unless asked for), then prints the demo logins.
 */
@Component
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final List<DemoLayer> layers;
    private final AccountService accounts;
    private final boolean enabled;
    private final org.springframework.core.env.Environment environment;

    /** Spring hands over the layers sorted by their {@code @Order}. */
    DemoDataSeeder(List<DemoLayer> layers, AccountService accounts,
                   @Value("${servicecentre.demo-data:false}") boolean enabled,
                   org.springframework.core.env.Environment environment) {
        this.layers = layers;
        this.accounts = accounts;
        this.enabled = enabled;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (accounts.isEmpty()) {
            SystemAuthentication.asSystem(() -> layers.forEach(DemoLayer::seed));
            log.info("Demo data seeded into the empty database.");
        }
        printLogins();
    }

    private void printLogins() {
        var text = new StringBuilder("\n\n  Service Centre demo logins (password for each: ")
                .append(DemoNeighbourhood.PASSWORD).append(")\n");
        DemoNeighbourhood.LOGINS.forEach(login -> text.append(String.format("    %-8s  %-15s  %s%n",
                login.username(), login.role(), login.displayName())));
        // the port actually bound (local.server.port), so --server.port=… starts print the right address
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        text.append("  Open http://localhost:").append(port).append(" and sign in.\n");
        log.info(text.toString());
    }
}
