package org.servicecentre.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingRulesService;
import org.servicecentre.centre.CentreService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The booking rules tab of the centre page: the rules in words, changed only by the centre's managers. */
@ServiceCentreTest
class BookingRulesTabTest extends SpringBrowserlessTest {

    @Autowired
    BookingRulesService rules;

    @Autowired
    CentreService centres;

    @Test
    @WithUserDetails("manager")
    void managerChangesTheRulesAndSeesThemInWords() {
        long keji = idOf("KJY");
        var before = SystemAuthentication.asSystem(() -> rules.get(keji));
        try {
            open(keji);
            assertThat(ruleText("rule-quota")).isEqualTo("每个机构每周预约时长：不限");

            test($(Button.class).id("edit-rules")).click();
            test($(NumberField.class).id("rules-max-length")).setValue(4.0);
            test($(NumberField.class).id("rules-quota")).setValue(10.5);
            test($(Button.class).id("form-save")).click();

            assertThat($(Dialog.class).all()).isEmpty();
            assertThat(ruleText("rule-max-length")).isEqualTo("单次预约最长 4 小时");
            assertThat(ruleText("rule-quota")).isEqualTo("每个机构每周在本中心最多预约 10 小时 30 分钟");
            var saved = SystemAuthentication.asSystem(() -> rules.get(keji));
            assertThat(saved.maxLengthMinutes()).isEqualTo(240);
            assertThat(saved.weeklyQuotaMinutes()).isEqualTo(630);
            assertThat(saved.horizonDays()).isEqualTo(before.horizonDays());
        } finally {
            SystemAuthentication.asSystem(() -> rules.update(keji, before));
        }
    }

    @Test
    @WithUserDetails("manager")
    void marksALengthOutsideTheBoundsAndKeepsTheRules() {
        long keji = idOf("KJY");
        var before = SystemAuthentication.asSystem(() -> rules.get(keji));
        open(keji);

        test($(Button.class).id("edit-rules")).click();
        var length = $(NumberField.class).id("rules-max-length");
        test(length).setValue(30.0);
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(length.isInvalid()).isTrue();
        assertThat(length.getErrorMessage()).isEqualTo("请填写 0.25 到 24 小时，可填半小时（如 1.5）");
        assertThat(SystemAuthentication.asSystem(() -> rules.get(keji))).isEqualTo(before);
    }

    @Test
    @WithUserDetails("officer")
    void showsAnOfficerTheRulesWithNothingToChange() {
        open(idOf("KJY"));

        assertThat($(Button.class).all()).extracting(Button::getId).noneMatch(id -> id.equals(java.util.Optional.of("edit-rules")));
        assertThat(ruleText("rule-horizon")).startsWith("最多提前").endsWith("天预约");
        assertThat(ruleText("rule-cutoff")).startsWith("开始前");
    }

    private void open(long centreId) {
        UI.getCurrent().navigate("centres/" + centreId, QueryParameters.of("tab", "booking-rules"));
    }

    private String ruleText(String id) {
        return $(Span.class).from($(Div.class).id(id)).single().getText();
    }

    private long idOf(String code) {
        return SystemAuthentication.asSystem(() -> centres.getByCode(code).id());
    }
}
