package org.servicecentre.centre;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the values of one import row by column and notes what is wrong with them, so that a kind of import
 * reads like a list of its columns' rules. A bad value reads as null (or the default) and leaves a problem.
 */
final class RowCheck {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
            Map.entry("true", true), Map.entry("false", false), Map.entry("yes", true), Map.entry("no", false),
            Map.entry("1", true), Map.entry("0", false), Map.entry("是", true), Map.entry("否", false),
            Map.entry("y", true), Map.entry("n", false));

    private final CsvFile.Row row;
    private final List<ImportProblem> problems = new ArrayList<>();

    RowCheck(CsvFile.Row row) {
        this.row = row;
        if (row.extraValues()) {
            problems.add(ImportProblem.at(row.line(), null, "import.problem.extra-values"));
        }
    }

    int line() {
        return row.line();
    }

    List<ImportProblem> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void problem(String column, String key, Object... arguments) {
        problems.add(ImportProblem.at(row.line(), column, key, arguments));
    }

    /** A code: letters, digits, - and _, stored upper-case. */
    String code(String column, boolean required) {
        String value = text(column, required, 32);
        if (value != null && !CODE.matcher(value).matches()) {
            problem(column, "import.problem.code-format");
            return null;
        }
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** Free text up to a length; blank reads as null. */
    String text(String column, boolean required, int maxLength) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                problem(column, "import.problem.required");
            }
            return null;
        }
        // the same count as the drafts' @Size and the database columns: UTF-16 units, not code points
        if (value.length() > maxLength) {
            problem(column, "import.problem.too-long", maxLength);
            return null;
        }
        return value;
    }

    /** A whole number within bounds; blank reads as the default (required when the default is null). */
    Integer integer(String column, int min, int max, Integer defaultValue) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (defaultValue == null) {
                problem(column, "import.problem.required");
            }
            return defaultValue;
        }
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problem(column, "import.problem.not-integer", value);
            return null;
        }
        if (number < min || number > max) {
            problem(column, "import.problem.out-of-range", min, max);
            return null;
        }
        return number;
    }

    /** An optional positive decimal with at most {@code scale} places, stored at that scale. */
    BigDecimal decimal(String column, int scale, BigDecimal max) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            problem(column, "import.problem.not-decimal", value);
            return null;
        }
        if (number.signum() <= 0 || number.compareTo(max) > 0) {
            problem(column, "import.problem.decimal-range", max.toPlainString());
            return null;
        }
        if (number.stripTrailingZeros().scale() > scale) {
            problem(column, "import.problem.decimal-places", scale);
            return null;
        }
        return number.setScale(scale);
    }

    /** true/false, yes/no, 是/否, 1/0; blank reads as the default. */
    boolean bool(String column, boolean defaultValue) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return defaultValue;
        }
        Boolean known = BOOLEANS.get(value);
        if (known == null) {
            problem(column, "import.problem.not-boolean", row.get(column));
            return defaultValue;
        }
        return known;
    }

    /** One of an enum's names (any case), or one of the other names given for its values (Chinese ones, say). */
    <E extends Enum<E>> E choice(String column, Class<E> type, Map<String, E> aliases) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problem(column, "import.problem.required");
            return null;
        }
        if (aliases.containsKey(value)) {
            return aliases.get(value);
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        problem(column, "import.problem.unknown-value", value, Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }
}
