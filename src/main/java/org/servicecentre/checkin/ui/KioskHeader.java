package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.servicecentre.shared.Languages;

/**
 * The top of the check-in screen: the centre, a button for each other language the kiosk offers (named in its own
 * language), and the clock and date that the page keeps ticking. Also the offline notice the page shows at once when
 * the server is out of reach.
 */
class KioskHeader extends Div {

    KioskHeader(String centreName, CheckInPresenter presenter, Instant now, List<Locale> languages, Locale current,
                Consumer<Locale> switchTo) {
        var centre = new H2(centreName);
        centre.setId("kiosk-centre");
        var time = new Span(presenter.time(now));
        time.setId("kiosk-clock");
        time.addClassName("kiosk-clock");
        var day = new Span(presenter.date(now));
        day.setId("kiosk-date");
        day.addClassName("kiosk-date");
        var when = new Div(time, day);
        when.addClassName("kiosk-when");
        add(centre);
        addClassName("kiosk-header");
        for (var language : languages) {
            if (!language.getLanguage().equals(current.getLanguage())) {
                var tag = Languages.tagOf(Languages.closest(language.toLanguageTag()));
                var button = new Button(getTranslation("language." + tag), VaadinIcon.GLOBE.create());
                button.setId("kiosk-language-" + tag);
                button.addClassName("kiosk-language");
                button.getElement().setAttribute("lang", tag);
                button.addClickListener(click -> switchTo.accept(language));
                add(button);
            }
        }
        add(when);
    }

    /** Hidden until the page finds the server out of reach; the page fills in how many scans it keeps. */
    static Div offlineNotice() {
        var icon = VaadinIcon.PLUG.create();
        icon.addClassName("kiosk-offline-icon");
        var notice = new Div();
        var title = new H2(notice.getTranslation("kiosk.offline.title"));
        var text = new Paragraph(notice.getTranslation("kiosk.offline.text"));
        var queued = new Paragraph();
        queued.setId("kiosk-offline-queued");
        queued.addClassName("kiosk-offline-queued");
        queued.getElement().setAttribute("data-template", notice.getTranslation("kiosk.offline.queued", "{0}"));
        notice.add(icon, title, text, queued);
        notice.setId("kiosk-offline");
        notice.addClassName("kiosk-offline");
        notice.getElement().setAttribute("hidden", true).setAttribute("role", "alert");
        return notice;
    }
}
