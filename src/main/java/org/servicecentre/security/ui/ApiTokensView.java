package org.servicecentre.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.servicecentre.security.ApiTokenService;
import org.servicecentre.security.ApiTokenSummary;
import org.servicecentre.shared.ui.Confirmations;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/** The signed-in user's personal API tokens for scripts and integrations: create, see, revoke. */
@Route("profile/tokens")
@PermitAll
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    /** A token's state as its owner sees it. */
    enum Status { ACTIVE, REVOKED, EXPIRED }

    private final ApiTokenService tokens;
    private final Clock clock;
    private final Grid<ApiTokenSummary> grid = new Grid<>();

    ApiTokensView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        addClassName("list-view");
        addClassName("tokens-view");
        setSizeFull();
        add(header(), grid);
        configureGrid();
        refresh();
    }

    private Div header() {
        var intro = new Paragraph(getTranslation("tokens.intro"));
        intro.addClassName("tokens-intro");
        var back = new RouterLink(getTranslation("tokens.back-to-profile"), ProfileView.class);
        back.addClassName("tokens-back");
        var create = new Button(getTranslation("tokens.create"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-token");
        var text = new Div(intro, back);
        text.addClassName("grow");
        var header = new Div(text, create);
        header.addClassName("list-toolbar");
        header.addClassName("tokens-header");
        return header;
    }

    private void configureGrid() {
        grid.setId("tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addComponentColumn(this::nameAndPrefix).setHeader(getTranslation("tokens.column.name"))
                .setKey("name").setWidth("12rem").setFlexGrow(1).setTooltipGenerator(ApiTokenSummary::name);
        grid.addColumn(t -> Timestamps.format(t.createdAt(), getLocale()))
                .setHeader(getTranslation("tokens.column.created")).setKey("created").setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(t -> t.expiresAt() == null ? getTranslation("tokens.never-expires")
                        : Timestamps.format(t.expiresAt(), getLocale()))
                .setHeader(getTranslation("tokens.column.expires")).setKey("expires").setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.never-used")
                        : Timestamps.format(t.lastUsedAt(), getLocale()))
                .setHeader(getTranslation("tokens.column.last-used")).setKey("lastUsed").setWidth("10.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("tokens.column.status"))
                .setKey("status").setWidth("7.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setKey("actions").setWidth("6.5rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("tokens.empty"));
    }

    /** The token's name, and below it the start of the token so its owner can tell which one a script uses. */
    private Div nameAndPrefix(ApiTokenSummary token) {
        var name = new Span(token.name());
        name.addClassName("token-name");
        var prefix = new Span(getTranslation("tokens.prefix", token.prefix()));
        prefix.addClassName("token-prefix");
        var cell = new Div(name, prefix);
        cell.addClassName("token-cell");
        return cell;
    }

    Status statusOf(ApiTokenSummary token) {
        Instant now = clock.instant();
        if (token.revokedAt() != null) {
            return Status.REVOKED;
        }
        return token.active(now) ? Status.ACTIVE : Status.EXPIRED;
    }

    private Span statusBadge(ApiTokenSummary token) {
        var status = statusOf(token);
        var badge = new Span(getTranslation("tokens.status." + status.name().toLowerCase(Locale.ROOT)));
        badge.addClassNames("badge", switch (status) {
            case ACTIVE -> "success";
            case REVOKED -> "error";
            case EXPIRED -> "muted";
        });
        return badge;
    }

    private Span revokeButton(ApiTokenSummary token) {
        var cell = new Span();
        if (statusOf(token) == Status.ACTIVE) {
            var revoke = new Button(getTranslation("tokens.revoke"), e -> confirmRevoke(token));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.addClassName("revoke-token");
            cell.add(revoke);
        }
        return cell;
    }

    private void openCreate() {
        new TokenCreateDialog(tokens, issued -> {
            refresh();
            var shown = new OneTimeSecretDialog(getTranslation("tokens.created.title", issued.summary().name()),
                    getTranslation("tokens.created.text"), issued.token());
            shown.setId("new-token");
            shown.open();
        }).open();
    }

    private void confirmRevoke(ApiTokenSummary token) {
        Confirmations.destructive(getTranslation("tokens.revoke.title", token.name()),
                getTranslation("tokens.revoke.text"), getTranslation("tokens.revoke.confirm"), () -> revoke(token))
                .setId("confirm-revoke");
    }

    private void revoke(ApiTokenSummary token) {
        if (DomainErrors.attempt(() -> tokens.revoke(token.id()))) {
            Notifications.success(getTranslation("tokens.revoked", token.name()));
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title");
    }
}
