package org.servicecentre.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class RegistrationImportIntegrationTest {

    @Autowired
    RegistrationImport imports;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    SessionService sessions;
    @Autowired
    RegistrationService registrations;

    @Test
    @WithUserDetails("ngo")
    void registersEveryRowAndWaitlistsTheOverflow() {
        var session = AttendanceFixtures.sessionNow(programmes, sessions, "导入测试：长者健康讲座", 2);
        var file = "\uFEFFname,phone,target_groups,consent\r\n"
                + "陈阿婆," + AttendanceFixtures.uniquePhone() + ",老年人;妇女,是\r\n"
                + "Li Wei," + AttendanceFixtures.uniquePhone() + ",MIGRANT_WORKERS,yes\r\n"
                + ",,,\r\n"
                + "刘伯," + AttendanceFixtures.uniquePhone() + ",老年人、妇女,1\r\n";

        var result = imports.importFor(session.id(), file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.registered()).isEqualTo(2);
        assertThat(result.waitlisted()).isEqualTo(1);
        var rows = registrations.attendance(session.id(), false).rows();
        assertThat(rows).extracting(AttendanceRow::residentName).containsExactly("陈阿婆", "Li Wei", "刘伯");
        assertThat(rows).extracting(AttendanceRow::source).containsOnly(RegistrationSource.IMPORT);
        assertThat(rows.get(2).waitlistPosition()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("ngo")
    void registersAKnownPhoneNumbersResidentInsteadOfADuplicateAndSkipsThoseAlreadyRegistered() {
        var session = AttendanceFixtures.sessionNow(programmes, sessions, "导入测试：已知居民", 5);
        var known = AttendanceFixtures.register(registrations, session, "周大姐");
        var phone = AttendanceFixtures.uniquePhone();
        var first = "name,phone,target_groups,consent\n周大姐," + known.residentPhone() + ",,是\n赵阿姨," + phone
                + ",,是\n";
        var secondSession = sessions.addOutside(session.programmeId(), new OutsideSessionDraft("桃源公园西门",
                session.start(), session.end()));

        var again = imports.importFor(session.id(), first.getBytes(StandardCharsets.UTF_8));
        var elsewhere = imports.importFor(secondSession.id(), first.getBytes(StandardCharsets.UTF_8));

        assertThat(again.alreadyRegistered()).isEqualTo(1);
        assertThat(again.registered()).isEqualTo(1);
        var there = registrations.attendance(secondSession.id(), false).rows();
        assertThat(elsewhere.registered()).isEqualTo(2);
        assertThat(there).extracting(AttendanceRow::residentId).contains(known.residentId());
    }

    @Test
    @WithUserDetails("ngo")
    void importsNothingWhenOneRowIsBadAndNamesTheRowAndTheReason() {
        var session = AttendanceFixtures.sessionNow(programmes, sessions, "导入测试：坏文件", 10);
        var file = "name,phone,target_groups,consent\n"
                + "陈阿婆," + AttendanceFixtures.uniquePhone() + ",老年人,是\n"
                + "王先生," + AttendanceFixtures.uniquePhone() + ",,否\n"
                + "张三,12ab,,是\n"
                + "李四,,外星人,是\n";

        var result = imports.importFor(session.id(), file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).extracting(ParticipantImportProblem::row, ParticipantImportProblem::column,
                ParticipantImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "consent", "import.participants.problem.consent-required"),
                org.assertj.core.groups.Tuple.tuple(4, "phone", "import.participants.problem.bad-phone"),
                org.assertj.core.groups.Tuple.tuple(5, "target_groups", "import.participants.problem.unknown-group"));
        assertThat(registrations.attendance(session.id(), false).rows()).isEmpty();
    }

    @Test
    @WithUserDetails("ngo")
    void refusesTheSamePhoneTwiceInOneFile() {
        var session = AttendanceFixtures.sessionNow(programmes, sessions, "导入测试：重复号码", 10);
        var phone = AttendanceFixtures.uniquePhone();
        var file = "phone,name,consent,target_groups\n" + phone + ",甲,是,\n+86 " + phone + ",乙,是,\n";

        var result = imports.importFor(session.id(), file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.messageKey()).isEqualTo("import.participants.problem.duplicate-phone");
            assertThat(problem.arguments()).containsExactly(2);
        });
    }
}
