package org.servicecentre.programme.publicpage;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.servicecentre.programme.OutsideSessionDraft;
import org.servicecentre.programme.ProgrammeDraft;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.programme.TargetGroup;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Creates public programmes with one session each, as the NGO staff user, outside any test's own security context. */
class PublicProgrammes {

    record Created(ProgrammeSummary programme, SessionSummary session) {
    }

    private final ProgrammeService programmes;
    private final SessionService sessions;
    private final UserDetailsService users;

    PublicProgrammes(ProgrammeService programmes, SessionService sessions, UserDetailsService users) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.users = users;
    }

    Created withOneSession(String title, int capacity) {
        var previous = SecurityContextHolder.getContext();
        var ngo = users.loadUserByUsername("ngo");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ngo, null, ngo.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            var programme = programmes.create(new ProgrammeDraft(null, title + " " + UUID.randomUUID().toString()
                    .substring(0, 6), "一起聊聊身体和生活。", Set.of(TargetGroup.ELDERLY), null, null, capacity,
                    RegistrationMode.PER_SESSION, ProgrammeVisibility.PUBLIC, null, null));
            var start = Instant.now().plus(Duration.ofDays(3));
            var session = sessions.addOutside(programme.id(),
                    new OutsideSessionDraft("社区公园凉亭", start, start.plus(Duration.ofHours(2))));
            return new Created(programme, session);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
