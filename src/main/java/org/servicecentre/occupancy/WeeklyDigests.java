package org.servicecentre.occupancy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.servicecentre.notification.NotificationRequest;
import org.servicecentre.notification.Outbox;
import org.servicecentre.notification.Recipient;
import org.servicecentre.security.AccountContact;
import org.servicecentre.security.AccountDirectory;
import org.servicecentre.security.Role;
import org.servicecentre.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Schedules the weekly digests for the last full week: one per centre manager (their centres) and one per member of
 * an organisation's staff (the organisation's programmes), keyed by account and ISO week, so a second run in the
 * same week schedules nothing. Digests are non-essential (the outbox drops them for recipients who opted out) and
 * stale after a few days. One recipient's failure is logged and does not stop the others.
 */
@Service
public class WeeklyDigests {

    public static final String KIND = "weekly-digest";
    /** Where the digest's button leads: the preview of this week's digest in the app. */
    public static final String LINK = "/digest";
    static final Duration USEFUL_FOR = Duration.ofDays(3);

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigests.class);

    private final AccountDirectory accounts;
    private final DigestCompiler compiler;
    private final DigestMail mail;
    private final Outbox outbox;

    WeeklyDigests(AccountDirectory accounts, DigestCompiler compiler, DigestMail mail, Outbox outbox) {
        this.accounts = accounts;
        this.compiler = compiler;
        this.mail = mail;
        this.outbox = outbox;
    }

    /** What a run did: digests scheduled (new ones), already there, failed. */
    public record Run(int scheduled, int existing, int failed) {

        @Override
        public String toString() {
            return "scheduled " + scheduled + " digests (" + existing + " already scheduled, " + failed + " failed)";
        }
    }

    public Run send(Instant now) {
        return SystemAuthentication.asSystem(() -> {
            int[] counts = new int[3];
            for (AccountContact manager : accounts.withRole(Role.CENTRE_MANAGER)) {
                attempt(counts, manager, () -> {
                    var scope = accounts.scopeOf(manager.id()).orElse(null);
                    if (scope == null || scope.centreIds().isEmpty()) {
                        return null;
                    }
                    var digest = compiler.manager(manager.id(), manager.displayName(), scope.centreIds(), now);
                    return request("digest:manager:" + manager.id() + ":" + digest.week().isoWeek(), manager, now,
                            mail.manager(digest));
                });
            }
            Map<Long, OrganisationDigest> byOrganisation = new HashMap<>();
            for (AccountContact staff : accounts.withRole(Role.NGO_STAFF)) {
                attempt(counts, staff, () -> {
                    var scope = accounts.scopeOf(staff.id()).orElse(null);
                    if (scope == null || scope.organisationId() == null) {
                        return null;
                    }
                    var digest = byOrganisation.computeIfAbsent(scope.organisationId(),
                            id -> compiler.organisation(id, now));
                    return request("digest:organisation:" + staff.id() + ":" + digest.week().isoWeek(), staff, now,
                            mail.organisation(digest));
                });
            }
            return new Run(counts[0], counts[1], counts[2]);
        });
    }

    private void attempt(int[] counts, AccountContact recipient, java.util.function.Supplier<NotificationRequest> work) {
        try {
            var request = work.get();
            if (request == null) {
                return;
            }
            if (outbox.schedule(request) > 0) {
                counts[0]++;
            } else {
                counts[1]++;
            }
        } catch (RuntimeException e) {
            counts[2]++;
            log.warn("Weekly digest for account {} failed: {}", recipient.id(), e.toString(), e);
        }
    }

    private static NotificationRequest request(String key, AccountContact recipient, Instant now,
                                               org.servicecentre.notification.NotificationMessage message) {
        return new NotificationRequest(key, KIND, Recipient.account(recipient.id()), now, now.plus(USEFUL_FOR), false,
                LINK, message);
    }
}
