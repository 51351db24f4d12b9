package org.servicecentre.centre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CatalogueEntryDraft;
import org.servicecentre.centre.CatalogueLevel;
import org.servicecentre.centre.CatalogueService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class CatalogueViewTest extends SpringBrowserlessTest {

    @Autowired
    CatalogueService catalogue;

    @Test
    @WithUserDetails("admin")
    void adminAddsAnItemToACategoryAndFindsItInTheTree() {
        String code = unique("I");
        navigate(CatalogueView.class);

        test($(Button.class).id("new-item")).click();
        test(field("编码")).setValue(code.toLowerCase(Locale.ROOT));
        test(combo("所属分类")).selectItem("文体服务 / 全民健身");
        test(field("中文名称")).setValue("广场舞");
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        search(code);
        assertThat(names()).containsExactly("文体服务", "全民健身", "广场舞");
        assertThat(test(tree()).getCellText(2, 1)).isEqualTo(code);
    }

    @Test
    @WithUserDetails("admin")
    void refusesADuplicateCodeNextToTheField() {
        navigate(CatalogueView.class);
        test($(Button.class).id("new-sector")).click();

        test(field("编码")).setValue("LEGAL");
        test(field("中文名称")).setValue("又一个法律服务");
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(field("编码").getErrorMessage()).isEqualTo("编码 LEGAL 已被使用，请换一个。");
    }

    @Test
    @WithUserDetails("admin")
    void requiresTheCategoryOfAnItem() {
        navigate(CatalogueView.class);
        test($(Button.class).id("new-item")).click();

        test(field("编码")).setValue(unique("I"));
        test(field("中文名称")).setValue("无分类事项");
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(combo("所属分类").isInvalid()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void archivesAnItemAfterConfirmation() {
        String code = unique("I");
        SystemAuthentication.asSystem(() -> catalogue.create(
                new CatalogueEntryDraft(CatalogueLevel.ITEM, code, "ARTS", "剪纸班", "Paper cutting")));
        navigate(CatalogueView.class);
        search(code);

        test((Button) buttonIn(2, "action-archive")).click();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("归档“剪纸班”？");
        test(confirm).confirm();

        assertThat(names().get(2)).isEqualTo("剪纸班已归档");
        assertThat(SystemAuthentication.asSystem(() -> catalogue.getByCode(CatalogueLevel.ITEM, code)).active())
                .isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void refusesToDeleteAnOfferedItemWithAReason() {
        navigate(CatalogueView.class);
        search("LEGAL-CLINIC");

        test((Button) buttonIn(2, "action-delete")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(SystemAuthentication.asSystem(() -> catalogue.findByCode(CatalogueLevel.ITEM, "LEGAL-CLINIC")))
                .isPresent();
        assertThat(names()).contains("法律咨询");
    }

    @Test
    @WithUserDetails("ngo")
    void showsNgoStaffTheMatchingItemsWithTheirAncestorsAndNoEditing() {
        navigate(CatalogueView.class);

        assertThat($(Button.class).withId("new-sector").exists()).isFalse();
        assertThat(names()).startsWith("党建服务", "法律服务");

        search("四点半");
        assertThat(names()).containsExactly("青少年服务", "课后托管", "四点半课堂");
    }

    @Test
    @WithUserDetails("officer")
    void saysSoWhenNothingMatches() {
        navigate(CatalogueView.class);

        search("没有这种服务");

        assertThat(test(tree()).size()).isZero();
        assertThat(tree().getEmptyStateText()).isEqualTo("没有匹配的服务事项，请换个关键词试试。");
    }

    private Component buttonIn(int row, String className) {
        var cell = test(tree()).getCellComponent(row, tree().getColumns().size() - 1);
        return cell.getChildren().filter(c -> c.hasClassName(className)).findFirst().orElseThrow();
    }

    private List<String> names() {
        var grid = test(tree());
        return IntStream.range(0, grid.size())
                .mapToObj(r -> grid.getCellComponent(r, 0).getElement().getTextRecursively()).toList();
    }

    @SuppressWarnings("unchecked")
    private TreeGrid<Object> tree() {
        return $(TreeGrid.class).single();
    }

    private void search(String text) {
        test($(TextField.class).withClassName("list-search").single()).setValue(text);
    }

    private TextField field(String label) {
        return $(TextField.class).from($(Dialog.class).single()).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String label) {
        return $(ComboBox.class).from($(Dialog.class).single()).withLabel(label).single();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }
}
