package org.servicecentre.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Function;

/**
 * The bar above every list screen: a search field, optional filters (e.g. by level or kind) and, for those who
 * may, a button to create. Any change of search or filter calls the given refresh, so the lazy grid reloads.
 */
public class ListToolbar extends Div {

    private final TextField search = new TextField();
    private final Div grow = new Div();
    private final Runnable refresh;

    /** {@code searchPlaceholder} is already translated, e.g. "按名称或编码搜索". */
    public ListToolbar(String searchPlaceholder, Runnable refresh) {
        this.refresh = refresh;
        addClassName("list-toolbar");
        search.setPlaceholder(searchPlaceholder);
        search.setAriaLabel(searchPlaceholder);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh.run());
        search.addClassName("list-search");
        grow.addClassName("grow");
        add(search, grow);
    }

    /** Adds a drop-down filter over an enum; an empty choice means "all", shown by the placeholder. */
    public <E> ComboBox<E> addFilter(String allPlaceholder, E[] choices, Function<E, String> label) {
        var filter = new ComboBox<E>();
        filter.setPlaceholder(allPlaceholder);
        filter.setAriaLabel(allPlaceholder);
        filter.setItems(choices);
        filter.setItemLabelGenerator(label::apply);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> refresh.run());
        addComponentAtIndex(indexOf(grow), filter);
        return filter;
    }

    /**
     * Adds a drop-down filter whose choices are fetched page by page as the user types (e.g. a city's thousand
     * centres); an empty choice means "all".
     */
    public <E> ComboBox<E> addLazyFilter(String allPlaceholder, CallbackDataProvider.FetchCallback<E, String> fetch,
                                         Function<E, String> label) {
        var filter = new ComboBox<E>();
        filter.setPlaceholder(allPlaceholder);
        filter.setAriaLabel(allPlaceholder);
        filter.setItems(fetch);
        filter.setItemLabelGenerator(label::apply);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> refresh.run());
        addComponentAtIndex(indexOf(grow), filter);
        return filter;
    }

    /**
     * Adds a filter field of another kind (a date, a number) among the filters; the caller wires its change to the
     * refresh.
     */
    public <C extends Component> C addField(C field) {
        addComponentAtIndex(indexOf(grow), field);
        return field;
    }

    /** Adds the primary "new …" button at the far end. */
    public Button addCreateButton(String text, String id, Runnable create) {
        var button = new Button(text, VaadinIcon.PLUS.create(), e -> create.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        add(button);
        return button;
    }

    public TextField searchField() {
        return search;
    }

    public String searchText() {
        return search.getValue();
    }
}
