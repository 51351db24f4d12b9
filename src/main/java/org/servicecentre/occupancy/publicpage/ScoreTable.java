package org.servicecentre.occupancy.publicpage;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import org.servicecentre.occupancy.PublicMonthScore;
import org.servicecentre.occupancy.PublicScorecard;

/** The scorecard's figures month by month as a plain table (readable on a phone, and by screen readers). */
class ScoreTable extends Div {

    ScoreTable(PublicScorecard card) {
        addClassNames("public-card", "score-table-card");
        var table = new Element("table");
        table.setAttribute("class", "score-table");
        var head = new Element("tr");
        for (var key : new String[] {"score.table.month", "score.index.short", "score.table.responses",
                "score.table.sessions", "score.table.attendances", "score.table.walk-ins"}) {
            head.appendChild(new Element("th").setText(getTranslation(key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (PublicMonthScore month : card.months().reversed()) {
            var row = new Element("tr");
            row.appendChild(new Element("td").setText(ScoreTexts.month(this, month.month())));
            row.appendChild(new Element("td").setText(month.index() == null ? "–" : String.valueOf(month.index())));
            row.appendChild(new Element("td").setText(String.valueOf(month.responses())));
            row.appendChild(new Element("td").setText(String.valueOf(month.sessions())));
            row.appendChild(new Element("td").setText(String.valueOf(month.attendances())));
            row.appendChild(new Element("td").setText(String.valueOf(month.walkIns())));
            body.appendChild(row);
        }
        table.appendChild(body);
        add(new H2(getTranslation("score.table.title")));
        getElement().appendChild(table);
    }
}
