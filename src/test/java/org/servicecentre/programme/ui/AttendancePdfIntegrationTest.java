package org.servicecentre.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.programme.AttendanceFixtures;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.RegistrationService;
import org.servicecentre.programme.SessionService;
import org.servicecentre.shared.TranslationProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class AttendancePdfIntegrationTest {

    @Autowired
    ProgrammeService programmes;
    @Autowired
    SessionService sessions;
    @Autowired
    RegistrationService registrations;
    @Autowired
    TranslationProvider translations;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("ngo")
    void printsTheChineseHeadingAndTheNamesTheOrganisationMaySee() throws Exception {
        var session = AttendanceFixtures.sessionNow(programmes, sessions, "长者健康讲座", 1);
        var placed = AttendanceFixtures.register(registrations, session, "欧阳娜娜");
        AttendanceFixtures.register(registrations, session, "李建国");
        registrations.markAttended(session.id(), placed.residentId(), true);

        var pdf = AttendancePdf.print(registrations.attendance(session.id(), true), Locale.SIMPLIFIED_CHINESE,
                translations, clock);

        var text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("签到表：长者健康讲座", "欧阳娜娜", "李建国", placed.residentPhone(), "候补第 1 位",
                "✓", "第 1 页");
    }

    @Test
    @WithUserDetails("ngo")
    void printsInEnglishForAnEnglishReader() throws Exception {
        var session = AttendanceFixtures.sessionNow(programmes, sessions, "Women's reading group", 5);
        AttendanceFixtures.register(registrations, session, "Maria");

        var pdf = AttendancePdf.print(registrations.attendance(session.id(), true), Locale.ENGLISH, translations,
                clock);

        var text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Attendance sheet: Women's reading group", "Maria", "Signature", "Page 1");
    }
}
