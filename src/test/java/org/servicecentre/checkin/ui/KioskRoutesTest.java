package org.servicecentre.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasErrorParameter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.KioskDraft;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.security.DevicePrincipal;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A paired kiosk on the screens: its landing shows its centre; staff screens stay closed to it. */
@ServiceCentreTest
class KioskRoutesTest extends SpringBrowserlessTest {

    @Autowired
    KioskService kiosks;

    @Autowired
    CentreService centres;

    @AfterEach
    void forgetTheDevice() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPairedKioskLandsOnItsCentre() {
        signInAsKiosk();

        UI.getCurrent().navigate("kiosk");

        assertThat($(H2.class).id("kiosk-centre").getText()).isEqualTo("科技园社区党群服务中心");
    }

    @Test
    void aPairedKioskCannotOpenStaffScreens() {
        signInAsKiosk();

        for (String staffRoute : List.of("", "centres", "programmes", "profile")) {
            UI.getCurrent().navigate(staffRoute);

            assertThat(getCurrentView()).as(staffRoute).isInstanceOf(HasErrorParameter.class);
        }
    }

    @Test
    void aBrowserWithoutADeviceTokenIsSentToPairing() {
        UI.getCurrent().navigate("kiosk");

        assertThat(getCurrentView()).isInstanceOf(KioskPairView.class);
    }

    private void signInAsKiosk() {
        var pairing = SystemAuthentication.asSystem(() -> kiosks.create(centres.getByCode("KJY").id(),
                new KioskDraft("RT-" + Long.toString(System.nanoTime(), 36).toUpperCase(), "入口")));
        var paired = kiosks.pair(pairing.code(), "203.0.113.9" + System.nanoTime());
        var device = kiosks.recognise(paired.token()).orElseThrow();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new DevicePrincipal(device.id(), device.code(), device.name(), device.centreId()), null,
                List.of(new SimpleGrantedAuthority("ROLE_KIOSK"))));
        SecurityContextHolder.setContext(context);
    }
}
