package org.servicecentre.demo;

import java.util.Locale;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.KioskDraft;
import org.servicecentre.checkin.KioskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One paired entrance kiosk per demo centre (KJY-ENTRANCE …), so a newcomer can open a kiosk from the README. Each is
 * paired with a FIXED, documented device token ({@code kd_demo-kiosk-kjy-entrance} …): only the demo database has
 * them, and only their hashes are stored. Real kiosks are always paired with a one-time code and a random token.
 */
@Component
@Order(70)
class DemoKiosks implements DemoLayer {

    private static final Logger log = LoggerFactory.getLogger(DemoKiosks.class);

    private final CentreService centres;
    private final KioskService kiosks;
    private final Environment environment;

    DemoKiosks(CentreService centres, KioskService kiosks, Environment environment) {
        this.centres = centres;
        this.kiosks = kiosks;
        this.environment = environment;
    }

    /** The documented demo token of a centre's entrance kiosk. */
    static String demoToken(String centreCode) {
        return "kd_demo-kiosk-" + centreCode.toLowerCase(Locale.ROOT) + "-entrance";
    }

    @Override
    public void seed() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        var text = new StringBuilder("\n\n  Demo kiosks (one per centre, already paired; open in a browser):\n");
        for (var centre : centres.list("", null, 0, 100)) {
            var code = kiosks.create(centre.id(), new KioskDraft(centre.code() + "-ENTRANCE", "入口大厅签到机"));
            String token = demoToken(centre.code());
            kiosks.pairWithKnownToken(code.kiosk().id(), token);
            text.append(String.format("    %-14s http://localhost:%s/kiosk/pair?device=%s%n", code.kiosk().code(), port,
                    token));
        }
        log.info(text.toString());
    }
}
