package org.servicecentre.shared.ui;

import com.vaadin.flow.component.Component;
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
import java.util.Locale;
import org.servicecentre.shared.Languages;

/**
 * The frame of every page without a login (programme sign-up and tickets, public scores): the brand and a language
 * switch above one narrow column with big type, made for phones and for elderly eyes. No menu, no account. Modules
 * subclass it as the router layout of their public pages.
 */
public abstract class PublicFrame extends Div implements RouterLayout {

    private final Div content = new Div();

    /** @param home where the brand links to, or null for a brand that is not a link */
    protected PublicFrame(String home) {
        addClassName("public-page");
        var name = new Span(getTranslation("public.brand"));
        name.addClassName("public-brand-name");
        Component brand = home == null ? new Div(VaadinIcon.HOME_O.create(), name)
                : new Anchor(home, VaadinIcon.HOME_O.create(), name);
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
