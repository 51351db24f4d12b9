package org.servicecentre.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.PersonalDataAction;
import org.servicecentre.security.PersonalDataAudit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class PersonalDataAuditViewTest extends SpringBrowserlessTest {

    @Autowired
    PersonalDataAudit audit;

    @Test
    @WithUserDetails("admin")
    void showsWhoSawWhichResidentAndFiltersByAction() {
        long resident = System.nanoTime() % 1_000_000_000_000L + 7_000_000_000_000L;
        asSystem(() -> {
            audit.record(PersonalDataAction.VIEW, PersonalDataAudit.RESIDENT, List.of(resident), "attendance list");
            audit.record(PersonalDataAction.EXPORT, PersonalDataAudit.RESIDENT, List.of(resident), "CSV export");
        });
        navigate(PersonalDataAuditView.class);

        test($(TextField.class).id("audit-subject-filter")).setValue(Long.toString(resident));
        var grid = $(Grid.class).id("audit-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("system");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("系统管理员");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("居民 #" + resident);
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("CSV export");

        test($(ComboBox.class).id("audit-action-filter")).selectItem("查看");

        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("attendance list");
    }

    @Test
    @WithUserDetails("admin")
    void saysWhatToDoWhenNothingMatches() {
        navigate(PersonalDataAuditView.class);

        test($(TextField.class).id("audit-user-search")).setValue("no-such-user-at-all");

        assertThat(test($(Grid.class).id("audit-grid")).size()).isZero();
        assertThat($(Paragraph.class).withText("没有符合筛选条件的记录。可以清除或放宽筛选条件再看。").exists()).isTrue();
    }

    @Test
    @WithUserDetails("ngo")
    void keepsEveryoneButAdminsOut() {
        var refused = catchThrowable(() -> navigate(PersonalDataAuditView.class));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(RouteNotFoundError.class);
    }
}
