package org.servicecentre.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.ApiTokenSummary;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("officer")
    void showsANewTokenOnceAndListsIt() {
        String name = "报表脚本 " + System.nanoTime();
        navigate(ApiTokensView.class);

        createToken(name);

        var shown = $(Dialog.class).id("new-token");
        String token = $(TextField.class, shown).single().getValue();
        assertThat(token).startsWith("sc_");
        test($(Button.class).id("secret-done")).click();
        assertThat($(Dialog.class).withId("new-token").exists()).isFalse();
        var grid = tokensGrid();
        int row = rowOf(grid, name);
        var nameCell = (Div) test(grid).getCellComponent(row, "name");
        assertThat($(Span.class, nameCell).withClassName("token-prefix").single().getText())
                .isEqualTo(token.substring(0, 10) + "…");
        assertThat(statusOf(grid, row)).isEqualTo("有效");
        assertThat(grid.getElement().getOuterHTML()).doesNotContain(token);
    }

    @Test
    @WithUserDetails("officer")
    void revokingAsksFirstAndThenMarksTheTokenRevoked() {
        String name = "待撤销 " + System.nanoTime();
        navigate(ApiTokensView.class);
        createToken(name);
        test($(Button.class).id("secret-done")).click();
        var grid = tokensGrid();

        var revoke = (Span) test(grid).getCellComponent(rowOf(grid, name), "actions");
        test($(Button.class, revoke).single()).click();
        test($(ConfirmDialog.class).id("confirm-revoke")).confirm();

        assertThat(statusOf(grid, rowOf(grid, name))).isEqualTo("已撤销");
    }

    @Test
    @WithUserDetails("officer")
    void refusesATokenWithoutAName() {
        navigate(ApiTokensView.class);

        createToken("  ");

        var name = $(TextField.class).id("token-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat($(TokenCreateDialog.class).single().isOpened()).isTrue();
    }

    private void createToken(String name) {
        test($(Button.class).id("create-token")).click();
        test($(TextField.class).id("token-name")).setValue(name);
        test($(Button.class).id("confirm-create-token")).click();
    }

    @SuppressWarnings("unchecked")
    private Grid<ApiTokenSummary> tokensGrid() {
        return $(Grid.class).id("tokens-grid");
    }

    private int rowOf(Grid<ApiTokenSummary> grid, String name) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).name().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no token named " + name);
    }

    private String statusOf(Grid<ApiTokenSummary> grid, int row) {
        return ((Span) test(grid).getCellComponent(row, "status")).getText();
    }
}
