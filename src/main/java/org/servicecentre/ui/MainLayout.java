package org.servicecentre.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.servicecentre.notification.ui.InboxBell;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.AccountSummary;
import org.servicecentre.shared.Languages;

/**
 * The frame around every signed-in page: a side navigation that lists only what the user's role may open
 * (menu titles are translation keys), the page title, the inbox bell and the user menu.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final AccountService accounts;
    private final AuthenticationContext authentication;

    MainLayout(AccountService accounts, AuthenticationContext authentication, InboxBell inboxBell) {
        this.accounts = accounts;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        var me = accounts.me();
        addToDrawer(brand(), new Scroller(navigation()));
        viewTitle.addClassName("view-title");
        var spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(new DrawerToggle(), viewTitle, spacer, inboxBell, userMenu(me));
    }

    private Div brand() {
        var name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        var subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("brand-subtitle");
        var brand = new Div(new Icon(VaadinIcon.BUILDING), new Div(name, subtitle));
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.setId("side-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        String title = getTranslation(entry.title());
        return entry.icon() == null ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    private MenuBar userMenu(AccountSummary me) {
        var menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var avatar = new Avatar(me.displayName());
        avatar.addClassName("user-avatar");
        var trigger = new Div(avatar, new Span(me.displayName()));
        trigger.addClassName("user-trigger");
        var root = menu.addItem(trigger);
        var sub = root.getSubMenu();
        sub.addItem(getTranslation("menu.profile"), e -> UI.getCurrent().navigate("profile"));
        sub.addItem(getTranslation("menu.api-tokens"), e -> UI.getCurrent().navigate("profile/tokens"));
        var languageItem = sub.addItem(getTranslation("menu.language"));
        languageItem.setId("language");
        var language = languageItem.getSubMenu();
        Languages.SUPPORTED.forEach(locale -> {
            var item = language.addItem(getTranslation("language." + Languages.tagOf(locale)), e -> switchTo(locale));
            item.setId("language-" + Languages.tagOf(locale));
            item.setCheckable(true);
            item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        });
        sub.addSeparator();
        sub.addItem(getTranslation("menu.logout"), e -> authentication.logout()).setId("logout");
        return menu;
    }

    private void switchTo(Locale locale) {
        accounts.changeLanguage(locale);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var view = event.getActiveChain().getFirst();
        viewTitle.setText(view instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
