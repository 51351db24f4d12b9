package org.servicecentre.occupancy.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.servicecentre.occupancy.UsageLevel;

/** What a dashboard is about: the kind (region, alliance, centre, room) and which one, from what the caller may see. */
class SubjectPicker extends HorizontalLayout {

    private final SubjectSource source;
    private final Select<UsageLevel> level = new Select<>();
    private final ComboBox<SubjectChoice> subject = new ComboBox<>();
    private Consumer<SubjectChoice> listener = choice -> { };
    private boolean quiet;

    SubjectPicker(SubjectSource source, List<UsageLevel> levels) {
        this.source = source;
        addClassName("usage-subject");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        level.setId("usage-level");
        level.setLabel(getTranslation("usage.level"));
        level.setItems(levels);
        level.setItemLabelGenerator(l -> getTranslation("usage.level." + l.name().toLowerCase(Locale.ROOT)));
        level.setWidth("8em");
        level.setVisible(levels.size() > 1);
        subject.setId("usage-subject");
        subject.setLabel(getTranslation("usage.subject"));
        subject.setItemLabelGenerator(SubjectChoice::label);
        subject.setWidth("22em");
        level.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showLevel(e.getValue());
                if (!quiet) {
                    source.first(e.getValue()).ifPresent(subject::setValue);
                }
            }
        });
        subject.addValueChangeListener(e -> {
            if (!quiet && e.getValue() != null) {
                listener.accept(e.getValue());
            }
        });
        add(level, subject);
    }

    void onChange(Consumer<SubjectChoice> listener) {
        this.listener = listener;
    }

    SubjectChoice value() {
        return subject.getValue();
    }

    /** The levels offered (what the caller may pick from). */
    List<UsageLevel> levels() {
        return level.getListDataView().getItems().toList();
    }

    /** Shows this choice without telling the listener. */
    void set(SubjectChoice choice) {
        quiet = true;
        try {
            level.setValue(choice.subject().level());
            showLevel(choice.subject().level());
            subject.setValue(choice);
        } finally {
            quiet = false;
        }
    }

    private void showLevel(UsageLevel shown) {
        var value = subject.getValue();
        subject.setItems(query -> source.list(shown, query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream(), query -> source.count(shown, query.getFilter().orElse("")));
        if (value != null && value.subject().level() == shown) {
            subject.setValue(value);
        }
    }
}
