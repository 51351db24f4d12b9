package org.servicecentre.occupancy.publicpage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** Small pieces the scoring pages share: the index badge and month names. */
final class ScoreTexts {

    private ScoreTexts() {
    }

    /** The index as a coloured badge ("85"), or "no scores yet". */
    static Span indexBadge(Component owner, Integer index) {
        var badge = new Span(index == null ? owner.getTranslation("score.index.none") : String.valueOf(index));
        badge.addClassName("score-badge");
        badge.addClassName(index == null ? "score-badge-none" : index >= 85 ? "score-badge-high"
                : index >= 70 ? "score-badge-mid" : "score-badge-low");
        badge.getElement().setAttribute("title", owner.getTranslation("score.index.label"));
        return badge;
    }

    static String month(Component owner, YearMonth month) {
        return DateTimeFormatter.ofPattern(owner.getTranslation("score.month.pattern"),
                        com.vaadin.flow.component.UI.getCurrent().getLocale())
                .format(month);
    }
}
