package org.servicecentre.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.servicecentre.security.PersonalDataAccessEntry;
import org.servicecentre.security.PersonalDataAccessFilter;
import org.servicecentre.security.PersonalDataAction;
import org.servicecentre.security.PersonalDataAudit;
import org.servicecentre.shared.ui.DatePickers;
import org.servicecentre.shared.ui.ListToolbar;

/**
 * The administrators' view of the personal-data access log: who saw, exported, changed or merged whose name or
 * phone number, when and where; filtered by user, person, action and period, newest first. Read-only.
 */
@Route("admin/personal-data-audit")
@Menu(order = 42, icon = "vaadin:eye", title = "nav.personal-data-audit")
@RolesAllowed("ADMIN")
class PersonalDataAuditView extends VerticalLayout implements HasDynamicTitle {

    private final PersonalDataAudit audit;
    private final Grid<PersonalDataAccessEntry> grid = new Grid<>();
    private final ListToolbar toolbar;
    private final ComboBox<PersonalDataAction> action;
    private final TextField subject = new TextField();
    private final DatePicker from;
    private final DatePicker to;
    private final Component nothingYet = emptyState("personal-data-audit.empty");
    private final Component nothingMatches = emptyState("personal-data-audit.empty.filtered");

    PersonalDataAuditView(PersonalDataAudit audit) {
        this.audit = audit;
        addClassNames("list-view", "personal-data-audit-view");
        setSizeFull();

        toolbar = new ListToolbar(getTranslation("personal-data-audit.search.placeholder"), this::refresh);
        toolbar.searchField().setId("audit-user-search");
        action = toolbar.addFilter(getTranslation("personal-data-audit.filter.all-actions"),
                PersonalDataAction.values(), this::actionName);
        action.setId("audit-action-filter");
        action.setWidth("9em");
        subjectField();
        from = dateField("personal-data-audit.filter.from", "audit-from");
        to = dateField("personal-data-audit.filter.to", "audit-to");
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));

        var intro = new Paragraph(getTranslation("personal-data-audit.intro"));
        intro.addClassName("personal-data-audit-intro");
        configureGrid();
        add(intro, toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void subjectField() {
        subject.setPlaceholder(getTranslation("personal-data-audit.filter.subject"));
        subject.setAriaLabel(getTranslation("personal-data-audit.filter.subject"));
        subject.setAllowedCharPattern("[0-9]");
        subject.setMaxLength(18);
        subject.setClearButtonVisible(true);
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.addValueChangeListener(e -> refresh());
        subject.setId("audit-subject-filter");
        subject.setWidth("9em");
        toolbar.addField(subject);
    }

    private DatePicker dateField(String placeholderKey, String id) {
        var picker = DatePickers.localised(this, placeholderKey);
        picker.setLabel(null);
        picker.setPlaceholder(getTranslation(placeholderKey));
        picker.setAriaLabel(getTranslation(placeholderKey));
        picker.setClearButtonVisible(true);
        picker.setId(id);
        picker.setWidth("10em");
        picker.addValueChangeListener(e -> refresh());
        return toolbar.addField(picker);
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.addColumn(e -> Timestamps.precise(e.at(), getLocale()))
                .setHeader(getTranslation("personal-data-audit.column.at")).setKey("at").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PersonalDataAccessEntry::username).setHeader(getTranslation("personal-data-audit.column.user"))
                .setKey("user").setWidth("8rem").setFlexGrow(0).setTooltipGenerator(PersonalDataAccessEntry::username);
        grid.addColumn(this::roleName).setHeader(getTranslation("personal-data-audit.column.role"))
                .setKey("role").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actionBadge).setHeader(getTranslation("personal-data-audit.column.action"))
                .setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::subjectName).setHeader(getTranslation("personal-data-audit.column.subject"))
                .setKey("subject").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PersonalDataAccessEntry::context).setHeader(getTranslation("personal-data-audit.column.context"))
                .setKey("context").setWidth("14rem").setFlexGrow(1)
                .setTooltipGenerator(PersonalDataAccessEntry::context);
        grid.setEmptyStateComponent(nothingYet);
        grid.setItems(query -> audit.list(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter())));
    }

    private Component emptyState(String textKey) {
        var empty = new Div(VaadinIcon.EYE_SLASH.create(), new Paragraph(getTranslation(textKey)));
        empty.addClassName("audit-empty");
        return empty;
    }

    private Span actionBadge(PersonalDataAccessEntry entry) {
        var badge = new Span(actionName(entry.action()));
        badge.addClassNames("badge", "audit-" + entry.action().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private String actionName(PersonalDataAction value) {
        return getTranslation("personal-data-audit.action." + value.name().toLowerCase(Locale.ROOT));
    }

    private String roleName(PersonalDataAccessEntry entry) {
        if (entry.role() == null) {
            return getTranslation("personal-data-audit.no-account");
        }
        return getTranslation("role." + entry.role().name().toLowerCase(Locale.ROOT));
    }

    /** "居民 #12"; a subject type this screen does not know is shown as it is stored. */
    private String subjectName(PersonalDataAccessEntry entry) {
        String type = PersonalDataAudit.RESIDENT.equals(entry.subjectType())
                ? getTranslation("personal-data-audit.subject.resident") : entry.subjectType();
        return type + " #" + entry.subjectId();
    }

    private PersonalDataAccessFilter filter() {
        return new PersonalDataAccessFilter(toolbar.searchText(), null, subjectId(), action.getValue(),
                startOf(from.getValue()), startOf(to.getValue() == null ? null : to.getValue().plusDays(1)));
    }

    private Long subjectId() {
        String text = subject.getValue().strip();
        try {
            return text.isEmpty() ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Timestamps.ZONE).toInstant();
    }

    private void refresh() {
        var filter = filter();
        boolean filtered = !filter.username().isBlank() || filter.subjectId() != null || filter.action() != null
                || filter.from() != null || filter.to() != null;
        grid.setEmptyStateComponent(filtered ? nothingMatches : nothingYet);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("personal-data-audit.title");
    }
}
