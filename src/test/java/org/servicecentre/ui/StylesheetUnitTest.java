package org.servicecentre.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheet is appended to by several branches and union-merged by git, which can drop one of two
 * identical closing braces; one missing brace silently swallows every rule after it. Every block must close.
 */
class StylesheetUnitTest {

    @Test
    void everyBlockOfTheStylesheetCloses() throws Exception {
        var css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a closing brace without its opening one, line %d", line).isNotNegative();
            }
        }
        assertThat(depth).as("blocks left open at the end of styles.css").isZero();
    }
}
