package org.servicecentre.centre;

import java.util.List;

/**
 * One data row of an import file as the preview shows it: its line, the code it is about, what importing it
 * would do (null when the row cannot even be read), and its problems.
 */
public record ImportRow(int line, String code, ImportAction action, List<ImportProblem> problems) {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
