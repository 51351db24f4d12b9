package org.servicecentre;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for the test contexts, started once per JVM on a free port; the context's mail
 * sender points at it. Dispatch is off in tests, so mail arrives only when a test dispatches.
 */
public final class MailSink implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port = server().getSmtp().getPort();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mail-sink", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(port))));
    }
}
