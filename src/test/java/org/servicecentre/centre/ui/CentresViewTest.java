package org.servicecentre.centre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreLevel;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RegionDraft;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class CentresViewTest extends SpringBrowserlessTest {

    @Autowired
    RegionService regions;

    @Autowired
    CentreService centres;

    @Test
    @WithUserDetails("admin")
    void adminCreatesACentreThatThenAppearsInTheGrid() {
        String code = unique("C");
        navigate(CentresView.class);

        test($(Button.class).id("new-centre")).click();
        fill(code, "同乐社区第二党群服务中心");
        test($(ComboBox.class).from(dialog()).withLabel("所属区域").single()).selectItem("同乐社区（南头街道）");
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        test($(TextField.class).withClassName("list-search").single()).setValue(code);
        assertThat(names()).containsExactly("同乐社区第二党群服务中心");
    }

    @Test
    @WithUserDetails("admin")
    void refusesADuplicateCodeNextToTheFieldAndKeepsTheDialogOpen() {
        navigate(CentresView.class);

        test($(Button.class).id("new-centre")).click();
        fill("KJY", "又一个科技园中心");
        test($(ComboBox.class).from(dialog()).withLabel("所属区域").single()).selectItem("科技园社区（粤海街道）");
        test($(Button.class).id("form-save")).click();

        assertThat(dialog().isOpened()).isTrue();
        assertThat(field("编码").isInvalid()).isTrue();
        assertThat(field("编码").getErrorMessage()).isEqualTo("编码 KJY 已被使用，请换一个。");
        assertThat(field("名称").getValue()).isEqualTo("又一个科技园中心");
    }

    @Test
    @WithUserDetails("admin")
    void refusesABlankNameWithAMessageNextToTheField() {
        String code = unique("B");
        navigate(CentresView.class);

        test($(Button.class).id("new-centre")).click();
        fill(code, "");
        test($(ComboBox.class).from(dialog()).withLabel("所属区域").single()).selectItem("同乐社区（南头街道）");
        test($(Button.class).id("form-save")).click();

        assertThat(dialog().isOpened()).isTrue();
        assertThat(field("名称").isInvalid()).isTrue();
        assertThat(field("名称").getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(centres.count(code, null)).isZero();
    }

    @Test
    @WithUserDetails("officer")
    void showsAnOfficerOnlyTheCentresOfTheirRegionAndNoNewButton() {
        String code = unique("FT");
        SystemAuthentication.asSystem(() -> centreInAnotherDistrict(code));

        navigate(CentresView.class);

        assertThat($(Button.class).withId("new-centre").exists()).isFalse();
        assertThat(names()).contains("科技园社区党群服务中心", "同乐社区党群服务中心")
                .doesNotContain("福田区党群服务中心" + code);
    }

    @Test
    @WithUserDetails("officer")
    void opensTheCentrePageReadOnlyForAnOfficer() {
        navigate(CentresView.class);

        // a demo centre, not row 0: other tests' centres in the officer's region may have another time zone
        test($(Grid.class).single()).clickRow(names().indexOf("科技园社区党群服务中心"));

        assertThat($(CentreView.class).exists()).isTrue();
        assertThat($(Button.class).withId("edit-centre").exists()).isFalse();
        assertThat($(Span.class).withClassName("fact-value").all()).extracting(Span::getText)
                .contains("Asia/Shanghai");
    }

    @Test
    @WithUserDetails("manager")
    void showsAManagerOnlyTheirTwoCentresAndLetsThemEditOne() {
        navigate(CentresView.class);

        assertThat(names()).containsExactlyInAnyOrder("科技园社区党群服务中心", "高新区社区党群服务中心");
        assertThat($(Button.class).withId("new-centre").exists()).isFalse();

        test($(Grid.class).single()).clickRow(0);
        assertThat($(Span.class).withClassName("fact-value").all()).extracting(Span::getText).contains("王芳");
        test($(Button.class).id("edit-centre")).click();

        assertThat(dialog().getHeaderTitle()).isEqualTo("编辑中心");
        assertThat(field("编码").isReadOnly()).isTrue();
        assertThat(field("名称").isReadOnly()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void asksBeforeDeactivatingACentreAndKeepsItActiveUntilConfirmed() {
        String code = unique("D");
        SystemAuthentication.asSystem(() -> centres.create(draftIn("SZ-NS-NT-TL", code, "待停用的中心")));
        navigate(CentresView.class);
        test($(TextField.class).withClassName("list-search").single()).setValue(code);
        test($(Grid.class).single()).clickRow(0);
        test($(Button.class).id("edit-centre")).click();

        test($(Checkbox.class).from(dialog()).single()).click();
        test($(Button.class).id("form-save")).click();

        var confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(activeOf(code)).as("still active before confirming").isTrue();

        test(confirm).confirm();

        assertThat(activeOf(code)).as("inactive once confirmed").isFalse();
    }

    private boolean activeOf(String code) {
        return SystemAuthentication.asSystem(() -> centres.list(code, null, 0, 1).getFirst().active());
    }

    private CentreDraft draftIn(String regionCode, String code, String name) {
        var region = SystemAuthentication.asSystem(() -> regions.list(regionCode, null, 0, 1).getFirst());
        var draft = new CentreDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setLevel(CentreLevel.SHEQU);
        draft.setRegionId(region.id());
        return draft;
    }

    private void centreInAnotherDistrict(String code) {
        var city = regions.list("SZ", RegionLevel.CITY, 0, 1).getFirst();
        var district = new RegionDraft();
        district.setCode(code);
        district.setName("福田区" + code);
        district.setLevel(RegionLevel.DISTRICT);
        district.setParentId(city.id());
        var centre = new CentreDraft();
        centre.setCode(code);
        centre.setName("福田区党群服务中心" + code);
        centre.setLevel(CentreLevel.DISTRICT);
        centre.setRegionId(regions.create(district).id());
        centres.create(centre);
    }

    private void fill(String code, String name) {
        test(field("编码")).setValue(code);
        test(field("名称")).setValue(name);
    }

    private Dialog dialog() {
        return $(Dialog.class).single();
    }

    private TextField field(String label) {
        return $(TextField.class).from(dialog()).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private List<String> names() {
        var grid = test((Grid<Object>) $(Grid.class).single());
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, 1)).toList();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
