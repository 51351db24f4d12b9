package org.servicecentre.programme.publicpage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A friendly "not found" for a wrong or outdated link: what happened and where to go, never an error page. */
class PublicNotFound extends Div {

    PublicNotFound(String titleKey, String textKey) {
        addClassNames("public-card", "public-not-found");
        var icon = VaadinIcon.QUESTION_CIRCLE_O.create();
        icon.addClassName("public-not-found-icon");
        var listing = new Anchor("p", getTranslation("public.back-to-listing"));
        listing.addClassName("public-link");
        add(icon, new H1(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)), listing);
    }
}
