package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.servicecentre.checkin.KioskProfile;

/**
 * The kiosk's camera scanner: the {@code <sc-kiosk-camera>} element ({@code frontend/kiosk/sc-kiosk-camera.js}) opens
 * the camera the kiosk profile names, shows a small preview with a frame guide, reads QR codes in the browser (ZXing in
 * WebAssembly, the .wasm served by the app) and reports each text once; this side hands the texts to its listeners and,
 * when the camera cannot be used, says so in the kiosk's language, with what to do instead.
 */
@Tag("sc-kiosk-camera")
@NpmPackage(value = "barcode-detector", version = KioskCamera.BARCODE_DETECTOR_VERSION)
@JsModule("./kiosk/sc-kiosk-camera.js")
class KioskCamera extends Component implements HasStyle, LocaleChangeObserver {

    /** The npm package that reads the codes; its zxing-wasm's {@code zxing_reader.wasm} is copied into the app. */
    static final String BARCODE_DETECTOR_VERSION = "3.2.2";

    /** Why the camera cannot scan, as the element reports it ({@code detail.reason}). */
    enum Failure {
        NO_CAMERA("no-camera"),
        PERMISSION_DENIED("permission-denied"),
        CAMERA_BUSY("camera-busy"),
        NOT_SECURE("not-secure"),
        WASM_FAILED("wasm-failed");

        private final String reason;

        Failure(String reason) {
            this.reason = reason;
        }

        /** The failure the element named; a reason this side does not know counts as no camera. */
        static Failure of(String reason) {
            return Arrays.stream(values()).filter(f -> f.reason.equals(reason)).findFirst().orElse(NO_CAMERA);
        }

        String translationKey() {
            return "kiosk.camera.failed." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final boolean hardwareScanner;
    private final Span caption = new Span();
    private final List<SerializableConsumer<Failure>> failureListeners = new ArrayList<>();
    private Failure failure;

    /**
     * @param camera          the profile's camera: facing the resident, facing away, or a device label
     * @param hardwareScanner whether the kiosk also has a hardware scanner to point to when the camera fails
     */
    KioskCamera(KioskProfile.Camera camera, boolean hardwareScanner) {
        this.hardwareScanner = hardwareScanner;
        setId("kiosk-camera");
        addClassName("kiosk-camera");
        camera.facingMode().ifPresent(mode -> getElement().setAttribute("facing-mode", mode));
        camera.label().ifPresent(label -> getElement().setAttribute("label", label));
        caption.addClassName("kiosk-camera-caption");
        getElement().appendChild(caption.getElement());
        getElement().addEventListener("camera-failed", event -> failed(Failure.of(
                        event.getEventData().get("event.detail.reason").asString())))
                .addEventData("event.detail.reason");
        getElement().addEventListener("camera-started", event -> recovered());
    }

    /** Called with each QR text the camera reads; the same text again only after it was out of sight a while. */
    Registration addScanListener(SerializableConsumer<String> listener) {
        return getElement().addEventListener("scanned", event -> {
            var text = event.getEventData().get("event.detail.text").asString();
            if (text != null && !text.isBlank()) {
                listener.accept(text);
            }
        }).addEventData("event.detail.text");
    }

    /**
     * Sends each text the way the hardware scanner's go on the check-in screen: to its page script
     * ({@code window.scKiosk.submit}, see {@link KioskScript}), which adds a nonce and the scan time and keeps scans on
     * the device while the server cannot be reached, then calls the view with method {@code CAMERA}.
     */
    KioskCamera submittingLikeTheScanner() {
        getElement().executeJs("this.addEventListener('scanned', e => window.scKiosk"
                + " && window.scKiosk.submit(e.detail.text, 'CAMERA'))");
        return this;
    }

    /**
     * Called when the camera cannot scan (no camera, no permission, reader not loaded ...); again only for another
     * reason, or after it had worked again (the element keeps trying, e.g. until a camera is plugged in).
     */
    Registration addFailureListener(SerializableConsumer<Failure> listener) {
        failureListeners.add(listener);
        return () -> failureListeners.remove(listener);
    }

    /** Why the camera cannot scan, or null while it can (or is still starting). */
    Failure failure() {
        return failure;
    }

    /** The element gave up: the caption says so plainly, then the listeners hear it. */
    void failed(Failure why) {
        failure = why;
        addClassName("kiosk-camera--failed");
        describe();
        List.copyOf(failureListeners).forEach(listener -> listener.accept(why));
    }

    /** The element scans again after a failure: the preview and its hint come back. */
    void recovered() {
        failure = null;
        removeClassName("kiosk-camera--failed");
        describe();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        describe();
    }

    private void describe() {
        caption.removeAll();
        if (failure == null) {
            caption.setText(getTranslation(hardwareScanner ? "kiosk.camera.hint" : "kiosk.camera.hint.only"));
            getElement().setAttribute("aria-label", getTranslation("kiosk.camera.preview"));
            return;
        }
        var title = new Span(getTranslation("kiosk.camera.unavailable"));
        title.addClassName("kiosk-camera-problem");
        var instead = new Span(getTranslation(hardwareScanner ? "kiosk.camera.useScanner" : "kiosk.camera.askStaff"));
        instead.addClassName("kiosk-camera-instead");
        var reason = new Span(getTranslation(failure.translationKey()));
        reason.addClassName("kiosk-camera-reason");
        caption.add(title, instead, reason);
        getElement().setAttribute("aria-label", getTranslation("kiosk.camera.unavailable"));
    }
}
