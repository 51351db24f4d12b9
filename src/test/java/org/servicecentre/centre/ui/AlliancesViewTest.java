package org.servicecentre.centre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.AllianceDraft;
import org.servicecentre.centre.AllianceService;
import org.servicecentre.centre.CentreService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class AlliancesViewTest extends SpringBrowserlessTest {

    @Autowired
    AllianceService alliances;

    @Autowired
    CentreService centres;

    @Test
    @WithUserDetails("admin")
    void adminCreatesAnAllianceThatThenAppearsInTheGrid() {
        String code = unique("AV");
        navigate(AlliancesView.class);

        test($(Button.class).id("new-alliance")).click();
        test(field("编码")).setValue(code);
        test(field("名称")).setValue("南头街道党建联盟");
        var members = test(members());
        members.setFilter("南头城");
        members.selectItem("南头城社区党群服务中心（NTC）");
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        test($(TextField.class).withClassName("list-search").single()).setValue(code);
        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 1)).isEqualTo("南头街道党建联盟");
        assertThat(grid.getCellText(0, 2)).isEqualTo("1");
        assertThat(grid.getCellText(0, 3)).isEqualTo("南头城社区党群服务中心");
    }

    @Test
    @WithUserDetails("admin")
    void refusesAnAllianceWithoutMembersNextToTheField() {
        navigate(AlliancesView.class);

        test($(Button.class).id("new-alliance")).click();
        test(field("编码")).setValue(unique("AV"));
        test(field("名称")).setValue("空联盟");
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(members().isInvalid()).isTrue();
        assertThat(members().getErrorMessage()).isEqualTo("请至少选择一个成员中心");
    }

    @Test
    @WithUserDetails("admin")
    void asksBeforeArchivingAnAllianceAndArchivesItOnlyOnceConfirmed() {
        String code = unique("AV");
        SystemAuthentication.asSystem(() -> alliances.create(draft(code)));
        navigate(AlliancesView.class);
        test($(TextField.class).withClassName("list-search").single()).setValue(code);
        test(grid()).clickRow(0);

        test($(Checkbox.class).from($(Dialog.class).single()).single()).click();
        test($(Button.class).id("form-save")).click();

        var confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(activeOf(code)).as("active until confirmed").isTrue();
        test(confirm).confirm();
        assertThat(activeOf(code)).as("archived once confirmed").isFalse();
    }

    @Test
    @WithUserDetails("ngo")
    void showsNgoStaffTheirAllianceReadOnly() {
        navigate(AlliancesView.class);

        assertThat($(Button.class).withId("new-alliance").exists()).isFalse();
        test($(TextField.class).withClassName("list-search").single()).setValue("YH-NT");
        test(grid()).clickRow(0);

        assertThat($(Dialog.class).single().getHeaderTitle()).isEqualTo("联盟详情");
        assertThat(field("名称").isReadOnly()).isTrue();
        assertThat(members().getValue()).hasSize(4);
        assertThat($(Button.class).withId("form-save").exists()).as("no save button for a reader").isFalse();
    }

    private boolean activeOf(String code) {
        return SystemAuthentication.asSystem(() -> alliances.list(code, 0, 1).getFirst().active());
    }

    private AllianceDraft draft(String code) {
        var draft = new AllianceDraft();
        draft.setCode(code);
        draft.setName("待归档联盟" + code);
        draft.setCentreIds(Set.of(centres.getByCode("TL").id()));
        return draft;
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<Object> members() {
        return $(MultiSelectComboBox.class).from($(Dialog.class).single()).single();
    }

    private TextField field(String label) {
        return $(TextField.class).from($(Dialog.class).single()).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid() {
        return $(Grid.class).single();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }
}
