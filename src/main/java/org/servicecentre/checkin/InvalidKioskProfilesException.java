package org.servicecentre.checkin;

import java.util.List;

/** Stops the start: the kiosk profiles have problems, all of them listed one a line. */
class InvalidKioskProfilesException extends IllegalStateException {

    private final List<String> problems;

    InvalidKioskProfilesException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        var text = new StringBuilder("The kiosk profiles have ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems")
                .append(" (see kiosk-config/README.md for every key):");
        problems.forEach(problem -> text.append("\n  ").append(problem));
        return text.toString();
    }
}
