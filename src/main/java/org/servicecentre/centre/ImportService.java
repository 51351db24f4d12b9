package org.servicecentre.centre;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.security.Scope;
import org.servicecentre.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import and export of the centre network as CSV, one kind at a time (regions, centres, rooms …). An import
 * is first previewed, row by row; committing checks the file again and writes all of it in one transaction, or
 * nothing. Importing the same file twice changes nothing. Admins import and export everything; managers the rooms
 * of their own centres; region officers export their region.
 */
@Service
public class ImportService {

    /** The largest file the import page and the API accept (a city's rooms take about 1 MB). */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    private final Map<String, ImportFormat> formats = new LinkedHashMap<>();
    private final CurrentUser currentUser;

    ImportService(List<ImportFormat> formats, CurrentUser currentUser) {
        formats.forEach(format -> this.formats.put(format.kind(), format));
        this.currentUser = currentUser;
    }

    /** The kinds the caller may import, in menu order. */
    @PreAuthorize("isAuthenticated()")
    public List<String> importableKinds() {
        var scope = currentUser.scope();
        return formats.values().stream().filter(f -> f.mayImport(scope)).map(ImportFormat::kind).toList();
    }

    /** The kinds the caller may export, in menu order. */
    @PreAuthorize("isAuthenticated()")
    public List<String> exportableKinds() {
        var scope = currentUser.scope();
        return formats.values().stream().filter(f -> f.mayExport(scope)).map(ImportFormat::kind).toList();
    }

    /** Reads and checks a file without writing anything. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    @Transactional(readOnly = true)
    public ImportPreview preview(String kind, byte[] csv) {
        var scope = currentUser.scope();
        return check(importable(kind, scope), csv, scope).preview();
    }

    /** Checks the file again and, when no row has a problem, writes every row in this one transaction. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER')")
    @Transactional
    public ImportPreview commit(String kind, byte[] csv) {
        var scope = currentUser.scope();
        var checked = check(importable(kind, scope), csv, scope);
        if (checked.preview().hasProblems()) {
            return checked.preview();
        }
        checked.write().run();
        return checked.preview().asCommitted();
    }

    /** Every row of the kind the caller may see, as CSV in UTF-8 with a byte order mark so that Excel reads it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CENTRE_MANAGER', 'REGION_OFFICER')")
    @Transactional(readOnly = true)
    public byte[] export(String kind) {
        var scope = currentUser.scope();
        var format = format(kind);
        if (!format.mayExport(scope)) {
            throw new AccessDeniedException("the caller may not export " + kind);
        }
        return csv(format.columns(), format.export(scope));
    }

    /** The header row and one example row of a kind. */
    @PreAuthorize("isAuthenticated()")
    public byte[] template(String kind) {
        var format = format(kind);
        return csv(format.columns(), List.of(format.example()));
    }

    private record Checked(ImportPreview preview, Runnable write) {
    }

    private Checked check(ImportFormat format, byte[] bytes, Scope scope) {
        var file = CsvFile.read(bytes);
        var fileProblems = file.problems().isEmpty() ? file.checkHeader(format.columns()) : file.problems();
        if (!fileProblems.isEmpty()) {
            return new Checked(ImportPreview.ofFileProblems(format.kind(), fileProblems), () -> { });
        }
        var readable = file.rows().stream().filter(r -> !r.undecodable()).toList();
        var plan = format.plan(readable, scope);
        var rows = new ArrayList<>(plan.rows());
        file.rows().stream().filter(CsvFile.Row::undecodable).forEach(r -> rows.add(new ImportRow(r.line(), null, null,
                List.of(ImportProblem.at(r.line(), null, "import.problem.not-utf8")))));
        rows.sort(java.util.Comparator.comparingInt(ImportRow::line));
        return new Checked(new ImportPreview(format.kind(), List.of(), rows, false), plan.write());
    }

    private ImportFormat importable(String kind, Scope scope) {
        var format = format(kind);
        if (!format.mayImport(scope)) {
            throw new AccessDeniedException("the caller may not import " + kind);
        }
        return format;
    }

    private ImportFormat format(String kind) {
        var format = formats.get(kind);
        if (format == null) {
            throw new NotFoundException("import_kind", kind);
        }
        return format;
    }

    private static byte[] csv(List<String> header, List<List<String>> rows) {
        var bytes = new ByteArrayOutputStream();
        bytes.write(0xEF);
        bytes.write(0xBB);
        bytes.write(0xBF);
        try (var printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CsvFile.FORMAT)) {
            printer.printRecord(header);
            for (var row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
