package org.servicecentre.programme;

import java.util.List;

/**
 * One reason a participant list cannot be imported: the file's {@code row} (the header is row 1; 0 for the file as a
 * whole), the {@code column} at fault (null for the whole row or file), and a translation key with its arguments.
 */
public record ParticipantImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    public ParticipantImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ParticipantImportProblem of(int row, String column, String key, Object... arguments) {
        return new ParticipantImportProblem(row, column, "import.participants.problem." + key, List.of(arguments));
    }
}
