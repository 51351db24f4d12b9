package org.servicecentre.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds visible strings written as literals in Java UI code: text passed straight to a component's constructor
 * or to a setter that shows it. Such text would not be translated.
 */
final class VisibleLiteralScanner {

    private static final String LITERAL_WITH_LETTERS = "\"[^\"]*\\p{L}[^\"]*\"";

    private static final Pattern CONSTRUCTOR = Pattern.compile(
            "new\\s+(Button|Span|H1|H2|H3|H4|H5|H6|Paragraph|NativeLabel|Checkbox|TextField|PasswordField|TextArea"
                    + "|ComboBox<?[^>(]*>?|MultiSelectComboBox<?[^>(]*>?|Select<?[^>(]*>?|DatePicker|TimePicker"
                    + "|DateTimePicker|IntegerField|NumberField|EmailField|Tab|Details|SideNavItem|ConfirmDialog"
                    + "|RadioButtonGroup<?[^>(]*>?|CheckboxGroup<?[^>(]*>?|Text)\\(\\s*" + LITERAL_WITH_LETTERS);

    private static final Pattern SETTER = Pattern.compile(
            "(?<!response)\\.(setText|setLabel|setPlaceholder|setHeader|setHeaderTitle|setTitle|setHelperText|setErrorMessage"
                    + "|setConfirmText|setCancelText|setRejectText|setAriaLabel|setTooltipText|addItem|setSummaryText"
                    + "|setTitle|show|add)\\(\\s*" + LITERAL_WITH_LETTERS);

    private static final Pattern PAGE_TITLE = Pattern.compile("@PageTitle\\(");

    private VisibleLiteralScanner() {
    }

    /** One finding per offending line, as "line N: code". */
    static List<String> scan(String source) {
        var findings = new ArrayList<String>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.trim();
            if (trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*")) {
                continue;
            }
            if (CONSTRUCTOR.matcher(line).find() || SETTER.matcher(line).find() || PAGE_TITLE.matcher(line).find()) {
                findings.add("line " + (i + 1) + ": " + trimmed);
            }
        }
        return findings;
    }
}
