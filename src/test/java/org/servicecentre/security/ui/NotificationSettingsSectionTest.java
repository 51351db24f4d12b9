package org.servicecentre.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class NotificationSettingsSectionTest extends SpringBrowserlessTest {

    /** An account of its own, so that changing its contact cannot affect tests signed in as the demo users. */
    private static final String READER = "profile-contact-changer";

    @Autowired
    AccountService accounts;

    @BeforeEach
    void anAccountWithoutAnAddress() {
        SystemAuthentication.asSystem(() -> {
            if (accounts.count(READER, null) == 0) {
                var draft = new AccountDraft();
                draft.setUsername(READER);
                draft.setDisplayName("通知设置测试");
                draft.setRole(Role.ADMIN);
                accounts.create(draft, "secret-123");
            }
            long id = accounts.list(READER, null, 0, 1).getFirst().id();
            accounts.changeContact(id, "", true);
        });
    }

    @Test
    @WithUserDetails(value = READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void savesTheAddressAndTheChoiceOfNonEssentialMessages() {
        navigate(ProfileView.class);

        test($(TextField.class).id("contact-email")).setValue("  li.wei@example.com ");
        test($(Checkbox.class).id("contact-optional")).click();
        test($(Button.class).id("contact-save")).click();

        var contact = accounts.myContact();
        assertThat(contact.email()).isEqualTo("li.wei@example.com");
        assertThat(contact.optionalMessages()).isFalse();
        assertThat($(TextField.class).id("contact-email").getValue()).isEqualTo("li.wei@example.com");
    }

    @Test
    @WithUserDetails(value = READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void explainsABadAddressNextToTheFieldAndKeepsWhatWasTyped() {
        navigate(ProfileView.class);

        test($(TextField.class).id("contact-email")).setValue("li.wei-at-example");
        test($(Button.class).id("contact-save")).click();

        var email = $(TextField.class).id("contact-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("电子邮箱格式不正确，例如 name@example.com。");
        assertThat(email.getValue()).isEqualTo("li.wei-at-example");
        assertThat(accounts.myContact().email()).isNull();
    }

    @Test
    @WithUserDetails("manager")
    void saysThatEssentialMessagesAlwaysArrive() {
        navigate(ProfileView.class);

        assertThat($(Checkbox.class).id("contact-optional").getLabel()).isEqualTo("接收提醒和周报（非必要通知）");
        assertThat($(Paragraph.class).id("contact-essential-hint").getText()).contains("始终会发送");
    }
}
