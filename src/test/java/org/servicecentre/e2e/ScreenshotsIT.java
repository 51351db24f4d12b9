package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicecentre.security.AccountService;
import org.servicecentre.shared.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/**
 * Screenshots of the admin's screens under target/screenshots/, to look at: each one opens, shows the layout
 * and its title, in Chinese and (home and centres) in English.
 */
@EndToEndTest
class ScreenshotsIT {

    private static final List<String> ADMIN_SCREENS =
            List.of("centres", "organisations", "regions", "admin/users", "profile", "profile/tokens");

    @Autowired
    WebApplicationContext app;
    @Autowired
    AccountService accounts;

    @Test
    void theAdminScreensOpenInChinese(Browser browser) {
        browser.signIn("admin");
        var missing = new ArrayList<String>();

        for (String screen : ADMIN_SCREENS) {
            if (!Routes.exist(app, screen)) {
                missing.add(screen);
                continue;
            }
            browser.open(screen);

            assertThat(browser.path()).as("admin stays on /%s", screen).isEqualTo(screen);
            assertThat(browser.viewTitle()).as("title of /%s", screen).isNotBlank();
            browser.screenshot("admin-" + screen.replace('/', '-') + "-zh");
        }
        if (!missing.isEmpty()) {
            System.out.println("ScreenshotsIT: no screen yet at " + missing);
        }
    }

    @Test
    void theAdminHomeAndCentresOpenInEnglish(Browser browser) {
        AccountLanguage.set(accounts, "admin", Languages.ENGLISH);
        try {
            browser.signIn("admin");
            assertThat(browser.viewTitle()).isEqualTo("Home");
            browser.screenshot("home-admin-en");

            if (Routes.exist(app, "centres")) {
                browser.open("centres");
                assertThat(browser.sideNavLabels()).first().isEqualTo("Home");
                assertThat(browser.viewTitle()).isNotBlank();
                browser.screenshot("admin-centres-en");
            }
        } finally {
            AccountLanguage.set(accounts, "admin", Languages.CHINESE);
        }
    }
}
