package org.servicecentre.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.AccountSummary;
import org.servicecentre.security.Role;
import org.servicecentre.security.ScopeTargets;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.ui.ListToolbar;

/** The administrators' list of accounts: who may sign in, with which role and scope; opens the user form. */
@Route("admin/users")
@Menu(order = 40, icon = "vaadin:users", title = "nav.users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final ScopeLabels scopes;
    private final long myId;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final ListToolbar toolbar = new ListToolbar(getTranslation("users.search.placeholder"), this::refresh);
    private final ComboBox<Role> roleFilter;

    UsersView(AccountService accounts, List<ScopeTargets> scopeTargets) {
        this.accounts = accounts;
        this.scopes = new ScopeLabels(scopeTargets);
        this.myId = accounts.me().id();
        addClassName("list-view");
        setSizeFull();
        toolbar.searchField().setId("user-search");
        roleFilter = toolbar.addFilter(getTranslation("users.filter.all-roles"), Role.forPeople(), this::roleName);
        roleFilter.setId("role-filter");
        toolbar.addCreateButton(getTranslation("users.new"), "new-user", () -> openForm(null));
        add(toolbar, grid);
        configureGrid();
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("users.column.username"))
                .setKey("username").setWidth("6.5rem").setFlexGrow(1).setTooltipGenerator(AccountSummary::username);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("users.column.display-name"))
                .setKey("displayName").setWidth("7rem").setFlexGrow(1).setTooltipGenerator(AccountSummary::displayName);
        grid.addColumn(a -> roleName(a.role())).setHeader(getTranslation("users.column.role"))
                .setKey("role").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(a -> scopes.describe(a, this)).setHeader(getTranslation("users.column.scope"))
                .setKey("scope").setWidth("12rem").setFlexGrow(3).setTooltipGenerator(a -> scopes.describe(a, this));
        grid.addColumn(a -> getTranslation("language." + Languages.tagOf(a.language())))
                .setHeader(getTranslation("users.column.language")).setKey("language").setWidth("6.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("users.column.status"))
                .setKey("status").setWidth("6.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.CENTER);
        grid.addColumn(a -> a.lastLoginAt() == null ? getTranslation("users.never-signed-in")
                        : Timestamps.format(a.lastLoginAt(), getLocale()))
                .setHeader(getTranslation("users.column.last-sign-in")).setKey("lastSignIn").setWidth("10.5rem")
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.addItemClickListener(e -> openForm(e.getItem()));
        grid.setItems(query -> accounts.list(toolbar.searchText(), roleFilter.getValue(), query.getOffset(),
                query.getLimit()).stream(), query -> (int) accounts.count(toolbar.searchText(), roleFilter.getValue()));
    }

    private Span statusBadge(AccountSummary account) {
        var badge = new Span(getTranslation(account.enabled() ? "users.status.enabled" : "users.status.disabled"));
        badge.addClassNames("badge", account.enabled() ? "success" : "muted");
        return badge;
    }

    private void openForm(AccountSummary account) {
        new UserForm(accounts, scopes, account, account != null && account.id() == myId, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private String roleName(Role role) {
        return getTranslation("role." + role.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
