package org.servicecentre.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.booking.BookingStartFixtures;
import org.servicecentre.security.AccountService;
import org.servicecentre.security.Role;
import org.servicecentre.security.StaffCodes;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The profile's staff code section: create (shown once, as a picture that scans back), renew and revoke. */
@ServiceCentreTest
class StaffCodeSectionTest extends SpringBrowserlessTest {

    /** An account of its own, so that its codes cannot affect other tests. */
    private static final String HOLDER = "staff-code-holder";

    @Autowired
    StaffCodes codes;

    @Autowired
    AccountService accounts;

    @Autowired
    BookingStartFixtures fixtures;

    @BeforeEach
    void aSocialWorkerOfTheirOwnOrganisation() {
        SystemAuthentication.asSystem(() -> {
            if (accounts.count(HOLDER, null) == 0) {
                var draft = new org.servicecentre.security.AccountDraft();
                draft.setUsername(HOLDER);
                draft.setDisplayName("何社工");
                draft.setRole(Role.NGO_STAFF);
                draft.setOrganisationId(fixtures.organisation());
                accounts.create(draft, "secret-123");
            }
        });
    }

    @Test
    @WithUserDetails(value = HOLDER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aNewCodeIsShownOnceAsAPictureThatScansBackToIt() throws Exception {
        codes.revoke();
        navigate(ProfileView.class);
        assertThat($(Paragraph.class).id("staff-code-none").getText()).isEqualTo("您还没有签到码。");

        test($(Button.class).id("staff-code-create")).click();

        var shown = $(Dialog.class).id("staff-code-shown");
        var text = $(TextField.class).id("staff-code-text").getValue();
        var picture = $(Image.class).id("staff-code-picture").getSrc();
        assertThat(shown.isOpened()).isTrue();
        assertThat(text).startsWith("scs_");
        assertThat(scannedFrom(picture)).isEqualTo(text);
        assertThat($(Anchor.class).id("staff-code-save").getElement().hasAttribute("download")).isTrue();
        assertThat(fixtures.asKiosk(fixtures.centre("GXQ"), () -> codes.identify(text))).isPresent();
        assertThat($(Div.class).id("staff-code-state").getElement().getTextRecursively())
                .contains("有效").contains(text.substring(0, 8)).contains("从未使用");
    }

    @Test
    @WithUserDetails(value = HOLDER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void renewingAsksFirstAndTheOldCodeStopsWorking() {
        var old = codes.issue().code();
        navigate(ProfileView.class);

        test($(Button.class).id("staff-code-renew")).click();
        test($(ConfirmDialog.class).id("staff-code-confirm-renew")).confirm();

        var renewed = $(TextField.class).id("staff-code-text").getValue();
        assertThat(renewed).isNotEqualTo(old);
        long gxq = fixtures.centre("GXQ");
        assertThat(fixtures.asKiosk(gxq, () -> codes.identify(old))).isEmpty();
        assertThat(fixtures.asKiosk(gxq, () -> codes.identify(renewed))).isPresent();
    }

    @Test
    @WithUserDetails(value = HOLDER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void revokingAsksFirstAndLeavesNoCode() {
        var old = codes.issue().code();
        navigate(ProfileView.class);

        test($(Button.class).id("staff-code-revoke")).click();
        test($(ConfirmDialog.class).id("staff-code-confirm-revoke")).confirm();

        assertThat($(Paragraph.class).id("staff-code-none").isVisible()).isTrue();
        assertThat(codes.mine()).isEmpty();
        assertThat(fixtures.asKiosk(fixtures.centre("GXQ"), () -> codes.identify(old))).isEmpty();
    }

    @Test
    @WithUserDetails("officer")
    void officersHaveNoStaffCode() {
        navigate(ProfileView.class);

        assertThat($(Div.class).withId("staff-code-section").all()).isEmpty();
    }

    /** The QR code in the middle of the picture, read as a scanner would. */
    private static String scannedFrom(String dataUrl) throws Exception {
        var png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(StaffCodePicture.WIDTH);
        var qr = image.getSubimage(70, 196, 460, 460);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(qr)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                EnumSet.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
