package org.servicecentre.programme.publicpage;

import com.vaadin.flow.server.VaadinSession;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A small sum ("3 + 4 = ?") with three answers to tap, asked before a sign-up once an address has signed up often.
 * The expected answer stays on the server, in the resident's Vaadin session, and is good for one sign-up.
 */
record SumChallenge(int left, int right, List<Integer> choices) {

    private static final String ASKED = SumChallenge.class.getName() + ".asked";
    private static final String SOLVED = SumChallenge.class.getName() + ".solved";
    private static final Random RANDOM = new SecureRandom();

    static SumChallenge next(Random random) {
        int left = 1 + random.nextInt(9);
        int right = 1 + random.nextInt(9);
        int answer = left + right;
        var choices = new ArrayList<Integer>(List.of(answer));
        while (choices.size() < 3) {
            int other = Math.max(2, answer + random.nextInt(7) - 3);
            if (!choices.contains(other)) {
                choices.add(other);
            }
        }
        Collections.shuffle(choices, random);
        return new SumChallenge(left, right, List.copyOf(choices));
    }

    int answer() {
        return left + right;
    }

    /** A new sum for this session, replacing any earlier one. */
    static SumChallenge ask(VaadinSession session) {
        var challenge = next(RANDOM);
        session.setAttribute(ASKED, challenge);
        return challenge;
    }

    /** Checks an answer against the sum asked; right answers are remembered for the next sign-up. */
    static boolean answer(VaadinSession session, int answer) {
        var asked = (SumChallenge) session.getAttribute(ASKED);
        session.setAttribute(ASKED, null);
        boolean right = asked != null && asked.answer() == answer;
        session.setAttribute(SOLVED, right ? Boolean.TRUE : null);
        return right;
    }

    /** Whether a right answer is waiting to be used; using it clears it. */
    static boolean takeSolved(VaadinSession session) {
        boolean solved = Boolean.TRUE.equals(session.getAttribute(SOLVED));
        session.setAttribute(SOLVED, null);
        return solved;
    }
}
