package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.Svg;

/**
 * The five faces of the satisfaction screen, drawn by the app (no emoji font to rely on, no download): red and frowning
 * for 1, green and laughing for 5. Shape and word carry the meaning too, for those who cannot tell the colours apart.
 */
final class FeedbackFaces {

    private static final String INK = "#1f2a24";
    private static final String[] FILLS = {"#e5484d", "#f4883a", "#f7c948", "#9ad163", "#3cb371"};
    private static final String[] MOUTHS = {
        "<path d='M34 92 Q60 64 86 92' fill='none' stroke-width='7' stroke-linecap='round'/>"
                + "<path d='M30 34 L50 42 M90 34 L70 42' fill='none' stroke-width='6' stroke-linecap='round'/>",
        "<path d='M40 88 Q60 74 80 88' fill='none' stroke-width='7' stroke-linecap='round'/>",
        "<path d='M40 84 L80 84' fill='none' stroke-width='7' stroke-linecap='round'/>",
        "<path d='M38 76 Q60 96 82 76' fill='none' stroke-width='7' stroke-linecap='round'/>",
        "<path d='M32 70 Q60 112 88 70 Z' fill='#ffffff' stroke-width='6' stroke-linejoin='round'/>"
    };

    private FeedbackFaces() {
    }

    /** The face for a score from 1 to 5, decorative (the button's word names it). */
    static Svg face(int score) {
        var svg = new Svg("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 120 120' aria-hidden='true' "
                + "focusable='false'><g stroke='" + INK + "'>"
                + "<circle cx='60' cy='60' r='54' fill='" + FILLS[score - 1] + "' stroke-width='5'/>"
                + "<circle cx='42' cy='52' r='6.5' fill='" + INK + "' stroke='none'/>"
                + "<circle cx='78' cy='52' r='6.5' fill='" + INK + "' stroke='none'/>"
                + MOUTHS[score - 1] + "</g></svg>");
        svg.getElement().setAttribute("class", "kiosk-feedback-face-image");
        return svg;
    }
}
