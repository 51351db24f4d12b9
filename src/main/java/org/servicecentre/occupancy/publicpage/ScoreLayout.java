package org.servicecentre.occupancy.publicpage;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.servicecentre.shared.Languages;
import org.servicecentre.shared.ui.LanguageCookie;

/** The frame of the public scoring pages, as the other public pages: brand and language switch above one column. */
@AnonymousAllowed
class ScoreLayout extends Div implements RouterLayout {

    private final Div content = new Div();

    ScoreLayout() {
        addClassNames("public-page", "score-page");
        var name = new Span(getTranslation("public.brand"));
        name.addClassName("public-brand-name");
        var brand = new Anchor("score", VaadinIcon.HOME_O.create(), name);
        brand.addClassName("public-brand");
        var header = new Div(brand, languageSwitch());
        header.addClassName("public-header");
        content.addClassName("public-content");
        add(header, content);
    }

    private Button languageSwitch() {
        boolean english = Languages.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        Locale other = english ? Languages.CHINESE : Languages.ENGLISH;
        var button = new Button(getTranslation("language.switch-to." + Languages.tagOf(other)), e -> {
            LanguageCookie.remember(other);
            VaadinSession.getCurrent().setLocale(other);
            UI.getCurrent().getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("public-language");
        button.setId("language-switch");
        return button;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
