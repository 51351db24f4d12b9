package org.servicecentre.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.ProgrammeSummary;
import org.servicecentre.programme.PublicRegistrations;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.SessionService;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.security.AccountService;
import org.servicecentre.shared.Languages;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Screenshots of the programme screens under target/screenshots/, in Chinese and English, to look at: the NGO's
 * programme list, the programme editor and a session's attendance list on a desktop window; the public programme page,
 * the sign-up form and the ticket page on a phone (390×844).
 */
@EndToEndTest
class ProgrammeScreenshotsIT {

    private static final String CLINIC = "外来务工人员劳动权益法律咨询";

    @Autowired
    AccountService accounts;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    SessionService sessions;

    @Autowired
    PublicRegistrations publicRegistrations;

    @Test
    void theStaffProgrammeScreensOpenInBothLanguages(Browser browser) {
        var clinic = clinic();
        var firstSession = asSystem(() -> sessions.list(clinic.id())).getFirst();
        browser.signIn("ngo");
        shootStaffScreens(browser, clinic, firstSession, "zh");
        assertThat(browser.pageText()).contains("候补");
        AccountLanguage.set(accounts, "ngo", Languages.ENGLISH);
        try {
            browser.open("");
            shootStaffScreens(browser, clinic, firstSession, "en");
            assertThat(browser.pageText()).contains("Waitlisted");
        } finally {
            AccountLanguage.set(accounts, "ngo", Languages.CHINESE);
        }
    }

    @Test
    void thePublicPagesFitAPhoneInBothLanguages(Browser browser) {
        var clinic = clinic();
        var open = asSystem(() -> sessions.list(clinic.id())).stream()
                .filter(s -> s.freePlaces() != null && s.freePlaces() > 0).findFirst().orElseThrow();
        var ticket = publicRegistrations.register(clinic.publicCode(), open.id(),
                new ResidentDraft("王", null, Set.of(), true));
        browser.viewport(390, 844, true);

        shootPublicPages(browser, clinic, open, ticket.manageToken(), "zh");
        browser.click(By.id("language-switch")).settle();
        shootPublicPages(browser, clinic, open, ticket.manageToken(), "en");
        assertThat(browser.pageText()).contains("王*");
    }

    private ProgrammeSummary clinic() {
        return asSystem(() -> programmes.list(CLINIC, false, 0, 1)).getFirst();
    }

    private static void shootStaffScreens(Browser browser, ProgrammeSummary clinic, SessionSummary session,
                                          String language) {
        browser.open("programmes");
        browser.screenshot("ngo-programmes-" + language);
        browser.open("programmes/" + clinic.id());
        assertThat(browser.pageText()).contains(CLINIC);
        browser.screenshot("ngo-programme-editor-" + language);
        browser.open("programmes/sessions/" + session.id());
        browser.screenshot("ngo-session-attendance-" + language);
    }

    private static void shootPublicPages(Browser browser, ProgrammeSummary clinic, SessionSummary session,
                                         String token, String language) {
        browser.open("p/" + clinic.publicCode());
        assertThat(browser.pageText()).contains(CLINIC);
        browser.screenshot("public-programme-" + language);
        browser.open("p/" + clinic.publicCode() + "/register/" + session.id());
        browser.screenshot("public-sign-up-" + language);
        browser.open("t/" + token);
        assertThat(browser.pageText()).contains(CLINIC);
        browser.screenshot("public-ticket-" + language);
    }
}
