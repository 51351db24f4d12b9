package org.servicecentre.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Hands each test a fresh {@link Browser} pointed at the app Spring started on a random port, closes it after
 * the test, and keeps a screenshot of what the browser showed when a test failed.
 */
class Chromium implements ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(Browser.class, type -> Browser.start(baseUrl(context)),
                Browser.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        var browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser != null) {
            try {
                String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-" + context.getDisplayName()
                                .replaceAll("[^A-Za-z0-9]+", "_");
                failure.addSuppressed(new AssertionError("What the browser showed: " + browser.saveScreenshot(name)));
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    private static String baseUrl(ExtensionContext context) {
        var environment = SpringExtension.getApplicationContext(context).getEnvironment();
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }
}
