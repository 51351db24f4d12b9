package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** Signing in and out through the real sign-in form, and the menu each role gets. */
@EndToEndTest
class SignInIT {

    @Autowired
    WebApplicationContext app;

    static Stream<Arguments> menus() {
        return Stream.of(
                Arguments.of("admin", List.of("首页", "中心", "组织", "行政区域", "用户")),
                Arguments.of("officer", List.of("首页", "中心", "组织", "行政区域")),
                Arguments.of("manager", List.of("首页", "中心", "组织")),
                Arguments.of("ngo", List.of("首页", "中心", "组织")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("menus")
    void eachRoleSignsInAndSeesOnlyItsOwnMenu(String username, List<String> expectedMenu, Browser browser) {
        browser.signIn(username);

        assertThat(browser.path()).as("the home page after signing in").isEmpty();
        assertThat(browser.viewTitle()).isEqualTo("首页");
        browser.screenshot("home-" + username + "-zh");
        var menu = browser.sideNavLabels();
        assertThat(menu).as("side menu of %s", username).first().isEqualTo("首页");
        assertThat(menu.contains("用户")).as("whether %s sees the users entry", username)
                .isEqualTo(username.equals("admin"));
        assertThat(menu).as("side menu of %s (as MenuConfiguration shows it for the role)", username)
                .containsExactlyInAnyOrderElementsOf(expectedMenu);
    }

    @Test
    void aWrongPasswordShowsTheLoginError(Browser browser) {
        browser.open("login").submitLogin("admin", "not-the-password");

        assertThat(browser.awaitLoginError()).contains("用户名或密码不正确");
        assertThat(browser.path()).startsWith("login?error");
        assertThat(browser.open("").awaitLoginPage().path()).as("still signed out").startsWith("login");
    }

    @Test
    void signingOutReturnsToTheLoginPageAndEndsTheSession(Browser browser) {
        browser.signIn("manager");

        browser.signOut();

        assertThat(browser.path()).startsWith("login");
        assertThat(browser.text(By.cssSelector(".login-brand h1"))).isEqualTo("党群服务中心");
        browser.open("").awaitLoginPage();
        assertThat(browser.path()).as("the home page after signing out").startsWith("login");
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
