package org.servicecentre.programme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.servicecentre.shared.TranslationProvider;

/**
 * Reads a participant list ({@code name,phone,target_groups,consent}, UTF-8 with or without a byte order mark) into
 * resident drafts, collecting every problem of every row instead of stopping at the first.
 */
final class ParticipantRows {

    static final List<String> COLUMNS = List.of("name", "phone", "target_groups", "consent");
    static final int MAX_ROWS = 2_000;
    private static final int MAX_NAME = 60;
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是", "同意");
    private static final Set<String> NO = Set.of("", "no", "n", "false", "0", "否", "不同意");

    /** A row that passed every check, with its row number in the file. */
    record Row(int row, ResidentDraft draft) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<ParticipantImportProblem> problems = new ArrayList<>();

    private ParticipantRows() {
    }

    List<Row> rows() {
        return rows;
    }

    List<ParticipantImportProblem> problems() {
        return problems;
    }

    static ParticipantRows read(byte[] bytes, TranslationProvider translations) {
        var read = new ParticipantRows();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            read.problems.add(ParticipantImportProblem.of(0, null, "not-utf8"));
            return read;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        read.parse(text, groupNames(translations));
        return read;
    }

    private void parse(String text, Map<String, TargetGroup> groups) {
        try (var parser = CSVParser.parse(text, CSVFormat.EXCEL.builder().setIgnoreEmptyLines(true).get())) {
            var records = parser.getRecords();
            if (records.isEmpty()) {
                problems.add(ParticipantImportProblem.of(0, null, "empty"));
                return;
            }
            var header = records.getFirst().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
            var missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(ParticipantImportProblem.of(1, null, "missing-columns", String.join(", ", missing)));
                return;
            }
            if (records.size() - 1 > MAX_ROWS) {
                problems.add(ParticipantImportProblem.of(0, null, "too-many-rows", MAX_ROWS, records.size() - 1));
                return;
            }
            var phones = new HashMap<String, Integer>();
            for (int i = 1; i < records.size(); i++) {
                var values = new HashMap<String, String>();
                var record = records.get(i);
                for (int c = 0; c < header.size() && c < record.size(); c++) {
                    values.putIfAbsent(header.get(c), record.get(c).strip());
                }
                if (values.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                check(i + 1, values, groups, phones);
            }
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(ParticipantImportProblem.of(0, null, "no-rows"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(ParticipantImportProblem.of(0, null, "unreadable"));
        }
    }

    private void check(int row, Map<String, String> values, Map<String, TargetGroup> groupNames,
                       Map<String, Integer> phones) {
        int before = problems.size();
        var name = values.getOrDefault("name", "");
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            problems.add(ParticipantImportProblem.of(row, "name", "name-too-long", MAX_NAME));
        }
        var phone = ResidentDraft.normalisePhone(values.getOrDefault("phone", ""));
        if (phone != null && !phone.matches("[0-9]{5,15}")) {
            problems.add(ParticipantImportProblem.of(row, "phone", "bad-phone", values.get("phone")));
        } else if (phone != null && phones.containsKey(phone)) {
            problems.add(ParticipantImportProblem.of(row, "phone", "duplicate-phone", phones.get(phone)));
        } else if (phone != null) {
            phones.put(phone, row);
        }
        var groups = EnumSet.noneOf(TargetGroup.class);
        for (var given : values.getOrDefault("target_groups", "").split("[;；、]")) {
            var key = given.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            var group = groupNames.get(key);
            if (group == null) {
                problems.add(ParticipantImportProblem.of(row, "target_groups", "unknown-group", given.strip()));
            } else {
                groups.add(group);
            }
        }
        var consentText = values.getOrDefault("consent", "").toLowerCase(Locale.ROOT);
        boolean consent = YES.contains(consentText);
        if (!consent && !NO.contains(consentText)) {
            problems.add(ParticipantImportProblem.of(row, "consent", "bad-consent", values.get("consent")));
        } else if (!consent && (!name.isEmpty() || phone != null || !groups.isEmpty())) {
            problems.add(ParticipantImportProblem.of(row, "consent", "consent-required"));
        }
        if (problems.size() == before) {
            rows.add(new Row(row, new ResidentDraft(name, phone, groups, consent)));
        }
    }

    /** Codes (CHILDREN) and the names in both languages (儿童, Children), lower case. */
    private static Map<String, TargetGroup> groupNames(TranslationProvider translations) {
        var names = new HashMap<String, TargetGroup>();
        for (var group : TargetGroup.values()) {
            names.put(group.name().toLowerCase(Locale.ROOT), group);
            for (var locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                names.put(translations.translate(locale, TranslationProvider.keyOf(group)).toLowerCase(Locale.ROOT),
                        group);
            }
        }
        return names;
    }
}
