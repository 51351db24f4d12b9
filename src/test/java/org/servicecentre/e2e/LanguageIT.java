package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.servicecentre.shared.Languages;
import org.springframework.beans.factory.annotation.Autowired;

/** Chinese by default, English on request: on the sign-in page, and remembered per user once signed in. */
@EndToEndTest
class LanguageIT {

    private static final By BRAND = By.cssSelector(".login-brand h1");
    private static final By SUBMIT = By.cssSelector("vaadin-login-form vaadin-button[slot='submit']");

    @Autowired
    AccountService accounts;

    @Test
    void theLoginPageSwitchesToEnglishAndBack(Browser browser) {
        browser.open("login");
        assertThat(browser.text(BRAND)).isEqualTo("党群服务中心");
        assertThat(browser.text(SUBMIT)).isEqualTo("登录");
        browser.screenshot("login-zh");

        browser.click(By.id("language-switch")).awaitText(BRAND, "Service Centre");
        assertThat(browser.text(SUBMIT)).isEqualTo("Sign in");
        assertThat(browser.text(By.id("language-switch"))).isEqualTo("切换到中文");
        browser.screenshot("login-en");

        browser.click(By.id("language-switch")).awaitText(BRAND, "党群服务中心");
        assertThat(browser.text(SUBMIT)).isEqualTo("登录");
    }

    @Test
    void aSignedInUserSwitchesToEnglishAndIsStillInEnglishAtTheNextSignIn(Browser browser) {
        // an account of its own, so the demo accounts other tests sign in with stay in Chinese
        String username = "e2e-lang-" + UUID.randomUUID().toString().substring(0, 8);
        createAdmin(username);
        browser.signIn(username);
        assertThat(browser.viewTitle()).isEqualTo("首页");

        browser.openUserMenu().chooseLanguage("English");

        browser.awaitText(By.cssSelector("h1.view-title"), "Home");
        assertThat(browser.sideNavLabels()).first().isEqualTo("Home");
        assertThat(language(username)).isEqualTo(Languages.ENGLISH);

        browser.signOut().signIn(username);

        assertThat(browser.viewTitle()).as("language at the next sign-in").isEqualTo("Home");
        assertThat(browser.sideNavLabels()).first().isEqualTo("Home");
    }

    private void createAdmin(String username) {
        var draft = new AccountDraft();
        draft.setUsername(username);
        draft.setDisplayName("语言测试");
        draft.setRole(Role.ADMIN);
        draft.setLanguage(Languages.CHINESE);
        asSystem(() -> accounts.create(draft, Browser.PASSWORD));
    }

    private Locale language(String username) {
        return asSystem(() -> accounts.list(username, Role.ADMIN, 0, 1)).getFirst().language();
    }
}
