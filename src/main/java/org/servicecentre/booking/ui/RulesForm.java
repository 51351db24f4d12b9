package org.servicecentre.booking.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.data.binder.Setter;
import org.servicecentre.shared.ui.FormDialog;

/**
 * Edits a centre's five booking rules. Lengths are typed in hours (half hours allowed) and stored in minutes; an
 * empty weekly quota means no quota. Each field says next to it what range it takes.
 */
class RulesForm extends FormDialog<RulesDraft> {

    RulesForm() {
        super(RulesDraft.class);
        setHeaderTitle(getTranslation("rules.dialog.title"));
        setId("rules-dialog");
        var horizon = new IntegerField(getTranslation("rules.horizon.label"));
        horizon.setId("rules-horizon");
        horizon.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("rules.unit.days")));
        horizon.setStepButtonsVisible(true);
        long[] days = RulesDraft.bounds("horizonDays");
        horizon.setHelperText(getTranslation("rules.range.days", days[0], days[1]));
        binder().forField(horizon).asRequired(getTranslation("form.required"))
                .withValidator(v -> v >= days[0] && v <= days[1], getTranslation("rules.range.days", days[0], days[1]))
                .bind(RulesDraft::getHorizonDays, RulesDraft::setHorizonDays);
        var notice = hours("rules-notice", "rules.notice.label", "minNoticeMinutes", true,
                RulesDraft::getMinNoticeMinutes, RulesDraft::setMinNoticeMinutes);
        var length = hours("rules-max-length", "rules.maxLength.label", "maxLengthMinutes", true,
                RulesDraft::getMaxLengthMinutes, RulesDraft::setMaxLengthMinutes);
        var quota = hours("rules-quota", "rules.quota.label", "weeklyQuotaMinutes", false,
                RulesDraft::getWeeklyQuotaMinutes, RulesDraft::setWeeklyQuotaMinutes);
        quota.setPlaceholder(getTranslation("rules.unlimited"));
        quota.setClearButtonVisible(true);
        var cutoff = hours("rules-cutoff", "rules.cutoff.label", "cancelCutoffMinutes", true,
                RulesDraft::getCancelCutoffMinutes, RulesDraft::setCancelCutoffMinutes);
        form().add(horizon, notice, length, quota, cutoff);
    }

    /** A length typed in hours, bound to a property in minutes within the bounds {@code BookingRules} sets. */
    private NumberField hours(String id, String labelKey, String component, boolean required,
                              ValueProvider<RulesDraft, Integer> getter, Setter<RulesDraft, Integer> setter) {
        var field = new NumberField(getTranslation(labelKey));
        field.setId(id);
        field.setStep(0.5);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("rules.unit.hours")));
        long[] minutes = RulesDraft.bounds(component);
        String range = getTranslation(required ? "rules.range.hours" : "rules.range.hours.optional",
                hoursText(minutes[0]), hoursText(minutes[1]));
        field.setHelperText(range);
        var binding = binder().forField(field);
        if (required) {
            binding.asRequired(getTranslation("form.required"));
        }
        binding.withValidator(h -> h == null || h * 60 >= minutes[0] - 0.001 && h * 60 <= minutes[1] + 0.001, range)
                .withConverter(new HoursToMinutes()).bind(getter, setter);
        return field;
    }

    private static String hoursText(long minutes) {
        double hours = minutes / 60.0;
        return hours == Math.rint(hours) ? Long.toString(Math.round(hours)) : Double.toString(hours);
    }

    /** Hours as typed (1.5) to whole minutes (90) and back; empty stays empty. */
    private static final class HoursToMinutes implements Converter<Double, Integer> {

        @Override
        public Result<Integer> convertToModel(Double hours, com.vaadin.flow.data.binder.ValueContext context) {
            return Result.ok(hours == null ? null : (int) Math.round(hours * 60));
        }

        @Override
        public Double convertToPresentation(Integer minutes, com.vaadin.flow.data.binder.ValueContext context) {
            return minutes == null ? null : minutes / 60.0;
        }
    }
}
