package org.servicecentre.centre.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicecentre.centre.ImportAction;
import org.servicecentre.centre.ImportPreview;
import org.servicecentre.centre.ImportProblem;
import org.servicecentre.centre.ImportRow;
import org.servicecentre.centre.ImportService;
import org.servicecentre.shared.ui.DomainErrors;
import org.servicecentre.shared.ui.Notifications;

/**
 * What an uploaded file would do: a summary, the file's own problems, a grid of its rows (optionally only those
 * with problems) and the import button, enabled only when nothing is wrong and something would change.
 */
class ImportPreviewPanel extends VerticalLayout {

    private final ImportService imports;
    private final Function<String, String> kindName;
    private final Span fileName = new Span();
    private final Div summary = new Div();
    private final UnorderedList fileProblems = new UnorderedList();
    private final Checkbox onlyProblems = new Checkbox();
    private final Button importButton = new Button();
    private final Grid<ImportRow> grid = new Grid<>(ImportRow.class, false);
    private ImportPreview current;
    private byte[] content;
    private String name;

    ImportPreviewPanel(ImportService imports, Function<String, String> kindName) {
        this.imports = imports;
        this.kindName = kindName;
        setPadding(false);
        addClassName("import-preview");
        fileName.addClassName("import-file-name");
        summary.addClassName("import-summary");
        fileProblems.addClassName("import-file-problems");
        onlyProblems.setLabel(getTranslation("import.only-problems"));
        onlyProblems.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        importButton.setText(getTranslation("import.commit"));
        importButton.setIcon(VaadinIcon.CHECK.create());
        importButton.setId("import-commit");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> confirm());
        var bar = new Div(summary, onlyProblems, importButton);
        bar.addClassName("import-bar");
        configureGrid();
        add(fileName, fileProblems, bar, grid);
        setFlexGrow(1, grid);
        clear();
    }

    private void configureGrid() {
        grid.addColumn(ImportRow::line).setHeader(getTranslation("import.column.line")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::action).setHeader(getTranslation("import.column.action")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ImportRow::code).setHeader(getTranslation("import.column.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::problems).setHeader(getTranslation("import.column.problems")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("import.empty-rows"));
        grid.setItems(query -> visibleRows().stream().skip(query.getOffset()).limit(query.getLimit()),
                query -> visibleRows().size());
        grid.setPartNameGenerator(row -> row.hasProblems() ? "import-problem" : null);
    }

    void clear() {
        current = null;
        content = null;
        setVisible(false);
    }

    void show(String uploadedName, byte[] bytes, ImportPreview preview) {
        current = preview;
        name = uploadedName;
        content = bytes;
        setVisible(true);
        fileName.setText(getTranslation("import.file", name, kindName.apply(preview.kind())));
        fileProblems.removeAll();
        preview.fileProblems().forEach(p -> fileProblems.add(new ListItem(getTranslation(p.key(), p.args()))));
        fileProblems.setVisible(!preview.fileProblems().isEmpty());
        summary.removeAll();
        if (preview.fileProblems().isEmpty()) {
            summary.add(badge("import.count.new", preview.count(ImportAction.NEW), "success"),
                    badge("import.count.changed", preview.count(ImportAction.CHANGED), "changed"),
                    badge("import.count.unchanged", preview.count(ImportAction.UNCHANGED), "muted"),
                    badge("import.count.problems", preview.rowsWithProblems(), "error"));
        }
        boolean writes = preview.count(ImportAction.NEW) + preview.count(ImportAction.CHANGED) > 0;
        importButton.setEnabled(!preview.hasProblems() && writes);
        importButton.setTooltipText(preview.hasProblems() ? getTranslation("import.commit.blocked")
                : writes ? null : getTranslation("import.commit.nothing"));
        onlyProblems.setVisible(preview.rowsWithProblems() > 0);
        onlyProblems.setValue(preview.rowsWithProblems() > 0);
        grid.setVisible(preview.fileProblems().isEmpty());
        grid.getDataProvider().refreshAll();
    }

    private List<ImportRow> visibleRows() {
        if (current == null) {
            return List.of();
        }
        return onlyProblems.getValue() ? current.rows().stream().filter(ImportRow::hasProblems).toList()
                : current.rows();
    }

    private void confirm() {
        long created = current.count(ImportAction.NEW);
        long changed = current.count(ImportAction.CHANGED);
        var dialog = new ConfirmDialog(getTranslation("import.confirm.title"),
                getTranslation("import.confirm.text", created, changed, kindName.apply(current.kind())),
                getTranslation("import.confirm.ok"), e -> commit());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("import.confirm.cancel"));
        dialog.open();
    }

    private void commit() {
        var result = DomainErrors.attempt(() -> imports.commit(current.kind(), content));
        if (result == null) {
            return;
        }
        if (result.committed()) {
            Notifications.success(getTranslation("import.done", result.count(ImportAction.NEW),
                    result.count(ImportAction.CHANGED), result.count(ImportAction.UNCHANGED)));
            importButton.setEnabled(false);
            importButton.setTooltipText(getTranslation("import.commit.done"));
        } else {
            Notifications.error(getTranslation("error.import_has_problems", result.problems().size()));
            show(name, content, result);
        }
    }

    private Span badge(String key, long count, String variant) {
        var badge = new Span(getTranslation(key, count));
        badge.addClassNames("badge", variant);
        return badge;
    }

    private Span action(ImportRow row) {
        var badge = new Span(getTranslation(row.action() == null ? "import.action.unreadable"
                : "import.action." + row.action().name().toLowerCase(Locale.ROOT)));
        badge.addClassNames("badge", row.action() == ImportAction.NEW ? "success"
                : row.action() == ImportAction.CHANGED ? "changed" : "muted");
        return badge;
    }

    private String problems(ImportRow row) {
        return row.problems().stream().map(this::problem).collect(Collectors.joining(getTranslation("import.separator")));
    }

    private String problem(ImportProblem problem) {
        String message = getTranslation(problem.key(), problem.args());
        return problem.column() == null ? message : getTranslation("import.problem", problem.column(), message);
    }
}
