package org.servicecentre.programme.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.time.ZoneId;
import org.servicecentre.centre.CatalogueEntrySummary;
import org.servicecentre.centre.CatalogueLevel;
import org.servicecentre.centre.CatalogueService;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.organisation.OrganisationSummary;
import org.servicecentre.programme.ProgrammeDraft;
import org.servicecentre.programme.ProgrammeVisibility;
import org.servicecentre.programme.RegistrationMode;
import org.servicecentre.programme.ReminderOffsets;
import org.servicecentre.programme.TargetGroup;
import org.servicecentre.shared.ui.DatePickers;

/**
 * The programme editor, used both to create a programme and on its page: what it is, for whom, how residents sign up
 * and when. The registration window is written in the centres' default zone (Asia/Shanghai). The organisation is
 * asked only of admins; NGO staff run their own organisation's programmes.
 */
class ProgrammeForm extends Composite<FormLayout> {

    static final ZoneId ZONE = CentreDraft.DEFAULT_ZONE;

    private final BeanValidationBinder<ProgrammeFormBean> binder = new BeanValidationBinder<>(ProgrammeFormBean.class);
    private final CatalogueService catalogue;
    private final IntegerField capacity = new IntegerField();
    private final Binder.Binding<ProgrammeFormBean, Integer> capacityBinding;
    private final RadioButtonGroup<RegistrationMode> mode = new RadioButtonGroup<>();
    private boolean readOnly;

    /** {@code organisations}: null when the user runs only their own organisation's programmes. */
    ProgrammeForm(CatalogueService catalogue, OrganisationService organisations) {
        this.catalogue = catalogue;
        var form = getContent();
        form.addClassName("programme-form");
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("560px", 2));
        var required = getTranslation("form.required");

        if (organisations != null) {
            var organisation = new ComboBox<OrganisationSummary>(getTranslation("programmes.organisation"));
            organisation.setId("programme-organisation");
            organisation.setItems(query -> organisations.list(query.getFilter().orElse(""), null, query.getOffset(),
                    query.getLimit()).stream());
            organisation.setItemLabelGenerator(OrganisationSummary::name);
            form.add(organisation, 2);
            binder.forField(organisation).asRequired(required).bind("organisation");
        }
        var title = new TextField(getTranslation("programmes.title"));
        title.setId("programme-title");
        title.setMaxLength(120);
        title.setPlaceholder(getTranslation("programmes.title.placeholder"));
        form.add(title, 2);
        binder.forField(title).asRequired(required).bind("title");

        var description = new TextArea(getTranslation("programmes.description"));
        description.setId("programme-description");
        description.setMaxLength(4000);
        description.setMinHeight("6em");
        form.add(description, 2);
        binder.forField(description).bind("description");

        var groups = new CheckboxGroup<TargetGroup>(getTranslation("programmes.targetGroups"));
        groups.setId("programme-groups");
        groups.setItems(TargetGroup.values());
        groups.setItemLabelGenerator(g -> ProgrammeTexts.of(this, g));
        groups.addClassName("programme-groups-field");
        form.add(groups, 2);
        binder.forField(groups).bind("targetGroups");

        var category = new ComboBox<CatalogueEntrySummary>(getTranslation("programmes.category"));
        category.setId("programme-category");
        category.setItems(query -> catalogue.list(CatalogueLevel.CATEGORY, null, query.getFilter().orElse(""), false,
                query.getOffset(), query.getLimit()).stream());
        category.setItemLabelGenerator(c -> c.fullName(ProgrammeTexts.locale(), " / "));
        category.setClearButtonVisible(true);
        category.setHelperText(getTranslation("programmes.category.help"));
        var funding = new TextField(getTranslation("programmes.funding"));
        funding.setId("programme-funding");
        funding.setMaxLength(200);
        funding.setPlaceholder(getTranslation("programmes.funding.example"));
        form.add(category, funding);
        binder.forField(category).bind("category");
        binder.forField(funding).bind("fundingSource");

        mode.setLabel(getTranslation("programmes.mode"));
        mode.setId("programme-mode");
        mode.setItems(RegistrationMode.values());
        mode.setItemLabelGenerator(m -> ProgrammeTexts.of(this, m));
        form.add(mode, 2);
        binder.forField(mode).asRequired(required).bind("mode");

        capacity.setLabel(getTranslation("programmes.capacity"));
        capacity.setId("programme-capacity");
        capacity.setMin(1);
        capacity.setMax(10_000);
        capacity.setStepButtonsVisible(true);
        capacityBinding = binder.forField(capacity)
                .withValidator(c -> mode.getValue() == RegistrationMode.NONE || c != null,
                        getTranslation("programmes.capacity.required"))
                .bind("capacity");
        var visibility = new RadioButtonGroup<ProgrammeVisibility>(getTranslation("programmes.visibility"));
        visibility.setId("programme-visibility");
        visibility.setItems(ProgrammeVisibility.values());
        visibility.setItemLabelGenerator(v -> ProgrammeTexts.of(this, v));
        form.add(capacity, visibility);
        binder.forField(visibility).asRequired(required).bind("visibility");

        var opens = dateTime("programmes.opens", "programme-opens");
        var closes = dateTime("programmes.closes", "programme-closes");
        opens.setHelperText(getTranslation("programmes.window.help"));
        form.add(opens, closes);
        binder.forField(opens).bind("registrationOpens");
        binder.forField(closes)
                .withValidator(c -> c == null || opens.getValue() == null || c.isAfter(opens.getValue()),
                        getTranslation("error.programme_window_invalid"))
                .bind("registrationCloses");

        var reminders = new TextField(getTranslation("programmes.reminders"));
        reminders.setId("programme-reminders");
        reminders.setMaxLength(40);
        reminders.setPlaceholder(getTranslation("programmes.reminders.placeholder"));
        reminders.setHelperText(getTranslation("programmes.reminders.help"));
        reminders.setClearButtonVisible(true);
        form.add(reminders, 2);
        binder.forField(reminders).withValidator(t -> ReminderOffsets.parseHours(t).isPresent(),
                getTranslation("programmes.reminders.invalid")).bind("reminderHours");

        mode.addValueChangeListener(e -> {
            boolean dropIn = e.getValue() == RegistrationMode.NONE;
            capacity.setEnabled(!dropIn);
            reminders.setEnabled(!dropIn);
            capacity.setRequiredIndicatorVisible(!dropIn && !readOnly);
            capacity.setLabel(getTranslation(e.getValue() == RegistrationMode.WHOLE_PROGRAMME
                    ? "programmes.capacity.whole" : "programmes.capacity"));
            capacityBinding.validate();
        });
    }

    /** Shows the draft's values; the category and organisation are looked up to show their names. */
    void read(ProgrammeDraft draft, OrganisationSummary organisation) {
        var category = draft.categoryId() == null ? null : catalogue.get(draft.categoryId());
        binder.readBean(ProgrammeFormBean.of(draft, organisation, category, ZONE));
        mode.setValue(draft.mode());
    }

    /** The draft as typed, or null with a message next to each bad field. */
    ProgrammeDraft write() {
        var bean = new ProgrammeFormBean();
        if (!binder.writeBeanIfValid(bean)) {
            binder.validate();
            return null;
        }
        return bean.toDraft(ZONE);
    }

    /** For those who may only look: every field read-only, without required marks or hints. */
    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        binder.setReadOnly(readOnly);
        if (readOnly) {
            binder.getFields().forEach(field -> {
                field.setRequiredIndicatorVisible(false);
                if (field instanceof HasHelper helped) {
                    helped.setHelperText(null);
                }
            });
        }
    }

    private DateTimePicker dateTime(String labelKey, String id) {
        var picker = new DateTimePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setLocale(ProgrammeTexts.locale());
        picker.setStep(Duration.ofMinutes(15));
        picker.setDatePickerI18n(DatePickers.localised(this, labelKey).getI18n());
        return picker;
    }
}
