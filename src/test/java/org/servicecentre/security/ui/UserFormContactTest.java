package org.servicecentre.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin's user form also sets where an account's notifications are e-mailed. */
@ServiceCentreTest
class UserFormContactTest extends SpringBrowserlessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    AccountService accounts;

    @Test
    @WithUserDetails("admin")
    void createsAnAccountWithAnEmailAddressAndShowsItWhenEditing() {
        String username = "contact-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        navigate(UsersView.class);

        openNewUser(username);
        test($(TextField.class).id("email")).setValue("zhang.shegong@example.com");
        test($(Button.class).id("save-user")).click();

        assertThat($(UserForm.class).exists()).isFalse();
        long id = accounts.list(username, null, 0, 1).getFirst().id();
        assertThat(accounts.contactOf(id).email()).isEqualTo("zhang.shegong@example.com");
        test($(TextField.class).id("user-search")).setValue(username);
        test($(Grid.class).id("users-grid")).clickRow(0);
        assertThat($(TextField.class).id("email").getValue()).isEqualTo("zhang.shegong@example.com");
    }

    @Test
    @WithUserDetails("admin")
    void refusesABadAddressBeforeCreatingTheAccount() {
        String username = "contact-bad-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        navigate(UsersView.class);

        openNewUser(username);
        test($(TextField.class).id("email")).setValue("not an address");
        test($(Button.class).id("save-user")).click();

        var email = $(TextField.class).id("email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("电子邮箱格式不正确，例如 name@example.com。");
        assertThat($(UserForm.class).single().isOpened()).isTrue();
        assertThat(accounts.count(username, null)).isZero();
    }

    @SuppressWarnings("unchecked")
    private void openNewUser(String username) {
        test($(Button.class).id("new-user")).click();
        test($(TextField.class).id("username")).setValue(username);
        test($(TextField.class).id("display-name")).setValue("张社工");
        test($(Select.class).id("role")).selectItem("系统管理员");
        test($(PasswordField.class).id("password")).setValue("secret-123");
    }
}
