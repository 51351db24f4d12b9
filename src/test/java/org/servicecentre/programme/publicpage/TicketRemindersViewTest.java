package org.servicecentre.programme.publicpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.programme.ProgrammeService;
import org.servicecentre.programme.PublicRegistrations;
import org.servicecentre.programme.ResidentDraft;
import org.servicecentre.programme.SessionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The resident turns reminders off (and on again) from their ticket page; the choice is kept. */
@ServiceCentreTest
class TicketRemindersViewTest extends SpringBrowserlessTest {

    @Autowired
    ProgrammeService programmeService;
    @Autowired
    SessionService sessionService;
    @Autowired
    UserDetailsService users;
    @Autowired
    PublicRegistrations registrations;
    @Autowired
    JdbcTemplate jdbc;

    private PublicProgrammes programmes;

    @BeforeEach
    void givenAProgrammeWithOneSession() {
        programmes = new PublicProgrammes(programmeService, sessionService, users);
    }

    @Test
    void stopsRemindersFromTheTicketPageAndKeepsTheChoice() {
        var created = programmes.withOneSession("长者健康讲座", 5);
        var signedUp = registrations.register(created.programme().publicCode(), created.session().id(),
                new ResidentDraft(null, "13900003001", null, true));

        navigate("t/" + signedUp.manageToken(), TicketView.class);
        var stop = $(Checkbox.class).id("ticket-reminders-off");
        assertThat(stop.getLabel()).isEqualTo("不再接收活动提醒");
        assertThat(stop.getValue()).isFalse();
        test(stop).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("已关闭活动提醒。");
        assertThat(registrations.ticket(signedUp.manageToken()).remindersOff()).isTrue();
        assertThat(jdbc.queryForObject("select reminders_opt_out from resident r join registration g "
                + "on g.resident_id = r.id where g.id = ?", Boolean.class, signedUp.registrationId())).isTrue();

        navigate("t/" + signedUp.manageToken(), TicketView.class);
        assertThat($(Checkbox.class).id("ticket-reminders-off").getValue()).isTrue();
    }
}
