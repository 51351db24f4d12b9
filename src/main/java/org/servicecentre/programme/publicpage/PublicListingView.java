package org.servicecentre.programme.publicpage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.servicecentre.programme.PublicProgramme;
import org.servicecentre.programme.PublicRegistrations;

/** Public programmes with sessions to come, each a card leading to its page. Invitation-only ones are not listed. */
@Route(value = "p", layout = PublicLayout.class)
@AnonymousAllowed
class PublicListingView extends Div implements HasDynamicTitle {

    private static final int SHOWN = 50;

    PublicListingView(PublicRegistrations registrations) {
        addClassName("public-listing");
        var intro = new Div(new H1(getTranslation("public.listing.title")),
                new Paragraph(getTranslation("public.listing.intro")));
        intro.addClassName("public-intro-plain");
        add(intro);
        var programmes = registrations.listing(0, SHOWN);
        if (programmes.isEmpty()) {
            var empty = new Paragraph(getTranslation("public.listing.empty"));
            empty.addClassNames("public-card", "public-empty");
            add(empty);
        }
        programmes.forEach(p -> add(card(p)));
    }

    private Div card(PublicProgramme programme) {
        var card = new Div(new H2(programme.title()));
        card.addClassNames("public-card", "public-listing-card");
        if (programme.organisationName() != null) {
            card.add(line(VaadinIcon.GROUP, getTranslation("public.organiser", programme.organisationName())));
        }
        programme.sessions().stream().findFirst()
                .ifPresent(first -> card.add(line(VaadinIcon.CALENDAR, PublicTexts.when(this, first))));
        var open = new Anchor("p/" + programme.code(), getTranslation("public.listing.open"));
        open.addClassName("public-big-link");
        card.add(open);
        return card;
    }

    private static Div line(VaadinIcon icon, String text) {
        var line = new Div(icon.create(), new Span(text));
        line.addClassName("public-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.listing.title") + " · " + getTranslation("app.name");
    }
}
