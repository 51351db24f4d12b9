package org.servicecentre.demo;

import java.util.Set;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.RegistrationDraft;
import org.servicecentre.programme.RegistrationService;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo residents signing up: about two in three leave a name and a phone number (with their consent), the others
 * stay anonymous, as many migrant workers prefer. The first ticket link is printed so that a newcomer can open a
 * ticket page (and, with the kiosk, check in with it).
 */
@Component
class DemoRegistrations {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistrations.class);
    private static final String[] NAMES = {"王秀英", "李建国", "张桂兰", "刘志强", "陈美玲", "杨丽", "赵军", "黄晓燕",
        "周海", "吴淑芬", "徐磊", "孙丽华", "马小红", "朱国平", "胡玉梅", "郭强", "何静", "林雪", "罗志刚", "梁慧"};
    private static final TargetGroup[][] GROUPS = {{TargetGroup.ELDERLY}, {}, {TargetGroup.MIGRANT_WORKERS},
        {TargetGroup.WOMEN}, {}, {TargetGroup.CHILDREN}};

    private final RegistrationService registrations;
    private int residents;
    private boolean ticketShown;

    DemoRegistrations(RegistrationService registrations) {
        this.registrations = registrations;
    }

    /** Registers {@code count} new residents for the session (or, with none, for the whole programme). */
    void register(ProgrammeSummary programme, SessionSummary session, int count) {
        for (int i = 0; i < count; i++) {
            int n = residents++;
            var resident = n % 3 == 2 ? ResidentDraft.anonymous()
                    : new ResidentDraft(NAMES[n % NAMES.length], phone(n), Set.of(GROUPS[n % GROUPS.length]), true);
            var registration = registrations.register(new RegistrationDraft(programme.id(),
                    session == null ? null : session.id(), null, resident));
            if (!ticketShown && session != null && registration.manageToken() != null) {
                ticketShown = true;
                log.info("Demo ticket page (no login): /t/{}  ({})", registration.manageToken(), programme.title());
            }
        }
    }

    /** Distinct, plausible mobile numbers (13x/15x/18x), the same for the same demo resident on every start. */
    private static String phone(int n) {
        String[] prefixes = {"138", "139", "150", "186", "137"};
        return prefixes[n % prefixes.length] + String.format("%08d", (n * 7_919_311L + 1_234_567L) % 100_000_000L);
    }
}
