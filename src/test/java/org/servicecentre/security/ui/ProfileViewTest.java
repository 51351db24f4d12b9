package org.servicecentre.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class ProfileViewTest extends SpringBrowserlessTest {

    /** An account of its own, so that changing its language cannot affect tests signed in as the demo users. */
    private static final String SPEAKER = "profile-language-switcher";

    @Autowired
    AccountService accounts;

    @BeforeEach
    void anAccountWhoseLanguageMayChange() {
        SystemAuthentication.asSystem(() -> {
            if (accounts.count(SPEAKER, null) == 0) {
                var draft = new AccountDraft();
                draft.setUsername(SPEAKER);
                draft.setDisplayName("语言测试");
                draft.setRole(Role.ADMIN);
                accounts.create(draft, "secret-123");
            }
        });
    }

    @Test
    @WithUserDetails(value = SPEAKER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void savesTheChosenLanguageAndSwitchesTheSessionToIt() {
        navigate(ProfileView.class);

        test($(RadioButtonGroup.class).id("profile-language")).selectItem("English");

        assertThat(accounts.me().language()).isEqualTo(Languages.ENGLISH);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Languages.ENGLISH);
    }

    @Test
    @WithUserDetails("manager")
    void showsWhoIsSignedInAndTheirCentres() {
        navigate(ProfileView.class);

        assertThat($(H2.class).id("profile-name").getText()).isEqualTo("王芳");
        assertThat($(Paragraph.class).id("profile-scope").getText())
                .contains("科技园社区党群服务中心").contains("高新区社区党群服务中心");
    }

    @Test
    @WithUserDetails("ngo")
    void refusesAPasswordChangeWithTheWrongCurrentPassword() {
        navigate(ProfileView.class);

        changePassword("not-my-password", "brand-new-secret", "brand-new-secret");

        var current = $(PasswordField.class).id("current-password");
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("当前密码不正确。");
    }

    @Test
    @WithUserDetails("ngo")
    void saysWhenTheNewPasswordsDoNotMatch() {
        navigate(ProfileView.class);

        changePassword("demo1234", "brand-new-secret", "brand-new-secrte");

        var repeat = $(PasswordField.class).id("repeat-password");
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("两次输入的新密码不一致");
    }

    private void changePassword(String current, String replacement, String repeat) {
        test($(PasswordField.class).id("current-password")).setValue(current);
        test($(PasswordField.class).id("new-password")).setValue(replacement);
        test($(PasswordField.class).id("repeat-password")).setValue(repeat);
        test($(Button.class).id("change-password")).click();
    }
}
