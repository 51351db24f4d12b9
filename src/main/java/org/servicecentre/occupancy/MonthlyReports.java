package org.servicecentre.occupancy;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.TreeSet;
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
 * Schedules last month's work report for every centre that has managers: the report is compiled once per centre and
 * each manager gets one message in their language (headline figures and highlights, a link to the reports page preset
 * to the centre and month), keyed by centre, month and account, so a second run in the same month schedules nothing.
 * Non-essential (dropped for managers who opted out). One centre's failure is logged and does not stop the others.
 */
@Service
public class MonthlyReports {

    public static final String KIND = "monthly-report";
    static final Duration USEFUL_FOR = Duration.ofDays(14);

    private static final Logger log = LoggerFactory.getLogger(MonthlyReports.class);

    private final AccountDirectory accounts;
    private final WorkReports reports;
    private final MonthlyReportMail mail;
    private final Outbox outbox;

    MonthlyReports(AccountDirectory accounts, WorkReports reports, MonthlyReportMail mail, Outbox outbox) {
        this.accounts = accounts;
        this.reports = reports;
        this.mail = mail;
        this.outbox = outbox;
    }

    /** What a run did: messages scheduled (new ones), already there, centres that failed. */
    public record Run(YearMonth month, int scheduled, int existing, int failed) {

        @Override
        public String toString() {
            return "scheduled " + scheduled + " monthly reports for " + month + " (" + existing
                    + " already scheduled, " + failed + " centres failed)";
        }
    }

    /** The month before {@code now} (in the cities' zone), e.g. October on 1 November. */
    static YearMonth reportedMonth(Instant now) {
        return YearMonth.from(now.atZone(WorkReports.ZONE)).minusMonths(1);
    }

    public static String link(long centreId, YearMonth month) {
        return "/reports?centre=" + centreId + "&month=" + month;
    }

    public Run send(Instant now) {
        var month = reportedMonth(now);
        return SystemAuthentication.asSystem(() -> {
            var centres = new TreeSet<Long>();
            for (AccountContact manager : accounts.withRole(Role.CENTRE_MANAGER)) {
                accounts.scopeOf(manager.id()).ifPresent(scope -> centres.addAll(scope.centreIds()));
            }
            int scheduled = 0;
            int existing = 0;
            int failed = 0;
            for (long centreId : centres) {
                try {
                    var managers = accounts.managersOf(centreId);
                    if (managers.isEmpty()) {
                        continue;
                    }
                    var report = reports.compile(UsageSubject.centre(centreId), UsagePeriod.month(month));
                    for (AccountContact manager : managers) {
                        var request = new NotificationRequest("monthly-report:" + centreId + ":" + month + ":account:"
                                + manager.id(), KIND, Recipient.account(manager.id()), now, now.plus(USEFUL_FOR), false,
                                link(centreId, month), mail.message(report, month));
                        if (outbox.schedule(request) > 0) {
                            scheduled++;
                        } else {
                            existing++;
                        }
                    }
                } catch (RuntimeException e) {
                    failed++;
                    log.warn("Monthly report for centre {} failed: {}", centreId, e.toString(), e);
                }
            }
            return new Run(month, scheduled, existing, failed);
        });
    }
}
