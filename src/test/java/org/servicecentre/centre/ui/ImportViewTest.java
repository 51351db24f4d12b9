package org.servicecentre.centre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.ImportAction;
import org.servicecentre.centre.ImportRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class ImportViewTest extends SpringBrowserlessTest {

    private static final String ROOMS = "centre_code,code,name,capacity,area_m2,floor,needs_approval,setup_minutes,"
            + "cleanup_minutes,bookable,active,amenities,description\r\n";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void uploadsAFileShowsThePreviewAndImportsItAfterConfirmation() {
        String code = unique();
        navigate(ImportView.class);
        test($(RadioButtonGroup.class).single()).selectItem("活动室");

        test($(Upload.class).single()).upload("rooms.csv", "text/csv",
                (ROOMS + "KJY," + code + ",党员活动室,30,60,2,否,10,10,是,是,,\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(rows()).extracting(ImportRow::code, ImportRow::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KJY / " + code, ImportAction.NEW));
        var importButton = $(Button.class).id("import-commit");
        assertThat(importButton.isEnabled()).isTrue();
        test(importButton).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(jdbc.queryForObject("select name from room where code = ?", String.class, code)).isEqualTo("党员活动室");
        assertThat(importButton.isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void showsTheProblemsOfEachRowAndDoesNotLetTheFileBeImported() {
        String code = unique();
        navigate(ImportView.class);
        test($(RadioButtonGroup.class).single()).selectItem("活动室");

        test($(Upload.class).single()).upload("rooms.csv", "text/csv", (ROOMS + "KJY," + code + ",好的,10,,,,,,,,,\r\n"
                + "KJY," + code + "B,坏的,很多,,,,,,,,,\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat($(Checkbox.class).single().getValue()).isTrue();
        assertThat(rows()).extracting(ImportRow::line).containsExactly(3);
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo("capacity：“很多”不是整数");
        assertThat($(Button.class).id("import-commit").isEnabled()).isFalse();
        test($(Checkbox.class).single()).click();
        assertThat(rows()).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from room where code like ?", Long.class, code + "%")).isZero();
    }

    @Test
    @WithUserDetails("manager")
    void offersAManagerOnlyRoomsWithATemplateAndAnExport() {
        navigate(ImportView.class);

        assertThat(test($(RadioButtonGroup.class).single()).getSelected()).isEqualTo("rooms");
        assertThat($(Anchor.class).all()).extracting(a -> a.getId().orElse("")).contains("template-rooms", "export-rooms");
    }

    @SuppressWarnings("unchecked")
    private Grid<ImportRow> grid() {
        return $(Grid.class).single();
    }

    private java.util.List<ImportRow> rows() {
        var tester = test(grid());
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    private static String unique() {
        return "UI" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
