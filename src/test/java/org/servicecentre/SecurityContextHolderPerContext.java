package org.servicecentre;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static {@link SecurityContextHolder} at the strategy of the context a test runs in.
 * Vaadin gives each application context its own strategy (with its own thread-local) and installs it globally
 * when the context starts, while method security keeps the one of its own context. With several test contexts
 * in one JVM (H2 and PostgreSQL), the last one started would otherwise win, and {@code asSystem(..)} in a test
 * of another context would authenticate where that context's services do not look.
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class SecurityContextHolderPerContext implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    private static void useStrategyOf(TestContext testContext) {
        var strategy = testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique();
        if (strategy != null && strategy != SecurityContextHolder.getContextHolderStrategy()) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
