package org.servicecentre.occupancy.publicpage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.servicecentre.occupancy.PublicCentreScore;
import org.servicecentre.occupancy.PublicScores;

/** Every active centre with its satisfaction index over the recent months, best first, each leading to its page. */
@Route(value = "score", layout = ScoreLayout.class)
@AnonymousAllowed
class ScoreIndexView extends Div implements HasDynamicTitle {

    ScoreIndexView(PublicScores scores) {
        addClassName("score-index");
        var intro = new Div(new H1(getTranslation("score.index.title")),
                new Paragraph(getTranslation("score.index.intro", PublicScores.MONTHS)));
        intro.addClassName("public-intro-plain");
        add(intro);
        var centres = scores.centres();
        if (centres.isEmpty()) {
            var empty = new Paragraph(getTranslation("score.index.empty"));
            empty.addClassNames("public-card", "public-empty");
            add(empty);
        }
        centres.forEach(c -> add(card(c)));
    }

    private Div card(PublicCentreScore centre) {
        var name = new H2(centre.name());
        var index = ScoreTexts.indexBadge(this, centre.index());
        var head = new Div(name, index);
        head.addClassName("score-card-head");
        var responses = new Span(centre.responses() == 0 ? getTranslation("score.no-responses")
                : getTranslation("score.responses", centre.responses()));
        responses.addClassName("score-muted");
        var open = new Anchor("score/" + centre.code(), getTranslation("score.index.open"));
        open.addClassName("public-link");
        var card = new Div(head, responses, new Div(open));
        card.addClassNames("public-card", "score-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("score.index.title") + " · " + getTranslation("app.name");
    }
}
