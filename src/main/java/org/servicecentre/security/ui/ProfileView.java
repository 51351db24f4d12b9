package org.servicecentre.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.AccountSummary;
import org.servicecentre.security.StaffCodes;
import org.servicecentre.security.ScopeTargets;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * The signed-in user's own page: who they are and what they may see, their language, where notifications reach them,
 * their password, their staff check-in code (staff roles) and a link to their API tokens.
 */
@Route("profile")
@PermitAll
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;

    ProfileView(AccountService accounts, StaffCodes staffCodes, List<ScopeTargets> scopeTargets) {
        this.accounts = accounts;
        addClassName("profile-view");
        var me = accounts.me();
        add(identity(me, new ScopeLabels(scopeTargets)), language(me), new NotificationSettingsSection(accounts),
                new PasswordChangeForm(accounts));
        if (StaffCodes.mayHoldOne(me.role())) {
            add(new StaffCodeSection(staffCodes, me.displayName()));
        }
        add(tokens());
    }

    private Div identity(AccountSummary me, ScopeLabels scopes) {
        var avatar = new Avatar(me.displayName());
        avatar.addClassName("profile-avatar");
        var name = new H2(me.displayName());
        name.setId("profile-name");
        var role = new Span(getTranslation("role." + me.role().name().toLowerCase(Locale.ROOT)));
        role.addClassName("badge");
        role.setId("profile-role");
        var username = new Span(getTranslation("profile.username", me.username()));
        username.addClassName("profile-username");
        var scope = new Paragraph(getTranslation("profile.scope." + me.role().name().toLowerCase(Locale.ROOT),
                scopes.describe(me, this)));
        scope.addClassName("profile-scope");
        scope.setId("profile-scope");
        var titleRow = new Div(name, role);
        titleRow.addClassName("profile-title-row");
        var text = new Div(titleRow, username, scope);
        var identity = new Div(avatar, text);
        identity.addClassNames("card", "profile-identity");
        return identity;
    }

    private Div language(AccountSummary me) {
        var choice = new RadioButtonGroup<Locale>();
        choice.setItems(Languages.SUPPORTED);
        choice.setItemLabelGenerator(l -> getTranslation("language." + Languages.tagOf(l)));
        choice.setValue(me.language());
        choice.setAriaLabel(getTranslation("profile.language.title"));
        choice.setId("profile-language");
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                switchTo(e.getValue());
            }
        });
        var hint = new Paragraph(getTranslation("profile.language.help"));
        hint.addClassName("profile-hint");
        var section = new Div(new H3(getTranslation("profile.language.title")), hint, choice);
        section.addClassNames("card", "profile-section");
        return section;
    }

    private void switchTo(Locale locale) {
        if (DomainErrors.attempt(() -> accounts.changeLanguage(locale))) {
            VaadinSession.getCurrent().setLocale(locale);
            UI.getCurrent().getPage().reload();
        }
    }

    private Div tokens() {
        var link = new RouterLink(getTranslation("profile.tokens.link"), ApiTokensView.class);
        link.setId("tokens-link");
        var icon = VaadinIcon.KEY_O.create();
        icon.addClassName("profile-link-icon");
        var linkRow = new Div(icon, link);
        linkRow.addClassName("profile-link");
        var section = new Div(new H3(getTranslation("profile.tokens.title")),
                new Paragraph(getTranslation("tokens.intro")), linkRow);
        section.addClassNames("card", "profile-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
