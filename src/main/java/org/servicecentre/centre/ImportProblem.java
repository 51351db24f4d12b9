package org.servicecentre.centre;

import java.util.List;

/**
 * One thing wrong with an import file: at a line (the spreadsheet's row number, the header being line 1; 0 for
 * the whole file) and a column (null when it concerns the whole row or file), as a translation key and its
 * arguments (texts, or enum values shown in words), so that each user reads it in their own language.
 */
public record ImportProblem(int line, String column, String key, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem ofFile(String key, Object... arguments) {
        return new ImportProblem(0, null, key, texts(arguments));
    }

    static ImportProblem at(int line, String column, String key, Object... arguments) {
        return new ImportProblem(line, column, key, texts(arguments));
    }

    /** The arguments in the shape {@code getTranslation(key, args...)} takes. */
    public Object[] args() {
        return arguments.toArray();
    }

    /** Enum values stay enums so that the translation shows them in words (社区, not SHEQU); the rest as text. */
    private static List<Object> texts(Object... arguments) {
        return java.util.Arrays.stream(arguments).map(a -> a instanceof Enum<?> ? a : (Object) String.valueOf(a))
                .toList();
    }
}
