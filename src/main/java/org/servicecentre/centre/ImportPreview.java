package org.servicecentre.centre;

import java.util.List;

/**
 * The outcome of reading and checking an import file: problems of the whole file (wrong encoding, wrong columns),
 * or every row with its action and problems. {@code committed} says whether the rows were written.
 */
public record ImportPreview(String kind, List<ImportProblem> fileProblems, List<ImportRow> rows, boolean committed) {

    public ImportPreview {
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    static ImportPreview ofFileProblems(String kind, List<ImportProblem> problems) {
        return new ImportPreview(kind, problems, List.of(), false);
    }

    ImportPreview asCommitted() {
        return new ImportPreview(kind, fileProblems, rows, true);
    }

    /** Rows without problems that would get this action. */
    public long count(ImportAction action) {
        return rows.stream().filter(r -> !r.hasProblems() && r.action() == action).count();
    }

    public long rowsWithProblems() {
        return rows.stream().filter(ImportRow::hasProblems).count();
    }

    public boolean hasProblems() {
        return !fileProblems.isEmpty() || rowsWithProblems() > 0;
    }

    /** Every problem, the file's first, then the rows' in line order. */
    public List<ImportProblem> problems() {
        return java.util.stream.Stream.concat(fileProblems.stream(), rows.stream().flatMap(r -> r.problems().stream()))
                .toList();
    }
}
