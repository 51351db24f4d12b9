package org.servicecentre.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.checkin.KioskState;
import org.servicecentre.checkin.KioskSummary;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The kiosks tab of the centre page: managers add, re-pair and revoke kiosks; others only read who keeps them. */
@ServiceCentreTest
class KiosksTabTest extends SpringBrowserlessTest {

    @Autowired
    KioskService kiosks;

    @Autowired
    CentreService centres;

    @Test
    @WithUserDetails("manager")
    void managerAddsAKioskAndSeesItsPairingCodeOnce() {
        String code = "UI-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        open(idOf("KJY"));

        test($(Button.class).id("kiosk-add")).click();
        test($(TextField.class).id("kiosk-code")).setValue(code.toLowerCase());
        test($(TextField.class).id("kiosk-name")).setValue("二楼走廊");
        test($(Button.class).id("form-save")).click();

        var shown = $(Span.class).id("pairing-code").getText();
        assertThat(shown).matches("[0-9]{4} [0-9]{4}");
        var created = kiosk(code);
        assertThat(created.state()).isEqualTo(KioskState.AWAITING_PAIRING);
        assertThat(kiosks.pair(shown.replace(" ", ""), "203.0.113." + System.nanoTime()).kiosk().code())
                .isEqualTo(code);
    }

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void managerRevokesAKioskAfterConfirming() {
        String code = "UI-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        long keji = idOf("KJY");
        var pairing = kiosks.create(keji, new org.servicecentre.checkin.KioskDraft(code, "入口"));
        open(keji);

        var grid = (Grid<KioskSummary>) $(Grid.class).id("kiosk-grid");
        int row = rowOf(grid, code);
        var actions = test(grid).getCellComponent(row, "actions");
        test($(Button.class).from(actions).id("kiosk-revoke-" + code)).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(kiosk(code).state()).isEqualTo(KioskState.REVOKED);
        assertThat(pairing.kiosk().id()).isEqualTo(kiosk(code).id());
        assertThat($(Dialog.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("officer")
    void showsAnOfficerWhoKeepsTheKiosks() {
        open(idOf("KJY"));

        assertThat($(Grid.class).all()).extracting(g -> g.getId().orElse("")).doesNotContain("kiosk-grid");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("签到机由本中心的管理员添加和管理。");
    }

    private int rowOf(Grid<KioskSummary> grid, String code) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).code().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    private KioskSummary kiosk(String code) {
        return kiosks.list(null).stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }

    private void open(long centreId) {
        UI.getCurrent().navigate("centres/" + centreId, QueryParameters.of("tab", "kiosks"));
    }

    private long idOf(String code) {
        return SystemAuthentication.asSystem(() -> centres.getByCode(code).id());
    }
}
