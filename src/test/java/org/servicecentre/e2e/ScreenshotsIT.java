package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.servicecentre.centre.CentreService;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.Languages;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Screenshots of the admin's screens and a form dialog under target/screenshots/, in Chinese and English, to look
 * at: each screen opens inside the layout with its title.
 */
@EndToEndTest
class ScreenshotsIT {

    private static final List<String> ADMIN_SCREENS =
            List.of("", "bookings/search", "bookings/calendar", "bookings", "bookings/approvals", "bookings/feeds",
                    "programmes", "residents", "centres", "rooms", "alliances", "partnerships", "organisations",
                    "catalogue", "regions", "admin/amenities", "admin/import", "admin/users", "admin/personal-data-audit",
                    "admin/ticket-keys", "profile", "profile/tokens");
    private static final List<String> CENTRE_TABS = List.of("details", "rooms", "hours", "services", "partners",
            "booking-rules");

    @Autowired
    AccountService accounts;

    @Autowired
    CentreService centres;

    @Test
    void theAdminScreensOpenInChinese(Browser browser) {
        browser.signIn("admin");

        shootEveryScreen(browser, "zh");
        browser.open("centres").click(By.id("new-centre"));
        browser.screenshot("admin-centres-new-dialog-zh");
    }

    @Test
    void theAdminScreensOpenInEnglish(Browser browser) {
        AccountLanguage.set(accounts, "admin", Languages.ENGLISH);
        try {
            browser.signIn("admin");
            assertThat(browser.sideNavLabels()).first().isEqualTo("Home");

            shootEveryScreen(browser, "en");
            browser.open("admin/users").click(By.id("new-user"));
            browser.screenshot("admin-users-new-dialog-en");
        } finally {
            AccountLanguage.set(accounts, "admin", Languages.CHINESE);
        }
    }

    @Test
    void theCentrePageShowsEveryTabToItsManagerInBothLanguages(Browser browser) {
        long kjy = SystemAuthentication.asSystem(() -> centres.getByCode("KJY")).id();
        browser.signIn("manager");
        shootCentreTabs(browser, kjy, "zh");
        AccountLanguage.set(accounts, "manager", Languages.ENGLISH);
        try {
            browser.open("");
            shootCentreTabs(browser, kjy, "en");
        } finally {
            AccountLanguage.set(accounts, "manager", Languages.CHINESE);
        }
    }

    private static void shootCentreTabs(Browser browser, long centreId, String language) {
        for (String tab : CENTRE_TABS) {
            browser.open("centres/" + centreId + "?tab=" + tab);

            assertThat(browser.viewTitle()).as("title of the centre page, tab %s", tab).isEqualTo("科技园社区党群服务中心");
            assertThat(browser.text(By.cssSelector("vaadin-tab#tab-" + tab + "[selected]"))).as("tab %s selected", tab)
                    .isNotBlank();
            browser.screenshot("manager-centre-" + tab + "-" + language);
        }
    }

    private static void shootEveryScreen(Browser browser, String language) {
        for (String screen : ADMIN_SCREENS) {
            browser.open(screen);

            assertThat(browser.path()).as("admin stays on /%s", screen).isEqualTo(screen);
            assertThat(browser.viewTitle()).as("title of /%s", screen).isNotBlank();
            browser.screenshot("admin-" + (screen.isEmpty() ? "home" : screen.replace('/', '-')) + "-" + language);
        }
    }
}
