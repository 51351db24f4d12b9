package org.servicecentre.centre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.PartnershipDraft;
import org.servicecentre.centre.PartnershipService;
import org.servicecentre.centre.RegionService;
import org.servicecentre.organisation.OrganisationDraft;
import org.servicecentre.organisation.OrganisationKind;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class PartnershipsViewTest extends SpringBrowserlessTest {

    @Autowired
    PartnershipService partnerships;

    @Autowired
    OrganisationService organisations;

    @Autowired
    CentreService centres;

    @Autowired
    RegionService regions;

    @Test
    @WithUserDetails("admin")
    void adminPartnersAnOrganisationWithAnAllianceThroughTheDialog() {
        String code = SystemAuthentication.asSystem(() -> organisation(unique("PV")));
        navigate(PartnershipsView.class);

        test($(Button.class).id("new-partnership")).click();
        test(combo("组织")).selectItem("测试组织" + code + " (" + code + ")");
        test($(RadioButtonGroup.class).from(dialog()).single()).selectItem("联盟");
        test(combo("联盟")).selectItem("粤海·南头党建联盟");
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        test(filter("全部组织")).selectItem("测试组织" + code + " (" + code + ")");
        assertThat(column(2)).containsExactly("粤海·南头党建联盟");
    }

    @Test
    @WithUserDetails("admin")
    void refusesADuplicateNextToTheOrganisationAndKeepsTheDialogOpen() {
        navigate(PartnershipsView.class);

        test($(Button.class).id("new-partnership")).click();
        test(combo("组织")).selectItem("科技园社区党支部 (KJY-PB)");
        test(combo("中心")).selectItem("科技园社区党群服务中心");
        test($(Button.class).id("form-save")).click();

        assertThat(dialog().isOpened()).isTrue();
        assertThat(combo("组织").isInvalid()).isTrue();
        assertThat(combo("组织").getErrorMessage())
                .isEqualTo("科技园社区党支部 (KJY-PB) 已经可以在 科技园社区党群服务中心 预约，无需重复添加。");
    }

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void asksAManagerBeforeRemovingAPartnershipOfTheirCentre() {
        String code = SystemAuthentication.asSystem(() -> organisation(unique("PR")));
        SystemAuthentication.asSystem(() -> partnerships.create(PartnershipDraft.withCentre(
                organisations.list(code, null, 0, 1).getFirst().id(), centres.getByCode("GXQ").id())));
        navigate(PartnershipsView.class);
        test(filter("全部组织")).selectItem("测试组织" + code + " (" + code + ")");
        assertThat(column(0)).hasSize(1);

        var grid = test((Grid<Object>) $(Grid.class).single());
        test((Button) grid.getCellComponent(0, 6)).click();
        var confirm = $(ConfirmDialog.class).single();
        assertThat(confirm.isOpened()).isTrue();
        assertThat(column(0)).as("kept until confirmed").hasSize(1);
        test(confirm).confirm();

        assertThat(column(0)).isEmpty();
    }

    @Test
    @WithUserDetails("officer")
    void showsAnOfficerPartnershipsWithoutWaysToChangeThem() {
        navigate(PartnershipsView.class);

        assertThat($(Button.class).withId("new-partnership").exists()).isFalse();
        assertThat($(Button.class).withClassName("remove-partnership").exists()).isFalse();
        assertThat(column(0)).contains("南山区启航社会工作服务中心 (QIHANG)");
    }

    @Test
    @WithUserDetails("ngo")
    void showsNgoStaffTheirOwnOrganisationsPartnershipsOnly() {
        navigate(PartnershipsView.class);

        assertThat($(Button.class).withId("new-partnership").exists()).isFalse();
        assertThat(column(0)).isNotEmpty().allMatch(name -> name.equals("南山区启航社会工作服务中心 (QIHANG)"));
    }

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void showsAManagerTheirCentresAlliancesAndPartnersOnTheCentrePage() {
        navigate("centres/" + SystemAuthentication.asSystem(() -> centres.getByCode("KJY").id()), CentreView.class);
        var partnersTab = $(Tab.class).id("tab-partners");
        assertThat(partnersTab.getLabel()).isEqualTo("联盟与合作");
        $(TabSheet.class).single().setSelectedTab(partnersTab);

        assertThat($(Span.class).withClassName("alliance").all()).extracting(Span::getText)
                .contains("粤海·南头党建联盟");
        var partners = test((Grid<Object>) $(Grid.class).id("centre-partners"));
        var via = IntStream.range(0, partners.size()).mapToObj(row -> partners.getCellText(row, 0) + " / "
                + partners.getCellText(row, 1)).toList();
        assertThat(via).contains("南山区启航社会工作服务中心 (QIHANG) / 经联盟：粤海·南头党建联盟",
                "科技园社区党支部 (KJY-PB) / 直接合作");
        assertThat($(Button.class).withId("add-partner").exists()).isTrue();
        assertThat($(H3.class).all()).extracting(H3::getText).contains("所属党建联盟", "可在本中心预约的组织");
    }

    private String organisation(String code) {
        var draft = new OrganisationDraft();
        draft.setCode(code);
        draft.setName("测试组织" + code);
        draft.setKind(OrganisationKind.VOLUNTEER_TEAM);
        draft.setRegionId(regions.list("SZ-NS", null, 0, 1).getFirst().id());
        organisations.create(draft);
        return code;
    }

    private Dialog dialog() {
        return $(Dialog.class).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String label) {
        return $(ComboBox.class).from(dialog()).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> filter(String placeholder) {
        return $(ComboBox.class).all().stream().filter(c -> placeholder.equals(c.getPlaceholder())).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<String> column(int column) {
        var grid = test((Grid<Object>) $(Grid.class).single());
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, column)).toList();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }
}
