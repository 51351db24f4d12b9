package org.servicecentre.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingFixtures;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.DoorDisplaysIntegrationTest;
import org.servicecentre.checkin.KioskDraft;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.security.DevicePrincipal;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A door display on a kiosk of 高新区 (GXQ): free and booked rooms, other centres' rooms, refreshing itself. */
@ServiceCentreTest
class DoorDisplayViewTest extends SpringBrowserlessTest {

    @Autowired
    KioskService kiosks;

    @Autowired
    CentreService centres;

    @Autowired
    BookingFixtures bookingFixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheDevice() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFreeRoomSaysFreeAndShowsItsNameAndDoorCode() {
        var room = bookingFixtures.room(16, 0, false);
        signInAsKiosk("GXQ");

        UI.getCurrent().navigate("kiosk/door/" + room.id());

        assertThat($(H1.class).id("door-room").getText()).isEqualTo(room.name());
        assertThat(texts("door-what")).containsExactly("空闲");
        assertThat(texts("door-until")).containsExactly("今天余下时间");
        assertThat($(Image.class).id("door-qr").getSrc()).isNotBlank();
    }

    @Test
    void aBookingNowShowsBookedWithTheOrganisationButNotItsPurpose() {
        var room = bookingFixtures.room(16, 0, false);
        var start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5));
        DoorDisplaysIntegrationTest.book(jdbc, room.id(), room.centreId(), bookingFixtures.organisation("QIHANG"),
                start, start.plus(Duration.ofMinutes(60)), "CONFIRMED", "党支部组织生活会");
        signInAsKiosk("GXQ");

        UI.getCurrent().navigate("kiosk/door/" + room.id());

        assertThat(texts("door-what")).containsExactly("已预约");
        assertThat(texts("door-who")).singleElement().asString().isNotBlank();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .noneMatch(text -> text.contains("党支部组织生活会"));
    }

    @Test
    void aRoomOfAnotherCentreGetsTheNotThisCentrePage() {
        var room = bookingFixtures.room(16, 0, false);
        signInAsKiosk("KJY");

        UI.getCurrent().navigate("kiosk/door/" + room.id());

        assertThat($(H1.class).id("door-elsewhere").getText()).isEqualTo("不是本中心的房间");
        assertThat($(Image.class).all()).isEmpty();
    }

    @Test
    void theDisplayPollsEveryMinute() {
        var room = bookingFixtures.room(16, 0, false);
        signInAsKiosk("GXQ");

        UI.getCurrent().navigate("kiosk/door/" + room.id());

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(60_000);
    }

    @Test
    void aRefreshAfterTheDeviceWasDroppedGoesToPairing() {
        var room = bookingFixtures.room(16, 0, false);
        signInAsKiosk("GXQ");
        UI.getCurrent().navigate("kiosk/door/" + room.id());
        var display = (DoorDisplayView) getCurrentView();

        SecurityContextHolder.clearContext();
        display.refresh();

        assertThat(getCurrentView()).isInstanceOf(KioskPairView.class);
    }

    private List<String> texts(String className) {
        return $(Paragraph.class).all().stream().filter(p -> p.hasClassName(className)).map(Paragraph::getText)
                .toList();
    }

    private void signInAsKiosk(String centreCode) {
        var pairing = SystemAuthentication.asSystem(() -> kiosks.create(centres.getByCode(centreCode).id(),
                new KioskDraft("DD-" + Long.toString(System.nanoTime(), 36).toUpperCase(), "门口")));
        var paired = kiosks.pair(pairing.code(), "203.0.113.7" + System.nanoTime());
        var device = kiosks.recognise(paired.token()).orElseThrow();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new DevicePrincipal(device.id(), device.code(), device.name(), device.centreId()), null,
                List.of(new SimpleGrantedAuthority("ROLE_KIOSK"))));
        SecurityContextHolder.setContext(context);
    }
}
