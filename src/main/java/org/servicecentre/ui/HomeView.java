package org.servicecentre.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.CentreSummary;
import org.servicecentre.centre.RegionService;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.organisation.OrganisationSummary;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Role;
import org.servicecentre.security.Scope;

/** The first page after sign-in: what this user is responsible for, from the data. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final int CENTRES_SHOWN = 12;

    private final CentreService centres;
    private final OrganisationService organisations;
    private final RegionService regions;
    private final AccountService accounts;

    HomeView(CurrentUser currentUser, CentreService centres, OrganisationService organisations,
             RegionService regions, AccountService accounts) {
        this.centres = centres;
        this.organisations = organisations;
        this.regions = regions;
        this.accounts = accounts;
        addClassName("home-view");
        var scope = currentUser.scope();
        add(greeting(scope));
        switch (scope.role()) {
            case ADMIN -> showAdmin();
            case REGION_OFFICER -> showOfficer();
            case CENTRE_MANAGER -> showCentres("home.my-centres", "home.my-centres.empty");
            case NGO_STAFF -> showOrganisation(scope);
            case KIOSK -> { }
        }
    }

    private Div greeting(Scope scope) {
        int hour = LocalTime.now(CentreDraft.DEFAULT_ZONE).getHour();
        String key = hour >= 5 && hour < 12 ? "home.greeting.morning"
                : hour >= 12 && hour < 18 ? "home.greeting.afternoon" : "home.greeting.evening";
        var title = new H2(getTranslation(key, scope.displayName()));
        var role = new Paragraph(scope.is(Role.REGION_OFFICER)
                ? getTranslation("home.officer.region", regions.get(scope.regionId()).name())
                : getTranslation("role." + scope.role().name().toLowerCase(Locale.ROOT) + ".description"));
        role.addClassName("home-role");
        var greeting = new Div(title, role);
        greeting.addClassName("home-greeting");
        return greeting;
    }

    private void showAdmin() {
        var figures = new Div(
                figure("home.figure.users", accounts.countAll(), "admin/users"),
                figure("home.figure.regions", regions.count("", null), "regions"),
                figure("home.figure.centres", centres.count("", null), "centres"),
                figure("home.figure.organisations", organisations.count("", null), "organisations"));
        figures.addClassName("figures");
        add(figures);
        showCentres("home.centres", "home.centres.empty");
    }

    private void showOfficer() {
        var figures = new Div(
                figure("home.figure.centres", centres.count("", null), "centres"),
                figure("home.figure.organisations", organisations.count("", null), "organisations"));
        figures.addClassName("figures");
        add(figures);
        showCentres("home.centres", "home.centres.empty");
    }

    private void showOrganisation(Scope scope) {
        var organisation = organisations.get(scope.organisationId());
        add(new H2(getTranslation("home.my-organisation")), organisationCard(organisation));
        showCentres("home.bookable-centres", "home.centres.empty");
    }

    private void showCentres(String titleKey, String emptyKey) {
        long total = centres.count("", null);
        add(new H2(getTranslation(titleKey, total)));
        List<CentreSummary> shown = centres.list("", null, 0, CENTRES_SHOWN);
        if (shown.isEmpty()) {
            var empty = new Paragraph(getTranslation(emptyKey));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        var cards = new Div();
        cards.addClassName("cards");
        shown.forEach(centre -> cards.add(centreCard(centre)));
        add(cards);
        if (total > shown.size()) {
            add(new Anchor("centres", getTranslation("home.all-centres", total)));
        }
    }

    private Div centreCard(CentreSummary centre) {
        var name = new Span(centre.name());
        name.addClassName("card-title");
        var level = new Span(getTranslation("centre.level." + centre.level().name().toLowerCase(Locale.ROOT)));
        level.addClassName("badge");
        var card = new Div(name, level, line(centre.regionName()), line(centre.address()), line(centre.phone()));
        card.addClassName("card");
        return card;
    }

    private Div organisationCard(OrganisationSummary organisation) {
        var name = new Span(organisation.name());
        name.addClassName("card-title");
        var kind = new Span(getTranslation("organisation.kind." + organisation.kind().name().toLowerCase(Locale.ROOT)));
        kind.addClassName("badge");
        var card = new Div(name, kind, line(organisation.regionName()), line(organisation.address()),
                line(organisation.description()));
        card.addClassName("card");
        return card;
    }

    private static Paragraph line(String text) {
        var line = new Paragraph(text == null ? "" : text);
        line.addClassName("card-line");
        line.setVisible(text != null && !text.isBlank());
        return line;
    }

    private Div figure(String labelKey, long value, String route) {
        var number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        var link = new Anchor(route, getTranslation(labelKey));
        var figure = new Div(number, link);
        figure.addClassName("figure");
        return figure;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
