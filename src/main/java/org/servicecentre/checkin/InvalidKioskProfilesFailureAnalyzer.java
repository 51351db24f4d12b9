package org.servicecentre.checkin;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed start over kiosk profiles into Spring Boot's "APPLICATION FAILED TO START" report: the list of
 * problems and what to do, instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
class InvalidKioskProfilesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidKioskProfilesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidKioskProfilesException cause) {
        return new FailureAnalysis(cause.getMessage(), "Correct the kiosk profile files named above (every key, its"
                + " default and allowed values: kiosk-config/README.md), or point servicecentre.kiosk.config-dir"
                + " (SERVICECENTRE_KIOSK_CONFIG_DIR) at another directory.", cause);
    }
}
