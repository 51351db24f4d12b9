package org.servicecentre.centre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Map;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreDraft;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RegionService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class CentreServicesPanelTest extends SpringBrowserlessTest {

    @Autowired
    CentreService centres;

    @Autowired
    RegionService regions;

    @Test
    @WithUserDetails("ngo")
    void showsEachServiceWithItsWeeklySlotsAndWhoDeliversThem() {
        open("KJY");

        assertThat(slotTexts()).contains("周二 14:00–17:00南山区启航社会工作服务中心请提前电话预约");
        assertThat(cardTitles()).contains("法律咨询", "四点半课堂", "党员组织生活会");
        assertThat($(Button.class).withId("add-offering").exists()).isFalse();
        assertThat($(Button.class).withClassName("action-remove").exists()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void managerAddsASlotAndRemovesItAfterConfirmation() {
        open("GXQ");
        int before = slotTexts().size();

        test($(Button.class).id("add-offering")).click();
        test(combo("服务事项")).selectItem("文体服务 / 全民健身 / 太极拳");
        test(combo("星期")).selectItem("周日");
        test(combo("承接组织")).selectItem("粤海街道志愿者服务队 (YH-VOL)");
        time("开始时间").setValue(LocalTime.of(7, 30));
        time("结束时间").setValue(LocalTime.of(8, 30));
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(slotTexts()).contains("周日 07:30–08:30粤海街道志愿者服务队").hasSize(before + 1);

        var taichi = $(Div.class).withClassName("offering-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().startsWith("太极拳")).findFirst().orElseThrow();
        test($(Button.class).from(taichi).withClassName("action-remove").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(slotTexts()).hasSize(before).doesNotContain("周日 07:30–08:30粤海街道志愿者服务队");
    }

    @Test
    @WithUserDetails("manager")
    void keepsTheDialogOpenWithAMessageWhenTheSlotEndsBeforeItStarts() {
        open("KJY");

        test($(Button.class).id("add-offering")).click();
        test(combo("服务事项")).selectItem("党建服务 / 组织生活 / 党课学习");
        test(combo("承接组织")).selectItem("科技园社区党支部 (KJY-PB)");
        time("开始时间").setValue(LocalTime.of(15, 0));
        time("结束时间").setValue(LocalTime.of(14, 0));
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat(time("结束时间").getErrorMessage()).isEqualTo("结束时间必须晚于开始时间");
    }

    @Test
    @WithUserDetails("admin")
    void tellsAnEditorHowToStartWhenACentreOffersNothingYet() {
        var draft = new CentreDraft();
        draft.setCode("SVC" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT));
        draft.setName("空白社区党群服务中心");
        draft.setRegionId(regions.list("SZ-NS-NT-TL", null, 0, 1).getFirst().id());
        var centre = centres.create(draft);

        open(centre.code());

        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .startsWith("本中心还没有登记服务事项。点击“添加服务时段”");
        assertThat($(Div.class).withClassName("offering-card").exists()).isFalse();
    }

    private void open(String centreCode) {
        long id = SystemAuthentication.asSystem(() -> centres.getByCode(centreCode).id());
        navigate(CentreView.class, Map.of("centreId", String.valueOf(id)));
        $(TabSheet.class).single().setSelectedTab($(Tab.class).id("tab-services"));
    }

    private List<String> slotTexts() {
        return $(Div.class).withClassName("offering-text").all().stream()
                .map(d -> d.getElement().getTextRecursively()).toList();
    }

    private List<String> cardTitles() {
        return $(com.vaadin.flow.component.html.Span.class).withClassName("card-title").all().stream()
                .map(s -> s.getText()).toList();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Object> combo(String label) {
        return $(ComboBox.class).from($(Dialog.class).single()).withLabel(label).single();
    }

    private TimePicker time(String label) {
        return $(TimePicker.class).from($(Dialog.class).single()).withLabel(label).single();
    }
}
