package org.servicecentre.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.checkin.KioskProfile.Camera;
import org.servicecentre.shared.Languages;

/**
 * The server side of the kiosk camera: which camera it asks the browser for, the texts it passes on, and what the
 * screen says when the browser reports that the camera cannot be used (the browser side is {@code KioskCameraIT}).
 */
@ServiceCentreTest
class KioskCameraTest extends SpringBrowserlessTest {

    @Test
    void asksTheBrowserForTheCameraTheProfileNames() {
        var front = new KioskCamera(new Camera(true, Camera.FRONT), true);
        var back = new KioskCamera(new Camera(true, Camera.BACK), true);
        var byLabel = new KioskCamera(new Camera(true, "Logitech C920"), true);

        assertThat(front.getElement().getAttribute("facing-mode")).isEqualTo("user");
        assertThat(back.getElement().getAttribute("facing-mode")).isEqualTo("environment");
        assertThat(byLabel.getElement().getAttribute("label")).isEqualTo("Logitech C920");
        assertThat(byLabel.getElement().hasAttribute("facing-mode")).isFalse();
    }

    @Test
    void passesEachScannedTextOnAndIgnoresBlankOnes() {
        var camera = shown(new KioskCamera(new Camera(true, Camera.FRONT), true), Languages.CHINESE);
        var texts = new ArrayList<String>();
        camera.addScanListener(texts::add);

        browserSends(camera, "scanned", "event.detail.text", "SC1.ticket");
        browserSends(camera, "scanned", "event.detail.text", "  ");

        assertThat(texts).containsExactly("SC1.ticket");
        assertThat(captions(camera)).containsExactly("也可以把二维码对准摄像头");
    }

    @Test
    void aCameraThatCannotBeUsedSaysSoPlainlyAndPointsToTheHardwareScanner() {
        var camera = shown(new KioskCamera(new Camera(true, Camera.FRONT), true), Languages.CHINESE);
        var failures = new ArrayList<KioskCamera.Failure>();
        camera.addFailureListener(failures::add);

        browserSends(camera, "camera-failed", "event.detail.reason", "permission-denied");

        assertThat(failures).containsExactly(KioskCamera.Failure.PERMISSION_DENIED);
        assertThat(camera.getClassNames()).contains("kiosk-camera--failed");
        assertThat(captions(camera)).containsExactly("摄像头暂时不能用", "请用下方的扫码器扫码，或请工作人员帮忙",
                "原因：浏览器没有获准使用摄像头");
    }

    @Test
    void withoutAHardwareScannerAFailedCameraSendsTheResidentToStaffInTheKiosksLanguage() {
        var camera = shown(new KioskCamera(new Camera(true, Camera.BACK), false), Locale.ENGLISH);

        browserSends(camera, "camera-failed", "event.detail.reason", "something-new");

        assertThat(camera.failure()).isEqualTo(KioskCamera.Failure.NO_CAMERA);
        assertThat(captions(camera)).containsExactly("The camera is not available",
                "Please ask a member of staff to check you in", "Reason: no camera was found");
    }

    @Test
    void aCameraThatWorksAgainShowsItsHintAgain() {
        var camera = shown(new KioskCamera(new Camera(true, Camera.FRONT), true), Languages.CHINESE);
        browserSends(camera, "camera-failed", "event.detail.reason", "no-camera");

        browserSends(camera, "camera-started", "event.detail", "");

        assertThat(camera.failure()).isNull();
        assertThat(camera.getClassNames()).doesNotContain("kiosk-camera--failed");
        assertThat(captions(camera)).containsExactly("也可以把二维码对准摄像头");
    }

    private static KioskCamera shown(KioskCamera camera, Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().add(camera);
        return camera;
    }

    private static void browserSends(KioskCamera camera, String event, String key, String value) {
        var element = camera.getElement();
        element.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, event, JacksonUtils.createObjectNode().put(key, value)));
    }

    /** The caption's texts as the resident reads them: the hint alone, or the problem's lines. */
    private static List<String> captions(KioskCamera camera) {
        var caption = camera.getChildren().findFirst().orElseThrow();
        var lines = caption.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()).toList();
        return lines.isEmpty() ? List.of(caption.getElement().getText()) : lines;
    }
}
