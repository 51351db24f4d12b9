package org.servicecentre.occupancy.publicpage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.servicecentre.occupancy.PublicScorecard;
import org.servicecentre.occupancy.PublicScores;

/**
 * A centre's public scorecard: its satisfaction index over the last full months, and its volume of service (sessions,
 * attendances, walk-ins) month by month as a chart and a table. Aggregates only; no person, no programme.
 */
@Route(value = "score/:centreCode", layout = ScoreLayout.class)
@AnonymousAllowed
class ScoreView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicScores scores;
    private String title;

    ScoreView(PublicScores scores) {
        this.scores = scores;
        addClassName("score-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var code = event.getRouteParameters().get("centreCode").orElse("");
        scores.centre(code).ifPresentOrElse(this::show, this::notFound);
    }

    private void show(PublicScorecard card) {
        title = card.name();
        var period = getTranslation("score.period", ScoreTexts.month(this, card.from()),
                ScoreTexts.month(this, card.to()));
        var intro = new Div(new H1(card.name()), new Paragraph(period));
        intro.addClassName("public-intro-plain");
        if (card.address() != null) {
            var address = new Div(VaadinIcon.MAP_MARKER.create(), new Span(card.address()));
            address.addClassName("public-line");
            intro.add(address);
        }
        add(intro, headline(card), volume(card), new ScoreCharts(card), new ScoreTable(card), note());
    }

    private Div headline(PublicScorecard card) {
        var label = new Span(getTranslation("score.index.label"));
        label.addClassName("score-headline-label");
        var badge = ScoreTexts.indexBadge(this, card.index());
        badge.addClassName("score-badge-big");
        var outOf = new Span(card.index() == null ? "" : getTranslation("score.index.out-of"));
        outOf.addClassName("score-muted");
        var responses = new Paragraph(card.responses() == 0 ? getTranslation("score.no-responses")
                : getTranslation("score.responses", card.responses()));
        responses.addClassName("score-muted");
        var box = new Div(label, new Div(badge, outOf), responses);
        box.addClassNames("public-card", "score-headline");
        return box;
    }

    private Div volume(PublicScorecard card) {
        var tiles = new Div(tile("score.sessions", card.sessions()), tile("score.attendances", card.attendances()),
                tile("score.walk-ins", card.walkIns()));
        tiles.addClassName("score-tiles");
        return tiles;
    }

    private Div tile(String key, int value) {
        var number = new Span(String.format(getLocale(), "%,d", value));
        number.addClassName("score-tile-number");
        var label = new Span(getTranslation(key));
        label.addClassName("score-tile-label");
        var tile = new Div(number, label);
        tile.addClassNames("public-card", "score-tile");
        return tile;
    }

    private Paragraph note() {
        var note = new Paragraph(getTranslation("score.note"));
        note.addClassName("score-note");
        return note;
    }

    private void notFound() {
        title = getTranslation("score.not-found.title");
        var icon = VaadinIcon.QUESTION_CIRCLE_O.create();
        icon.addClassName("public-not-found-icon");
        var back = new Anchor("score", getTranslation("score.back"));
        back.addClassName("public-link");
        var box = new Div(icon, new H2(title), new Paragraph(getTranslation("score.not-found.text")), back);
        box.addClassNames("public-card", "public-not-found");
        add(box);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("score.page-title", title == null ? "" : title) + " · " + getTranslation("app.name");
    }
}
