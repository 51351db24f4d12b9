package org.servicecentre.checkin.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.servicecentre.checkin.FeedbackService;
import org.servicecentre.checkin.FeedbackTag;
import org.servicecentre.checkin.KioskSummary;
import org.servicecentre.programme.SessionSummary;
import org.servicecentre.shared.DomainException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The satisfaction screen of a kiosk (满意度评价): five big faces, each with its word (很不满意 … 非常满意) so that it
 * works for people who read poorly; once a face is tapped, tags to toggle if one likes and a big 提交; 跳过 leaves
 * without a score. Then a thank-you, and the {@link #onDone} action runs. The panel keeps the score itself, with one
 * client nonce for its one submission, so that a double tap counts once.
 * <p>
 * Left alone for {@link #IDLE_TIME} it is done too; a face tapped but not submitted is kept then, since many people
 * take the tap itself for the answer. The check-in screen shows it after a check-out or from its idle screen, about
 * the centre or about a session of today there.
 */
class FeedbackPanel extends Div {

    static final Duration IDLE_TIME = Duration.ofSeconds(40);
    static final Duration THANKS_TIME = Duration.ofSeconds(4);

    private final FeedbackService feedback;
    private final KioskSummary kiosk;
    private final SessionSummary session;
    private final String nonce = UUID.randomUUID().toString();
    private final EnumSet<FeedbackTag> tags = EnumSet.noneOf(FeedbackTag.class);
    private final Div faces = new Div();
    private final Div details = new Div();
    private final NativeButton submit;
    private Integer score;
    private Runnable done = () -> { };
    private boolean finished;
    private int timer;

    FeedbackPanel(FeedbackService feedback, KioskSummary kiosk, SessionSummary session) {
        this.feedback = feedback;
        this.kiosk = kiosk;
        this.session = session;
        setId("kiosk-feedback");
        addClassName("kiosk-feedback");
        getElement().setAttribute("data-step", "faces");
        var title = new H1(session == null ? getTranslation("kiosk.feedback.title")
                : getTranslation("kiosk.feedback.titleSession", session.programmeTitle()));
        title.setId("kiosk-feedback-title");
        title.addClassName("kiosk-feedback-title");
        var hint = new Paragraph(getTranslation("kiosk.feedback.hint"));
        hint.addClassName("kiosk-feedback-hint");
        faces.addClassName("kiosk-feedback-faces");
        faces.getElement().setAttribute("role", "group").setAttribute("aria-labelledby", "kiosk-feedback-title");
        for (int value = FeedbackService.LOWEST_SCORE; value <= FeedbackService.HIGHEST_SCORE; value++) {
            faces.add(face(value));
        }
        details.addClassName("kiosk-feedback-details");
        details.setVisible(false);
        submit = action("kiosk.feedback.submit", "kiosk-feedback-submit", VaadinIcon.CHECK);
        submit.addClickListener(e -> submit());
        submit.setVisible(false);
        var skip = action("kiosk.feedback.skip", "kiosk-feedback-skip", VaadinIcon.ARROW_RIGHT);
        skip.addClickListener(e -> finish());
        var actions = new Div(submit, skip);
        actions.addClassName("kiosk-feedback-actions");
        add(title, hint, faces, details, actions);
        addAttachListener(e -> arm(IDLE_TIME));
        addDetachListener(e -> finished = true);
    }

    /** What to do when the resident is done (submitted and thanked, skipped, or walked away). */
    void onDone(Runnable action) {
        done = action == null ? () -> { } : action;
    }

    /** The page's timer number {@code number} ran out; a newer tap keeps its own time. */
    @ClientCallable
    void timedOut(int number) {
        if (number != timer || finished) {
            return;
        }
        if (score != null && !"thanks".equals(getElement().getAttribute("data-step"))) {
            keep();
        }
        finish();
    }

    /** The number of the timer running now, which the page answers with when it runs out. */
    int timer() {
        return timer;
    }

    /** The tag icons, shared with the managers' satisfaction tab. */
    static VaadinIcon icon(FeedbackTag tag) {
        return switch (tag) {
            case CLEAN -> VaadinIcon.MAGIC;
            case HELPFUL_STAFF -> VaadinIcon.HANDSHAKE;
            case USEFUL -> VaadinIcon.LIGHTBULB;
            case WELL_ORGANISED -> VaadinIcon.CLIPBOARD_CHECK;
            case FRIENDLY -> VaadinIcon.SMILEY_O;
            case TOO_CROWDED -> VaadinIcon.USERS;
            case TOO_NOISY -> VaadinIcon.VOLUME_UP;
            case HARD_TO_FIND -> VaadinIcon.MAP_MARKER;
            case STARTED_LATE -> VaadinIcon.CLOCK;
        };
    }

    private NativeButton face(int value) {
        var word = new Span(getTranslation("kiosk.feedback.score." + value));
        word.addClassName("kiosk-feedback-face-word");
        var button = new NativeButton();
        button.add(FeedbackFaces.face(value), word);
        button.setId("kiosk-feedback-face-" + value);
        button.addClassNames("kiosk-feedback-face", "kiosk-feedback-face--" + value);
        button.getElement().setAttribute("aria-pressed", "false");
        button.addClickListener(e -> choose(value));
        return button;
    }

    private void choose(int value) {
        score = value;
        faces.getChildren().forEach(child -> {
            boolean chosen = child.getId().orElse("").equals("kiosk-feedback-face-" + value);
            child.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            child.getElement().getClassList().set("kiosk-feedback-face--chosen", chosen);
        });
        getElement().setAttribute("data-step", "tags");
        details.removeAll();
        // a low score shows what to improve first, a good one what went well
        boolean praiseFirst = value >= 3;
        details.add(tagGroup(praiseFirst), tagGroup(!praiseFirst));
        details.setVisible(true);
        submit.setVisible(true);
        arm(IDLE_TIME);
    }

    private Div tagGroup(boolean positive) {
        var label = new Span(getTranslation(positive ? "kiosk.feedback.tags.good" : "kiosk.feedback.tags.improve"));
        label.addClassName("kiosk-feedback-tags-label");
        var chips = new Div();
        chips.addClassName("kiosk-feedback-chips");
        Arrays.stream(FeedbackTag.values()).filter(t -> t.positive() == positive).forEach(t -> chips.add(chip(t)));
        var group = new Div(label, chips);
        group.addClassNames("kiosk-feedback-tags", positive ? "kiosk-feedback-tags--good" : "kiosk-feedback-tags--improve");
        return group;
    }

    private NativeButton chip(FeedbackTag tag) {
        var icon = icon(tag).create();
        icon.addClassName("kiosk-feedback-chip-icon");
        var check = VaadinIcon.CHECK.create();
        check.addClassName("kiosk-feedback-chip-check");
        var text = new Span(getTranslation(tag.translationKey()));
        var chip = new NativeButton();
        chip.add(check, icon, text);
        chip.setId("kiosk-feedback-tag-" + tag.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        chip.addClassName("kiosk-feedback-chip");
        show(chip, tags.contains(tag));
        chip.addClickListener(e -> {
            if (!tags.remove(tag)) {
                tags.add(tag);
            }
            show(chip, tags.contains(tag));
            arm(IDLE_TIME);
        });
        return chip;
    }

    private static void show(NativeButton chip, boolean on) {
        chip.getElement().setAttribute("aria-pressed", String.valueOf(on));
        chip.getElement().getClassList().set("kiosk-feedback-chip--on", on);
    }

    private void submit() {
        if (score == null || finished) {
            return;
        }
        boolean kept = keep();
        if (!finished) {
            thank(kept);
        }
    }

    /** Keeps the score; false when the server refused it (the resident is told, but need not do anything). */
    private boolean keep() {
        try {
            feedback.record(kiosk.centreId(), kiosk.id(), session == null ? null : session.id(), score, tags, nonce);
            return true;
        } catch (AccessDeniedException revoked) {
            finished = true;
            UI.getCurrent().navigate(KioskPairView.class);
            return false;
        } catch (DomainException refused) {
            return false;
        }
    }

    private void thank(boolean kept) {
        removeAll();
        getElement().setAttribute("data-step", "thanks");
        var icon = (kept ? VaadinIcon.HEART : VaadinIcon.INFO_CIRCLE).create();
        icon.addClassName("kiosk-feedback-thanks-icon");
        var title = new H1(getTranslation(kept ? "kiosk.feedback.thanks" : "kiosk.feedback.notKept"));
        title.setId("kiosk-feedback-thanks");
        var line = new Paragraph(getTranslation(kept ? "kiosk.feedback.thanks.hint" : "kiosk.feedback.notKept.hint"));
        line.addClassName("kiosk-feedback-hint");
        var box = new Div(icon, title, line);
        box.addClassNames("kiosk-feedback-thanks", kept ? "kiosk-feedback-thanks--kept" : "kiosk-feedback-thanks--not");
        add(box);
        arm(THANKS_TIME);
    }

    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        timer++;
        done.run();
    }

    private void arm(Duration after) {
        int number = ++timer;
        getElement().executeJs("clearTimeout(this._feedbackTimer);"
                + "this._feedbackTimer = setTimeout(() => this.$server.timedOut($0), $1)", number, after.toMillis());
    }

    private NativeButton action(String key, String id, VaadinIcon iconOf) {
        var icon = iconOf.create();
        icon.addClassName("kiosk-feedback-action-icon");
        var button = new NativeButton();
        button.add(icon, new Span(getTranslation(key)));
        button.setId(id);
        button.addClassNames("kiosk-feedback-action", id);
        return button;
    }
}
