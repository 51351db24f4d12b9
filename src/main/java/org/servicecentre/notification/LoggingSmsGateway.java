package org.servicecentre.notification;

import org.servicecentre.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SMS "provider" when none is configured: the log. */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String phone, String text) {
        log.info("SMS (no provider configured) to {}: {}", Masking.phone(phone), text);
    }
}
