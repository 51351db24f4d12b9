package org.servicecentre.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.ResidentService;
import org.servicecentre.programme.ResidentSummary;
import org.servicecentre.programme.TargetGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class ResidentsViewTest extends SpringBrowserlessTest {

    @Autowired
    ResidentService residents;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("ngo")
    void showsTheOrganisationsStaffTheirResidentsUnmasked() {
        var phone = uniquePhone();
        residents.create(new ResidentDraft("赵小红", phone, Set.of(TargetGroup.WOMEN), true));

        navigate(ResidentsView.class);

        var first = test(grid()).getRow(0);
        assertThat(first.name()).isEqualTo("赵小红");
        assertThat(first.phone()).isEqualTo(phone);
        assertThat(first.unmasked()).isTrue();
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("groups"))).isEqualTo("妇女");
    }

    @Test
    @WithUserDetails("admin")
    void showsAnAdminResidentsMasked() {
        var phone = uniquePhone();
        as("ngo", () -> residents.create(new ResidentDraft("赵小红", phone, Set.of(), true)));

        navigate(ResidentsView.class);

        var first = test(grid()).getRow(0);
        assertThat(first.name()).isEqualTo("赵**");
        assertThat(first.phone()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(first.unmasked()).isFalse();
    }

    @Test
    @WithUserDetails("ngo")
    void findsAResidentByPhoneAndExplainsAnInvalidNumber() {
        var phone = uniquePhone();
        var created = residents.create(new ResidentDraft(null, phone, Set.of(), true));
        navigate(ResidentsView.class);
        var search = $(TextField.class).id("resident-phone-search");

        test(search).setValue(phone.substring(0, 3) + " " + phone.substring(3));

        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).id()).isEqualTo(created.id());
        assertThat(test(grid()).getRow(0).phone()).isEqualTo(phone);

        test(search).setValue("12ab");

        assertThat(search.isInvalid()).isTrue();
        assertThat(search.getErrorMessage()).isEqualTo("请输入 5 到 15 位数字的手机号。");
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    @WithUserDetails("ngo")
    void refusesANameWithoutConsentAndKeepsTheDialogOpen() {
        long before = residents.count();
        navigate(ResidentsView.class);
        test($(Button.class).id("new-resident")).click();

        test($(TextField.class).id("resident-name")).setValue("孙大妈");
        test($(Button.class).id("resident-save")).click();

        var consent = $(Checkbox.class).id("resident-consent");
        assertThat(consent.isInvalid()).isTrue();
        assertThat(consent.getErrorMessage()).startsWith("保存姓名、手机号或所属人群需要居民本人同意");
        assertThat($(ResidentForm.class).single().isOpened()).isTrue();
        assertThat($(TextField.class).id("resident-name").getValue()).isEqualTo("孙大妈");
        assertThat($(Paragraph.class).id("privacy-notice").getText()).contains("撤回同意");
        assertThat(residents.count()).isEqualTo(before);

        test(consent).click();
        test($(Button.class).id("resident-save")).click();

        assertThat($(ResidentForm.class).all()).isEmpty();
        assertThat(residents.count()).isEqualTo(before + 1);
        assertThat(test(grid()).getRow(0).name()).isEqualTo("孙大妈");
    }

    @SuppressWarnings("unchecked")
    private Grid<ResidentSummary> grid() {
        return $(Grid.class).id("residents-grid");
    }

    private static String uniquePhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private <T> T as(String username, Supplier<T> action) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        var user = users.loadUserByUsername(username);
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            context.setAuthentication(before);
        }
    }
}
