package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.servicecentre.security.AccountService;
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
        try {
            browser.signIn("ngo");
            assertThat(browser.viewTitle()).isEqualTo("首页");

            browser.openUserMenu().chooseLanguage("English");

            browser.awaitText(By.cssSelector("h1.view-title"), "Home");
            assertThat(browser.sideNavLabels()).first().isEqualTo("Home");
            assertThat(AccountLanguage.of(accounts, "ngo")).isEqualTo(Languages.ENGLISH);

            browser.signOut().signIn("ngo");

            assertThat(browser.viewTitle()).as("language at the next sign-in").isEqualTo("Home");
            assertThat(browser.sideNavLabels()).first().isEqualTo("Home");
        } finally {
            // other tests expect the demo accounts in Chinese
            AccountLanguage.set(accounts, "ngo", Languages.CHINESE);
        }
    }
}
