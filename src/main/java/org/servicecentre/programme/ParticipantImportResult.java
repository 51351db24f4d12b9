package org.servicecentre.programme;

import java.util.List;

/**
 * What importing a participant list did: nothing when there are {@code problems} (every one of them is listed),
 * else how many residents got a place, how many went on the waitlist and how many were already registered.
 */
public record ParticipantImportResult(List<ParticipantImportProblem> problems, int registered, int waitlisted,
                                      int alreadyRegistered) {

    public ParticipantImportResult {
        problems = List.copyOf(problems);
    }

    static ParticipantImportResult refused(List<ParticipantImportProblem> problems) {
        return new ParticipantImportResult(problems, 0, 0, 0);
    }

    public boolean imported() {
        return problems.isEmpty();
    }
}
