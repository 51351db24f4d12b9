package org.servicecentre.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.programme.TicketKeyService;
import org.servicecentre.programme.TicketKeyState;
import org.servicecentre.programme.TicketKeySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class TicketKeysViewTest extends SpringBrowserlessTest {

    @Autowired
    TicketKeyService keys;

    @Test
    @WithUserDetails("admin")
    void rotatingFromTheScreenAddsASigningKeyAtTheTop() {
        navigate(TicketKeysView.class);

        test($(Button.class).id("rotate-key")).click();

        var shown = items();
        assertThat(shown.getFirst().state()).isEqualTo(TicketKeyState.ACTIVE);
        assertThat(shown).filteredOn(k -> k.state() == TicketKeyState.ACTIVE).hasSize(1);
        assertThat(shown.getFirst().id()).isEqualTo(keys.list().getFirst().id());
    }

    @Test
    @WithUserDetails("admin")
    void retiringAsksFirstAndThenRetires() {
        var old = keys.rotate();
        keys.rotate();
        navigate(TicketKeysView.class);

        var grid = test(grid());
        int row = items().indexOf(keys.list().stream().filter(k -> k.id().equals(old.id())).findFirst().orElseThrow());
        var cell = grid.getCellComponent(row, "actions");
        test((Button) cell.getChildren().findFirst().orElseThrow()).click();
        var dialog = $(ConfirmDialog.class).id("confirm-retire");
        assertThat(test(dialog).getHeader()).isEqualTo("停用密钥 " + old.id() + "？");
        assertThat(keys.list()).filteredOn(k -> k.id().equals(old.id())).singleElement()
                .extracting(TicketKeySummary::state).as("nothing happens before confirming")
                .isEqualTo(TicketKeyState.VERIFY_ONLY);
        test(dialog).confirm();

        assertThat(keys.list()).filteredOn(k -> k.id().equals(old.id())).singleElement()
                .extracting(TicketKeySummary::state).isEqualTo(TicketKeyState.RETIRED);
        assertThat(items()).filteredOn(k -> k.id().equals(old.id())).singleElement()
                .extracting(TicketKeySummary::state).isEqualTo(TicketKeyState.RETIRED);
    }

    private List<TicketKeySummary> items() {
        return grid().getGenericDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<TicketKeySummary> grid() {
        return $(Grid.class).id("ticket-keys-grid");
    }
}
