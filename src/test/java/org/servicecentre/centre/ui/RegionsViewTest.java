package org.servicecentre.centre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.RegionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class RegionsViewTest extends SpringBrowserlessTest {

    @Autowired
    RegionService regions;

    @Test
    @WithUserDetails("admin")
    void adminCreatesAStreetUnderADistrict() {
        String code = unique("ST");
        navigate(RegionsView.class);

        test($(Button.class).id("new-region")).click();
        test(field("编码")).setValue(code);
        test(field("名称")).setValue("西丽街道");
        test(combo("级别")).selectItem("街道");
        test(combo("上级区域")).selectItem("南山区（深圳市）");
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        search(code);
        assertThat(row(0)).containsExactly(code, "西丽街道", "街道", "南山区");
    }

    @Test
    @WithUserDetails("admin")
    void offersOnlyDistrictsAsParentsOfAStreetAndNoParentForACity() {
        navigate(RegionsView.class);
        test($(Button.class).id("new-region")).click();

        test(combo("级别")).selectItem("街道");
        assertThat(test(combo("上级区域")).getSuggestions()).contains("南山区（深圳市）")
                .doesNotContain("深圳市", "粤海街道（南山区）");

        test(combo("级别")).selectItem("市");
        assertThat($(ComboBox.class).from($(Dialog.class).single()).withLabel("上级区域").exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void refusesADuplicateCodeNextToTheField() {
        navigate(RegionsView.class);
        test($(Button.class).id("new-region")).click();

        test(field("编码")).setValue("SZ");
        test(field("名称")).setValue("又一个深圳");
        test(combo("级别")).selectItem("市");
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(field("编码").getErrorMessage()).isEqualTo("编码 SZ 已被使用，请换一个。");
    }

    @Test
    @WithUserDetails("admin")
    void renamesARegionButKeepsItsCodeLevelAndParent() {
        String code = unique("SQ");
        navigate(RegionsView.class);
        test($(Button.class).id("new-region")).click();
        test(field("编码")).setValue(code);
        test(field("名称")).setValue("旧名社区");
        test(combo("上级区域")).selectItem("南头街道（南山区）");
        test($(Button.class).id("form-save")).click();
        search(code);

        test($(Grid.class).single()).clickRow(0);
        assertThat(field("编码").isReadOnly()).isTrue();
        assertThat(combo("级别").isReadOnly()).isTrue();
        test(field("名称")).setValue("新名社区");
        test($(Button.class).id("form-save")).click();

        assertThat(row(0)).containsExactly(code, "新名社区", "社区", "南头街道");
    }

    @Test
    @WithUserDetails("officer")
    void showsAnOfficerTheirRegionAndBelowWithoutEditing() {
        navigate(RegionsView.class);

        assertThat($(Button.class).withId("new-region").exists()).isFalse();
        var grid = test($(Grid.class).single());
        List<String> names = IntStream.range(0, grid.size()).mapToObj(r -> grid.getCellText(r, 1)).toList();
        assertThat(names).contains("南山区", "粤海街道", "同乐社区").doesNotContain("深圳市");

        grid.clickRow(0);
        assertThat($(Dialog.class).all()).isEmpty();
    }

    private void search(String text) {
        test($(TextField.class).withClassName("list-search").single()).setValue(text);
    }

    private List<String> row(int index) {
        var grid = test($(Grid.class).single());
        return IntStream.range(0, 4).mapToObj(col -> grid.getCellText(index, col)).toList();
    }

    private TextField field(String label) {
        return $(TextField.class).from($(Dialog.class).single()).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String label) {
        return $(ComboBox.class).from($(Dialog.class).single()).withLabel(label).single();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
