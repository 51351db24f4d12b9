package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.servicecentre.security.AccountDraft;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** Signing in and out through the real sign-in form, and the menu each role gets. */
@EndToEndTest
class SignInIT {

    @Autowired
    WebApplicationContext app;

    @Autowired
    I18NProvider translations;

    @Autowired
    AccountService accounts;

    /** The menu each role should see, as translation keys in {@code @Menu} order. */
    static Stream<Arguments> menus() {
        return Stream.of(
                Arguments.of("admin", List.of("nav.home", "nav.findRoom", "nav.bookingCalendar", "nav.bookings",
                        "nav.approvals", "nav.bookingFeeds", "nav.programmes", "nav.proposals", "nav.residents",
                        "nav.inbox", "nav.digest", "nav.live", "nav.usage", "nav.compare", "nav.reports",
                        "nav.centres", "nav.rooms", "nav.alliances", "nav.partnerships", "nav.organisations",
                        "nav.catalogue", "nav.regions",
                        "nav.amenities", "nav.import", "nav.users", "nav.personal-data-audit", "nav.ticket-keys",
                        "nav.jobs", "nav.outbox")),
                Arguments.of("officer", List.of("nav.home", "nav.findRoom", "nav.bookingCalendar", "nav.bookings",
                        "nav.programmes", "nav.inbox", "nav.live", "nav.usage", "nav.compare", "nav.reports",
                        "nav.centres", "nav.rooms", "nav.alliances",
                        "nav.partnerships", "nav.organisations", "nav.catalogue", "nav.regions")),
                Arguments.of("manager", List.of("nav.home", "nav.findRoom", "nav.bookingCalendar", "nav.bookings",
                        "nav.approvals", "nav.bookingFeeds", "nav.programmes", "nav.proposals", "nav.inbox", "nav.digest",
                        "nav.live", "nav.usage", "nav.reports", "nav.centres", "nav.rooms",
                        "nav.alliances", "nav.partnerships", "nav.organisations", "nav.catalogue", "nav.import")),
                Arguments.of("ngo", List.of("nav.home", "nav.findRoom", "nav.bookingCalendar", "nav.bookings",
                        "nav.bookingFeeds", "nav.programmes", "nav.proposals", "nav.residents", "nav.inbox", "nav.digest",
                        "nav.centres", "nav.rooms",
                        "nav.alliances", "nav.partnerships", "nav.organisations", "nav.catalogue")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("menus")
    void eachRoleSignsInAndSeesOnlyItsOwnMenu(String username, List<String> menuKeys, Browser browser) {
        var expectedMenu = menuKeys.stream().map(key -> translations.getTranslation(key, Languages.CHINESE)).toList();

        browser.signIn(username);

        assertThat(browser.path()).as("the home page after signing in").isEmpty();
        assertThat(browser.viewTitle()).isEqualTo("首页");
        browser.screenshot("home-" + username + "-zh");
        var menu = browser.sideNavLabels();
        assertThat(menu).as("side menu of %s, top to bottom", username).containsExactlyElementsOf(expectedMenu);
        assertThat(menu.contains(translations.getTranslation("nav.users", Languages.CHINESE)))
                .as("whether %s sees the users entry in %s", username, menu).isEqualTo(username.equals("admin"));
    }

    @Test
    void aWrongPasswordShowsTheLoginError(Browser browser) {
        browser.open("login").submitLogin("admin", "not-the-password");

        assertThat(browser.awaitLoginError()).contains("用户名或密码不正确");
        assertThat(browser.path()).startsWith("login?error");
        assertThat(browser.open("").awaitLoginPage().path()).as("still signed out").startsWith("login");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWithAClearMessage(Browser browser) {
        String username = "e2e-locked-" + System.nanoTime();
        var draft = new AccountDraft();
        draft.setUsername(username);
        draft.setDisplayName("锁定测试");
        draft.setRole(Role.ADMIN);
        SystemAuthentication.asSystem(() -> accounts.create(draft, Browser.PASSWORD));

        for (int attempt = 0; attempt < 5; attempt++) {
            browser.open("login").submitLogin(username, "wrong-" + attempt);
            assertThat(browser.awaitLoginError()).contains("用户名或密码不正确");
        }
        browser.open("login").submitLogin(username, Browser.PASSWORD);

        assertThat(browser.awaitLoginError()).contains("登录失败次数过多").contains("分钟后再试");
        browser.screenshot("login-locked-zh");
        assertThat(browser.path()).startsWith("login");
    }

    @Test
    void signingOutReturnsToTheLoginPageAndEndsTheSession(Browser browser) {
        browser.signIn("manager");

        browser.signOut();

        assertThat(browser.path()).startsWith("login");
        assertThat(browser.text(By.cssSelector(".login-brand h1"))).isEqualTo("党群服务中心");
        assertThat(browser.text(By.id("signed-out-notice"))).isEqualTo("您已安全退出。");
        browser.open("").awaitLoginPage();
        assertThat(browser.path()).as("the home page after signing out").startsWith("login");
    }

    @Test
    void theServerEndsSessionsAfterThirtyIdleMinutesByDefault() {
        assertThat(app.getServletContext().getSessionTimeout()).as("session timeout in minutes").isEqualTo(30);
        assertThat(app.getEnvironment().getProperty("vaadin.closeIdleSessions", Boolean.class))
                .as("Vaadin's heartbeat must not keep an idle session alive").isTrue();
    }

    @Test
    void signingInIssuesANewSessionIdAgainstSessionFixation(Browser browser) {
        browser.open("login").awaitLoginPage();
        String before = browser.sessionId();
        assertThat(before).as("the login page opens a session").isNotNull();

        browser.signIn("ngo");

        assertThat(browser.sessionId()).as("session id after signing in").isNotNull().isNotEqualTo(before);
    }

    @Test
    void aProtectedPageRedirectsToTheLoginPageWhenSignedOut(Browser browser) {
        for (String path : Stream.of("", "centres", "admin/users", "profile").filter(p -> Routes.exist(app, p)).toList()) {
            browser.open(path).awaitLoginPage();

            assertThat(browser.path()).as("where /%s leads when signed out", path).startsWith("login");
            assertThat(browser.loginError()).as("no error before any attempt").isEmpty();
        }
    }
}
