package org.servicecentre.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleLiteralScannerUnitTest {

    @Test
    void flagsTextPassedStraightToComponents() {
        assertThat(VisibleLiteralScanner.scan("var b = new Button(\"Save\");")).hasSize(1);
        assertThat(VisibleLiteralScanner.scan("field.setLabel(\"姓名\");")).hasSize(1);
        assertThat(VisibleLiteralScanner.scan("grid.addColumn(x).setHeader(\"Name\");")).hasSize(1);
        assertThat(VisibleLiteralScanner.scan("Notification.show(\"Saved\");")).hasSize(1);
        assertThat(VisibleLiteralScanner.scan("@PageTitle(\"Users\")")).hasSize(1);
        assertThat(VisibleLiteralScanner.scan("var c = new ComboBox<Role>(\"Role\");")).hasSize(1);
    }

    @Test
    void acceptsTranslatedTextAndNonVisibleStrings() {
        assertThat(VisibleLiteralScanner.scan("var b = new Button(getTranslation(\"action.save\"));")).isEmpty();
        assertThat(VisibleLiteralScanner.scan("field.setLabel(getTranslation(\"users.name\"));")).isEmpty();
        assertThat(VisibleLiteralScanner.scan("button.setId(\"save\"); addClassName(\"card\");")).isEmpty();
        assertThat(VisibleLiteralScanner.scan("layout.add(new Span(\"\"));")).isEmpty();
        assertThat(VisibleLiteralScanner.scan("// new Button(\"commented out\")")).isEmpty();
        assertThat(VisibleLiteralScanner.scan("new Span(\" · \")")).isEmpty();
        assertThat(VisibleLiteralScanner.scan("response.setHeader(\"WWW-Authenticate\", \"Bearer\");")).isEmpty();
    }
}
