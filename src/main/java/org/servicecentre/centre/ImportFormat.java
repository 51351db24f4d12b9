package org.servicecentre.centre;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.servicecentre.security.Scope;

/**
 * One kind of thing that can be imported and exported as CSV (regions, centres, rooms …): its columns, who may
 * import and export it, how a file's rows are checked against the database, and how they are written. A new kind
 * is a Spring bean implementing this, plus the translations of its name ({@code import.kind.<kind>}).
 */
interface ImportFormat {

    /** The kind's name in URLs and translation keys, e.g. {@code rooms}. */
    String kind();

    /** The header row, in export order; lower case. */
    List<String> columns();

    /** A row for the template, showing what the values look like. */
    List<String> example();

    boolean mayImport(Scope scope);

    boolean mayExport(Scope scope);

    /**
     * Checks every row against the file and the database, loading what it needs in bulk, and says what each row
     * would do. The plan's {@code write} is run only when no row has a problem, in the same transaction.
     */
    Plan plan(List<CsvFile.Row> rows, Scope scope);

    /** The rows the caller may see, in the format {@link #plan} reads. */
    List<List<String>> export(Scope scope);

    /** Rows as the preview shows them, and the writing of the changed ones. */
    record Plan(List<ImportRow> rows, Runnable write) {
    }

    /** Splits a large IN list so that no statement carries more than a thousand parameters. */
    static <T> List<List<T>> chunks(Collection<T> values) {
        var all = new ArrayList<>(values);
        var chunks = new ArrayList<List<T>>();
        for (int i = 0; i < all.size(); i += 1000) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return chunks;
    }

    static String blankIfNull(Object value) {
        return value == null ? "" : value.toString();
    }
}
