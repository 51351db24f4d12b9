package org.servicecentre.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.servicecentre.booking.OccurrencePreview;
import org.servicecentre.shared.ui.Notifications;

/**
 * Adds sessions to a programme in one of four ways: one session in a room, weekly sessions in a room, a booking the
 * organisation already has, or an outside location. A refusal keeps the dialog open with what was typed; weekly
 * sessions end with what was created and which dates were skipped, and why.
 */
class AddSessionsDialog extends Dialog {

    enum Kind { ROOM, WEEKLY, BOOKING, OUTSIDE }

    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final Map<Kind, SessionSource> sources = new EnumMap<>(Kind.class);
    private final Div body = new Div();
    private final Button add = new Button();
    private final Button cancel = new Button();
    private final Runnable onAdded;

    AddSessionsDialog(Function<Kind, SessionSource> sourceOf, Runnable onAdded) {
        this.onAdded = onAdded;
        setId("add-sessions-dialog");
        addClassName("add-sessions-dialog");
        setHeaderTitle(getTranslation("programmes.sessions.add.title"));
        setWidth("min(46rem, 96vw)");
        setCloseOnOutsideClick(false);
        kind.setId("add-sessions-kind");
        kind.setLabel(getTranslation("programmes.sessions.add.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("programmes.sessions.add." + k.name().toLowerCase(Locale.ROOT)));
        kind.addValueChangeListener(e -> {
            var source = sources.computeIfAbsent(e.getValue(), sourceOf);
            body.removeAll();
            body.add(source.component());
        });
        body.addClassName("add-sessions-body");
        add(kind, body);
        cancel.setText(getTranslation("form.cancel"));
        cancel.setId("add-sessions-cancel");
        cancel.addClickListener(e -> close());
        add.setText(getTranslation("programmes.sessions.add.save"));
        add.setId("add-sessions-save");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> add());
        getFooter().add(cancel, add);
        kind.setValue(Kind.ROOM);
    }

    void choose(Kind chosen) {
        kind.setValue(chosen);
    }

    private void add() {
        var added = sources.get(kind.getValue()).add();
        if (added == null) {
            return;
        }
        onAdded.run();
        if (!added.series()) {
            Notifications.success(getTranslation("programmes.sessions.added"));
            close();
            return;
        }
        showResult(added);
    }

    /** What a weekly series did: the sessions created and each skipped date with its reason. */
    private void showResult(SessionSource.Added added) {
        kind.setVisible(false);
        body.removeAll();
        var summary = new Paragraph(getTranslation("programmes.sessions.series.created", added.created()));
        summary.setId("series-result");
        summary.addClassName("series-result");
        body.add(summary);
        if (!added.skipped().isEmpty()) {
            body.add(new Paragraph(getTranslation("programmes.sessions.series.skipped", added.skipped().size())));
            var list = new UnorderedList();
            list.setId("series-skipped");
            list.addClassName("series-skipped");
            for (OccurrencePreview skipped : added.skipped()) {
                var item = new ListItem(ProgrammeTexts.when(this, skipped.start(), skipped.end(),
                        ProgrammeForm.ZONE) + ": " + getTranslation(skipped.translationKey(),
                        skipped.problemArguments().toArray()));
                list.add(item);
            }
            body.add(list);
        }
        add.setVisible(false);
        cancel.setText(getTranslation("form.close"));
    }
}
