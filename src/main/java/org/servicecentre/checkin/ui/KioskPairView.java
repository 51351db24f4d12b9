package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.servicecentre.checkin.KioskService;
import org.servicecentre.checkin.PairedKiosk;
import org.servicecentre.security.DeviceCookie;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.ui.DomainErrors;

/**
 * Where a kiosk's browser is paired, once, without anybody signing in: the eight-digit code a manager was shown is
 * entered on a big on-screen keypad (or filled in from the QR's address); a right code sets the device cookie and
 * opens the kiosk. A wrong or expired code says so, big, next to the digits.
 */
@Route(value = "kiosk/pair", layout = KioskLayout.class)
@AnonymousAllowed
class KioskPairView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int DIGITS = 8;

    private final KioskService kiosks;
    private final TextField code = new TextField();
    private final Paragraph problem = new Paragraph();

    KioskPairView(KioskService kiosks) {
        this.kiosks = kiosks;
        addClassName("kiosk-pair");
        var title = new H1(getTranslation("kiosk.pair.title"));
        var hint = new Paragraph(getTranslation("kiosk.pair.hint"));
        hint.addClassName("kiosk-hint");
        code.setId("pair-code");
        code.addClassName("kiosk-code-field");
        code.setMaxLength(DIGITS);
        code.setAllowedCharPattern("[0-9]");
        code.setAriaLabel(getTranslation("kiosk.pair.code"));
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "off");
        code.addKeyPressListener(Key.ENTER, e -> pair());
        problem.setId("pair-problem");
        problem.addClassName("kiosk-problem");
        problem.setVisible(false);
        add(title, hint, code, problem, keypad());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var device = query.getSingleParameter("device");
        if (device.isPresent() && kiosks.recognise(device.get()).isPresent()) {
            // a token handed over directly (demo kiosks, provisioning): keep it as if paired here
            remember(device.get());
            return;
        }
        query.getSingleParameter("code")
                .map(c -> c.replaceAll("[^0-9]", ""))
                .filter(c -> c.length() <= DIGITS)
                .ifPresent(code::setValue);
    }

    private Div keypad() {
        var keys = new Div();
        keys.addClassName("kiosk-keypad");
        for (int digit = 1; digit <= 9; digit++) {
            keys.add(digitKey(digit));
        }
        var clear = new Button(getTranslation("kiosk.pair.clear"), e -> code.clear());
        clear.addClassName("kiosk-key-word");
        clear.setId("pair-clear");
        keys.add(clear, digitKey(0));
        var back = new Button(getTranslation("kiosk.pair.back"), e -> {
            var value = code.getValue();
            code.setValue(value.isEmpty() ? value : value.substring(0, value.length() - 1));
        });
        back.addClassName("kiosk-key-word");
        back.setId("pair-backspace");
        keys.add(back);
        var pair = new Button(getTranslation("kiosk.pair.submit"), e -> pair());
        pair.addClassName("kiosk-pair-submit");
        pair.setId("pair-submit");
        var wrapper = new Div(keys, pair);
        wrapper.addClassName("kiosk-keypad-wrapper");
        return wrapper;
    }

    private Button digitKey(int digit) {
        var key = new Button(String.valueOf(digit), e -> {
            if (code.getValue().length() < DIGITS) {
                code.setValue(code.getValue() + digit);
            }
            problem.setVisible(false);
        });
        key.setId("pair-key-" + digit);
        return key;
    }

    private void pair() {
        var request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        try {
            PairedKiosk paired = kiosks.pair(code.getValue(), address);
            remember(paired.token());
        } catch (DomainException e) {
            problem.setText(DomainErrors.message(e));
            problem.setVisible(true);
            code.clear();
        }
    }

    /** Sets the device cookie and opens the kiosk with a full load, so that request already carries the cookie. */
    private void remember(String token) {
        var request = VaadinRequest.getCurrent();
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(DeviceCookie.of(token, request != null && request.isSecure()));
        }
        UI.getCurrent().getPage().setLocation("kiosk");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.pair.title");
    }
}
