package org.servicecentre.occupancy;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.servicecentre.notification.MailLayout;
import org.servicecentre.notification.NotificationContent;
import org.servicecentre.security.AccountContact;
import org.servicecentre.security.AccountDirectory;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * This week's digest as it would be sent now, as the whole e-mail (for the app's preview page): a manager's own, an
 * organisation's for its staff, and any manager's for administrators.
 */
@Service
public class DigestPreview {

    private final DigestCompiler compiler;
    private final DigestMail mail;
    private final MailLayout layout;
    private final TranslationProvider translations;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    DigestPreview(DigestCompiler compiler, DigestMail mail, MailLayout layout, TranslationProvider translations,
                  AccountDirectory accounts, CurrentUser currentUser, Clock clock) {
        this.compiler = compiler;
        this.mail = mail;
        this.layout = layout;
        this.translations = translations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The caller's own digest (managers, organisation staff); empty for roles that receive none. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> mine(Locale locale) {
        var scope = currentUser.scope();
        if (scope.is(Role.CENTRE_MANAGER) && !scope.centreIds().isEmpty()) {
            return Optional.of(page(mail.render(compiler.manager(scope.userId(), scope.displayName(),
                    scope.centreIds(), clock.instant()), translations, locale), locale));
        }
        if (scope.is(Role.NGO_STAFF) && scope.organisationId() != null) {
            return Optional.of(page(mail.render(compiler.organisation(scope.organisationId(), clock.instant()),
                    translations, locale), locale));
        }
        return Optional.empty();
    }

    /** The managers whose digest an administrator may look at. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountContact> managers() {
        return accounts.withRole(Role.CENTRE_MANAGER);
    }

    /** A manager's digest as it would be sent to them now (shown in {@code locale}). */
    @PreAuthorize("hasRole('ADMIN')")
    public String ofManager(long accountId, Locale locale) {
        var scope = accounts.scopeOf(accountId).filter(s -> s.is(Role.CENTRE_MANAGER))
                .orElseThrow(() -> new NotFoundException("account", accountId));
        return page(mail.render(compiler.manager(accountId, scope.displayName(), scope.centreIds(), clock.instant()),
                translations, locale), locale);
    }

    /** The e-mail, its links opening in the app's window rather than inside the preview's frame. */
    private String page(NotificationContent content, Locale locale) {
        return layout.html(content, WeeklyDigests.LINK, locale).replaceFirst("<head>", "<head><base target=\"_top\">");
    }
}
