package org.servicecentre.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.servicecentre.security.StaffCodeSummary;
import org.servicecentre.security.StaffCodes;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * The profile's "my staff check-in code" (我的工作人员签到码): what it is for, whether the user has one (when made,
 * when last used), and create / renew / revoke. A new code is shown once, in {@link StaffCodeDialog}.
 */
class StaffCodeSection extends Composite<Div> {

    private final StaffCodes codes;
    private final String holderName;
    private final Div state = new Div();

    StaffCodeSection(StaffCodes codes, String holderName) {
        this.codes = codes;
        this.holderName = holderName;
        var intro = new Paragraph(getTranslation("staffcode.intro"));
        intro.addClassName("staff-code-intro");
        var notLogin = new Paragraph(getTranslation("staffcode.not-a-login"));
        notLogin.addClassName("profile-hint");
        state.setId("staff-code-state");
        state.addClassName("staff-code-state");
        var root = getContent();
        root.setId("staff-code-section");
        root.addClassNames("card", "profile-section", "staff-code-section");
        root.add(new H3(getTranslation("staffcode.title")), intro, notLogin, state);
        refresh();
    }

    private void refresh() {
        state.removeAll();
        codes.mine().ifPresentOrElse(this::showCurrent, this::showNone);
    }

    private void showNone() {
        var none = new Paragraph(getTranslation("staffcode.none"));
        none.setId("staff-code-none");
        var create = new Button(getTranslation("staffcode.create"), VaadinIcon.QRCODE.create(), e -> issue(false));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("staff-code-create");
        state.add(none, create);
    }

    private void showCurrent(StaffCodeSummary code) {
        var badge = new Span(getTranslation("staffcode.active"));
        badge.addClassNames("badge", "success");
        var hint = new Span(getTranslation("staffcode.hint", code.hint()));
        hint.addClassName("token-prefix");
        var line = new Div(badge, hint);
        line.addClassName("staff-code-line");
        var dates = new Paragraph(getTranslation("staffcode.dates", Timestamps.format(code.issuedAt(), getLocale()),
                code.lastUsedAt() == null ? getTranslation("staffcode.never-used")
                        : Timestamps.format(code.lastUsedAt(), getLocale())));
        dates.setId("staff-code-dates");
        dates.addClassName("profile-hint");
        var renew = new Button(getTranslation("staffcode.renew"), VaadinIcon.REFRESH.create(), e -> confirmRenew());
        renew.setId("staff-code-renew");
        var revoke = new Button(getTranslation("staffcode.revoke"), e -> confirmRevoke());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setId("staff-code-revoke");
        var buttons = new Div(renew, revoke);
        buttons.addClassName("staff-code-buttons");
        state.add(line, dates, buttons);
    }

    private void confirmRenew() {
        Confirmations.destructive(getTranslation("staffcode.renew.title"), getTranslation("staffcode.renew.text"),
                getTranslation("staffcode.renew.confirm"), () -> issue(true)).setId("staff-code-confirm-renew");
    }

    private void confirmRevoke() {
        Confirmations.destructive(getTranslation("staffcode.revoke.title"), getTranslation("staffcode.revoke.text"),
                getTranslation("staffcode.revoke.confirm"), this::revoke).setId("staff-code-confirm-revoke");
    }

    private void issue(boolean renewing) {
        var issued = DomainErrors.attempt(() -> codes.issue());
        if (issued != null) {
            refresh();
            if (renewing) {
                Notifications.success(getTranslation("staffcode.renewed"));
            }
            new StaffCodeDialog(issued, holderName).open();
        }
    }

    private void revoke() {
        if (DomainErrors.attempt(codes::revoke)) {
            Notifications.success(getTranslation("staffcode.revoked"));
            refresh();
        }
    }
}
