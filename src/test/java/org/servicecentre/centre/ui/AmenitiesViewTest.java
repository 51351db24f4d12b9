package org.servicecentre.centre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.AmenityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class AmenitiesViewTest extends SpringBrowserlessTest {

    @Autowired
    AmenityService amenities;

    @Test
    @WithUserDetails("admin")
    void adminAddsAnAmenityThatThenAppearsInTheGrid() {
        String code = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
        navigate(AmenitiesView.class);

        test($(Button.class).id("new-amenity")).click();
        test(field("编码")).setValue(code);
        test(field("中文名称")).setValue("空调");
        test(field("英文名称")).setValue("Air conditioning");
        test($(Button.class).id("form-save")).click();

        assertThat($(Dialog.class).all()).isEmpty();
        test($(TextField.class).withClassName("list-search").single()).setValue(code);
        assertThat(column(1)).containsExactly("空调");
    }

    @Test
    @WithUserDetails("admin")
    void refusesToDeleteAnAmenityRoomsUseWithAClearMessage() {
        navigate(AmenitiesView.class);
        test($(TextField.class).withClassName("list-search").single()).setValue("PROJECTOR");
        test($(Grid.class).single()).clickRow(0);

        test($(Button.class).id("amenity-delete")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(test($(Notification.class).last()).getText()).contains("正被", "个活动室使用，不能删除");
        assertThat(amenities.count("PROJECTOR")).isOne();
    }

    @Test
    @WithUserDetails("admin")
    void refusesABlankEnglishNameNextToTheField() {
        navigate(AmenitiesView.class);

        test($(Button.class).id("new-amenity")).click();
        test(field("编码")).setValue("BLANK-EN");
        test(field("中文名称")).setValue("无英文名");
        test($(Button.class).id("form-save")).click();

        assertThat(field("英文名称").isInvalid()).isTrue();
        assertThat(amenities.count("BLANK-EN")).isZero();
    }

    private TextField field(String label) {
        return $(TextField.class).from($(Dialog.class).single()).withLabel(label).single();
    }

    @SuppressWarnings("unchecked")
    private List<String> column(int index) {
        var grid = test((Grid<Object>) $(Grid.class).single());
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, index)).toList();
    }
}
