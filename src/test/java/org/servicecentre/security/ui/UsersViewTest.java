package org.servicecentre.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.AccountSummary;
import org.servicecentre.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class UsersViewTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountService accounts;

    @Test
    @WithUserDetails("admin")
    void createsAnNgoStaffUserWithAnOrganisationAndListsIt() {
        String username = uniqueUsername();
        navigate(UsersView.class);

        test($(Button.class).id("new-user")).click();
        fillIn(username, "张社工", "组织工作人员");
        var organisation = $(ComboBox.class).id("organisation");
        String firstOrganisation = (String) test(organisation).getSuggestions().getFirst();
        test(organisation).selectItem(firstOrganisation);
        test($(PasswordField.class).id("password")).setValue("secret-123");
        test($(Button.class).id("save-user")).click();

        assertThat($(UserForm.class).exists()).isFalse();
        var grid = searchFor(username);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("组织工作人员");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo(firstOrganisation);
    }

    @Test
    @WithUserDetails("admin")
    void refusesACentreManagerWithoutCentres() {
        String username = uniqueUsername();
        navigate(UsersView.class);

        test($(Button.class).id("new-user")).click();
        fillIn(username, "王经理", "中心管理员");
        test($(PasswordField.class).id("password")).setValue("secret-123");
        test($(Button.class).id("save-user")).click();

        var centres = $(MultiSelectComboBox.class).id("centres");
        assertThat(centres.isInvalid()).isTrue();
        assertThat(centres.getErrorMessage()).isEqualTo("中心管理员必须至少指定一个中心。");
        assertThat($(UserForm.class).single().isOpened()).isTrue();
        assertThat(accounts.count(username, null)).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void refusesADuplicateUsernameAndKeepsTheForm() {
        navigate(UsersView.class);

        test($(Button.class).id("new-user")).click();
        fillIn("ngo", "重名用户", "系统管理员");
        test($(PasswordField.class).id("password")).setValue("secret-123");
        test($(Button.class).id("save-user")).click();

        var username = $(TextField.class).id("username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("用户名 ngo 已被使用，请换一个。");
        assertThat($(UserForm.class).single().isOpened()).isTrue();
        assertThat($(TextField.class).id("display-name").getValue()).isEqualTo("重名用户");
    }

    @Test
    @WithUserDetails("admin")
    void asksBeforeDisablingAndThenShowsTheUserAsDisabled() {
        var user = existingUser();
        navigate(UsersView.class);
        var grid = searchFor(user.username());

        test(grid).clickRow(0);
        test($(Button.class).id("disable-user")).click();
        var confirm = $(ConfirmDialog.class).id("confirm-disable");
        assertThat(accounts.list(user.username(), null, 0, 1).getFirst().enabled()).isTrue();
        test(confirm).confirm();

        assertThat(accounts.list(user.username(), null, 0, 1).getFirst().enabled()).isFalse();
        assertThat(((Span) test(grid).getCellComponent(0, "status")).getText()).isEqualTo("已停用");
    }

    @Test
    @WithUserDetails("admin")
    void showsATemporaryPasswordOnceAfterAReset() {
        var user = existingUser();
        navigate(UsersView.class);
        var grid = searchFor(user.username());

        test(grid).clickRow(0);
        test($(Button.class).id("reset-password")).click();
        test($(ConfirmDialog.class).id("confirm-reset")).confirm();

        var shown = $(Dialog.class).id("temporary-password");
        String temporary = $(TextField.class, shown).single().getValue();
        assertThat(temporary).hasSize(12);
        assertThat(shown.getHeaderTitle()).contains(user.displayName());
    }

    @Test
    @WithUserDetails("admin")
    void doesNotLetAnAdministratorDisableThemself() {
        navigate(UsersView.class);
        var grid = searchFor("admin");

        test(grid).clickRow(0);

        assertThat($(Button.class).id("disable-user").isEnabled()).isFalse();
    }

    private void fillIn(String username, String displayName, String roleName) {
        test($(TextField.class).id("username")).setValue(username);
        test($(TextField.class).id("display-name")).setValue(displayName);
        test($(Select.class).id("role")).selectItem(roleName);
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountSummary> searchFor(String username) {
        test($(TextField.class).id("user-search")).setValue(username);
        return $(Grid.class).id("users-grid");
    }

    private AccountSummary existingUser() {
        var draft = new AccountDraft();
        draft.setUsername(uniqueUsername());
        draft.setDisplayName("测试用户" + SEQUENCE.get());
        draft.setRole(Role.ADMIN);
        return accounts.create(draft, "secret-123");
    }

    private static String uniqueUsername() {
        return "ui-test-" + System.currentTimeMillis() % 100000 + "-" + SEQUENCE.incrementAndGet();
    }
}
