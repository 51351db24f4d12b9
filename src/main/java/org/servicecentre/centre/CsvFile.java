package org.servicecentre.centre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as Excel saves it ("CSV UTF-8"): UTF-8 with or without a byte order mark, CRLF or LF, quoted fields,
 * a header row. Bytes that are not UTF-8 are never guessed at: a file mostly in another encoding (GBK, say) is
 * refused as a whole, a few such lines become problems of their rows.
 */
final class CsvFile {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setIgnoreEmptyLines(true).get();

    /** One data row: its line in the file and its values by (lower-case) column name, trimmed. */
    record Row(int line, Map<String, String> values, boolean undecodable, boolean extraValues) {

        String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    private final List<String> header;
    private final List<Row> rows;
    private final List<ImportProblem> problems;

    private CsvFile(List<String> header, List<Row> rows, List<ImportProblem> problems) {
        this.header = header;
        this.rows = rows;
        this.problems = problems;
    }

    List<Row> rows() {
        return rows;
    }

    /** Problems of the whole file; when there are any, there are no rows. */
    List<ImportProblem> problems() {
        return problems;
    }

    static CsvFile read(byte[] bytes) {
        int start = startsWith(bytes, BOM) ? BOM.length : 0;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return failed(ImportProblem.ofFile("import.file.not-utf8"));
        }
        var lines = new ArrayList<String>();
        var badLines = new TreeSet<Integer>();
        decodeLines(bytes, start, lines, badLines);
        String text = String.join("\n", lines);
        if (text.isBlank()) {
            return failed(ImportProblem.ofFile("import.file.empty"));
        }
        long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
        if (badLines.contains(firstNonBlank(lines)) || badLines.size() * 2L >= nonBlank) {
            return failed(ImportProblem.ofFile("import.file.not-utf8"));
        }
        return parse(text, lines, badLines);
    }

    /** File problems when the header does not name exactly these columns (in any order, any case). */
    List<ImportProblem> checkHeader(List<String> columns) {
        var missing = new LinkedHashSet<>(columns);
        header.forEach(missing::remove);
        var unknown = new LinkedHashSet<>(header);
        columns.forEach(unknown::remove);
        var found = new ArrayList<ImportProblem>();
        if (!missing.isEmpty()) {
            found.add(ImportProblem.ofFile("import.file.missing-columns", String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            found.add(ImportProblem.ofFile("import.file.unknown-columns", String.join(", ", unknown)));
        }
        var duplicates = header.stream().filter(c -> header.indexOf(c) != header.lastIndexOf(c)).distinct().toList();
        if (!duplicates.isEmpty()) {
            found.add(ImportProblem.ofFile("import.file.duplicate-columns", String.join(", ", duplicates)));
        }
        if (found.isEmpty() && rows.isEmpty()) {
            found.add(ImportProblem.ofFile("import.file.no-rows"));
        }
        return found;
    }

    private static CsvFile parse(String text, List<String> lines, TreeSet<Integer> badLines) {
        int[] lineStarts = lineStarts(lines);
        var records = new ArrayList<CSVRecord>();
        try (var parser = CSVParser.parse(text, FORMAT)) {
            try {
                parser.forEach(records::add);
            } catch (UncheckedIOException | IllegalStateException broken) {
                return failed(ImportProblem.ofFile("import.file.unreadable", parser.getCurrentLineNumber() + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var header = records.getFirst().stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        int width = header.size();
        while (width > 0 && header.get(width - 1).isEmpty()) {
            width--;
        }
        header = header.subList(0, width);
        var rows = new ArrayList<Row>();
        for (int i = 1; i < records.size(); i++) {
            var record = records.get(i);
            int line = lineOf(lineStarts, record.getCharacterPosition());
            while (line < lines.size() && lines.get(line - 1).isBlank()) {
                line++; // the parser counts the empty lines it skipped as part of the next record
            }
            int lastLine = i + 1 < records.size() ? lineOf(lineStarts, records.get(i + 1).getCharacterPosition()) - 1
                    : lineStarts.length;
            var values = new HashMap<String, String>();
            boolean extra = false;
            boolean blank = true;
            for (int c = 0; c < record.size(); c++) {
                String value = record.get(c).trim();
                blank &= value.isEmpty();
                if (c < header.size()) {
                    values.putIfAbsent(header.get(c), value);
                } else {
                    extra |= !value.isEmpty();
                }
            }
            if (!blank) {
                boolean bad = !badLines.subSet(line, true, lastLine, true).isEmpty();
                rows.add(new Row(line, values, bad, extra));
            }
        }
        return new CsvFile(header, rows, List.of());
    }

    private static void decodeLines(byte[] bytes, int start, List<String> lines, TreeSet<Integer> badLines) {
        var strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int from = start;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                var slice = ByteBuffer.wrap(bytes, from, i - from);
                try {
                    lines.add(strict.decode(slice).toString());
                } catch (CharacterCodingException e) {
                    badLines.add(lines.size() + 1);
                    lines.add(new String(bytes, from, i - from, StandardCharsets.UTF_8));
                }
                from = i + 1;
            }
        }
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 1;
    }

    private static int[] lineStarts(List<String> lines) {
        int[] starts = new int[lines.size()];
        long position = 0;
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = (int) position;
            position += lines.get(i).length() + 1;
        }
        return starts;
    }

    /** The 1-based line holding this character position. */
    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static CsvFile failed(ImportProblem problem) {
        return new CsvFile(List.of(), List.of(), List.of(problem));
    }
}
