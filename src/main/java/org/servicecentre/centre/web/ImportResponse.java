package org.servicecentre.centre.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import org.servicecentre.centre.ImportAction;
import org.servicecentre.centre.ImportPreview;
import org.servicecentre.centre.ImportProblem;
import org.servicecentre.shared.TranslationProvider;

/** What an import did or would do: counts, the file's problems and every row with its action and problems. */
@Schema(name = "ImportResult")
record ImportResponse(String kind, boolean committed, long newRows, long changedRows, long unchangedRows,
                      long rowsWithProblems, List<Problem> fileProblems, List<Row> rows) {

    /** A problem at a line (0: the whole file) and column, with its message in the client's language. */
    @Schema(name = "ImportProblem")
    record Problem(int line, String column, String key, String message) {

        static Problem of(ImportProblem problem, TranslationProvider translations, Locale locale) {
            return new Problem(problem.line(), problem.column(), problem.key(),
                    translations.translate(locale, problem.key(), problem.args()));
        }
    }

    @Schema(name = "ImportRow")
    record Row(int line, String code, ImportAction action, List<Problem> problems) {
    }

    static ImportResponse of(ImportPreview preview, TranslationProvider translations, Locale locale) {
        return new ImportResponse(preview.kind(), preview.committed(), preview.count(ImportAction.NEW),
                preview.count(ImportAction.CHANGED), preview.count(ImportAction.UNCHANGED), preview.rowsWithProblems(),
                preview.fileProblems().stream().map(p -> Problem.of(p, translations, locale)).toList(),
                preview.rows().stream().map(r -> new Row(r.line(), r.code(), r.action(),
                        r.problems().stream().map(p -> Problem.of(p, translations, locale)).toList())).toList());
    }
}
