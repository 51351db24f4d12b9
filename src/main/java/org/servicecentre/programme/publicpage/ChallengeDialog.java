package org.servicecentre.programme.publicpage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;

/**
 * Asks the small sum: three big answers to tap, no typing. A right answer runs {@code onSolved}; a wrong one asks
 * another sum.
 */
class ChallengeDialog extends Dialog {

    private final Runnable onSolved;
    private final Paragraph hint = new Paragraph();
    private final Paragraph sum = new Paragraph();
    private final Div choices = new Div();

    ChallengeDialog(Runnable onSolved) {
        this.onSolved = onSolved;
        addClassName("public-challenge");
        setHeaderTitle(getTranslation("public.challenge.title"));
        hint.setText(getTranslation("public.challenge.text"));
        sum.addClassName("public-challenge-sum");
        choices.addClassName("public-challenge-choices");
        add(hint, sum, choices);
        ask();
    }

    private void ask() {
        var challenge = SumChallenge.ask(VaadinSession.getCurrent());
        sum.setText(getTranslation("public.challenge.sum", challenge.left(), challenge.right()));
        choices.removeAll();
        for (int choice : challenge.choices()) {
            var button = new Button(String.valueOf(choice), e -> answered(choice));
            button.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_CONTRAST);
            button.addClassName("public-challenge-choice");
            choices.add(button);
        }
    }

    private void answered(int choice) {
        if (SumChallenge.answer(VaadinSession.getCurrent(), choice)) {
            close();
            onSolved.run();
        } else {
            hint.setText(getTranslation("public.challenge.wrong"));
            ask();
        }
    }
}
