package org.servicecentre.centre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.RoomDraft;
import org.servicecentre.centre.RoomFilter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class RoomsViewTest extends SpringBrowserlessTest {

    @Autowired
    RoomService rooms;

    @Autowired
    CentreService centres;

    @Test
    @WithUserDetails("manager")
    void managerCreatesARoomInTheirCentreThatThenAppearsInTheGrid() {
        String code = unique("M");
        navigate(RoomsView.class);

        test($(Button.class).id("new-room")).click();
        test($(com.vaadin.flow.component.combobox.ComboBox.class).from(dialog()).withLabel("服务中心").single())
                .selectItem("高新区社区党群服务中心");
        test(field("编码")).setValue(code);
        test(field("名称")).setValue("亲子阅读角");
        test($(IntegerField.class).from(dialog()).withLabel("容纳人数").single()).setValue(15);
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        test($(TextField.class).withClassName("list-search").single()).setValue(code);
        assertThat(column(2)).containsExactly("亲子阅读角");
    }

    @Test
    @WithUserDetails("admin")
    void refusesADuplicateCodeNextToTheFieldAndKeepsTheDialogOpen() {
        navigate(RoomsView.class);

        test($(Button.class).id("new-room")).click();
        test($(com.vaadin.flow.component.combobox.ComboBox.class).from(dialog()).withLabel("服务中心").single())
                .selectItem("科技园社区党群服务中心");
        test(field("编码")).setValue("HALL");
        test(field("名称")).setValue("第二个大厅");
        test($(Button.class).id("form-save")).click();

        assertThat(dialog().isOpened()).isTrue();
        assertThat(field("编码").isInvalid()).isTrue();
        assertThat(field("编码").getErrorMessage()).isEqualTo("编码 HALL 已被使用，请换一个。");
        assertThat(field("名称").getValue()).isEqualTo("第二个大厅");
    }

    @Test
    @WithUserDetails("officer")
    void officerFiltersRoomsByCapacityAndAmenityAndOpensThemReadOnly() {
        navigate(RoomsView.class);
        assertThat($(Button.class).withId("new-room").exists()).isFalse();

        test($(IntegerField.class).id("room-capacity-filter")).setValue(50);
        @SuppressWarnings("unchecked")
        var amenities = (MultiSelectComboBox<org.servicecentre.centre.AmenitySummary>) $(MultiSelectComboBox.class)
                .id("room-amenity-filter");
        amenities.setValue(Set.of(amenities.getListDataView().getItems()
                .filter(a -> a.code().equals("KITCHEN")).findFirst().orElseThrow()));
        assertThat(column(2)).isEmpty();
        amenities.clear();
        assertThat(column(2)).contains("多功能厅").doesNotContain("会议室");

        test($(Grid.class).single()).clickRow(0);
        assertThat(dialog().getHeaderTitle()).isEqualTo("活动室详情");
        assertThat(field("名称").isReadOnly()).isTrue();
        assertThat($(Upload.class).all()).isEmpty();
        assertThat($(Button.class).withId("room-archive").exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void asksBeforeArchivingARoomAndHidesItOnceConfirmed() {
        String code = unique("A");
        SystemAuthentication.asSystem(() -> rooms.create(centres.getByCode("NTC").id(), draft(code)));
        navigate(RoomsView.class);
        test($(TextField.class).withClassName("list-search").single()).setValue(code);
        test($(Grid.class).single()).clickRow(0);
        assertThat($(Upload.class).exists()).isTrue();

        test($(Button.class).id("room-archive")).click();
        assertThat(count(code)).as("still listed before confirming").isOne();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(count(code)).isZero();
        assertThat(column(2)).isEmpty();
    }

    @Test
    @WithUserDetails("manager")
    void showsTheRoomsTabOnTheCentrePageWithANewRoomButtonForItsManager() {
        long gxq = SystemAuthentication.asSystem(() -> centres.getByCode("GXQ").id());
        navigate(CentreView.class, java.util.Map.of("centreId", String.valueOf(gxq)));

        var sheet = $(TabSheet.class).single();
        sheet.setSelectedIndex(1);

        assertThat(sheet.getSelectedTab().getLabel()).isEqualTo("活动室");
        assertThat($(Button.class).withId("new-centre-room").exists()).isTrue();
        @SuppressWarnings("unchecked")
        var grid = test((Grid<Object>) $(Grid.class).id("centre-rooms-grid"));
        assertThat(IntStream.range(0, grid.size()).mapToObj(r -> grid.getCellText(r, 1)).toList())
                .contains("电脑室", "共享厨房");
    }

    @Test
    @WithUserDetails("ngo")
    void showsNgoStaffTheRoomsTabWithoutANewRoomButton() {
        long tl = SystemAuthentication.asSystem(() -> centres.getByCode("TL").id());
        navigate(CentreView.class, java.util.Map.of("centreId", String.valueOf(tl)));
        $(TabSheet.class).single().setSelectedIndex(1);

        assertThat($(Button.class).withId("new-centre-room").exists()).isFalse();
        assertThat($(Grid.class).id("centre-rooms-grid")).isNotNull();
    }

    @Test
    @WithUserDetails("admin")
    void showsThePrintableDoorSignWithTheRoomAndRenewsTheCodeAfterConfirming() {
        var hall = SystemAuthentication.asSystem(() -> rooms.list(
                new RoomFilter("HALL", centres.getByCode("TL").id(), Set.of(), null, Set.of(), false), 0, 1).getFirst());
        navigate(RoomDoorView.class, java.util.Map.of("roomId", String.valueOf(hall.id())));

        var qr = $(com.vaadin.flow.component.html.Image.class).id("door-qr");
        String before = qr.getSrc();
        assertThat(before).startsWith("data:image/png;base64,");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("door-scan").single().getText())
                .isEqualTo("扫码签到");

        test($(Button.class).id("door-renew")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(qr.getSrc()).isNotEqualTo(before);
    }

    @Test
    @WithUserDetails("officer")
    void sendsAnOfficerAwayFromTheDoorSign() {
        var hall = SystemAuthentication.asSystem(() -> rooms.list(RoomFilter.all(), 0, 1).getFirst());

        navigate(RoomsView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("rooms/" + hall.id() + "/door");

        assertThat(getCurrentView()).isNotInstanceOf(RoomDoorView.class);
    }

    private long count(String code) {
        return SystemAuthentication.asSystem(() -> rooms.count(new RoomFilter(code, null, Set.of(), null, Set.of(), false)));
    }

    private static RoomDraft draft(String code) {
        var draft = new RoomDraft();
        draft.setCode(code);
        draft.setName("待归档的活动室");
        draft.setCapacity(10);
        return draft;
    }

    private Dialog dialog() {
        return $(Dialog.class).single();
    }

    private TextField field(String label) {
        return $(TextField.class).from(dialog()).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private List<String> column(int index) {
        var grid = test((Grid<Object>) $(Grid.class).single());
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, index)).toList();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
