package org.servicecentre.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class OrganisationsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void adminCreatesAnOrganisationThatThenAppearsInTheGrid() {
        String code = unique("ORG");
        navigate(OrganisationsView.class);

        test($(Button.class).id("new-organisation")).click();
        test(field("编码")).setValue(code);
        test(field("名称")).setValue("南头古城居民委员会");
        test(combo("类型")).selectItem("居民委员会");
        test(combo("所在区域")).selectItem("南头城社区（南头街道）");
        test($(TextArea.class).from(dialog()).single()).setValue("负责南头古城片区的居民自治。");
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        test($(TextField.class).withClassName("list-search").single()).setValue(code);
        var grid = test($(Grid.class).single());
        assertThat(IntStream.range(0, 4).mapToObj(col -> grid.getCellText(0, col)).toList())
                .containsExactly(code, "南头古城居民委员会", "居民委员会", "南头城社区");
    }

    @Test
    @WithUserDetails("admin")
    void refusesAPhoneWithLettersWithAMessageNextToTheField() {
        navigate(OrganisationsView.class);

        test($(Button.class).id("new-organisation")).click();
        test(field("编码")).setValue(unique("ORG"));
        test(field("名称")).setValue("某志愿队");
        test(combo("所在区域")).selectItem("南山区（深圳市）");
        test(field("电话")).setValue("call me");
        test($(Button.class).id("form-save")).click();

        assertThat(dialog().isOpened()).isTrue();
        assertThat(field("电话").isInvalid()).isTrue();
        assertThat(field("电话").getErrorMessage()).isEqualTo("电话只能包含数字、空格和 + - ( )");
    }

    @Test
    @WithUserDetails("ngo")
    void showsNgoStaffOnlyTheirOwnOrganisationReadOnly() {
        navigate(OrganisationsView.class);

        assertThat($(Button.class).withId("new-organisation").exists()).isFalse();
        var grid = test($(Grid.class).single());
        List<String> names = IntStream.range(0, grid.size()).mapToObj(r -> grid.getCellText(r, 1)).toList();
        assertThat(names).containsExactly("南山区启航社会工作服务中心");

        grid.clickRow(0);
        assertThat(dialog().getHeaderTitle()).isEqualTo("组织详情");
        assertThat($(TextArea.class).from(dialog()).single().getValue()).contains("劳动权益咨询");
        assertThat($(Button.class).withId("form-save").exists()).isFalse();
    }

    private Dialog dialog() {
        return $(Dialog.class).single();
    }

    private TextField field(String label) {
        return $(TextField.class).from(dialog()).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String label) {
        return $(ComboBox.class).from(dialog()).withLabel(label).single();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
