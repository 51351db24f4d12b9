package org.servicecentre.occupancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.occupancy.ProposalSummary;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class ProposalsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("ngo")
    void showsTheOrganisationItsOpenProposalsWithTheirDecisions() {
        navigate(ProposalsView.class);

        var grid = grid();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(grid).getRow(0).organisationName()).isEqualTo("南山区启航社会工作服务中心");
        assertThat(test(grid).getRow(0).mayDecide()).isTrue();
    }

    @Test
    @WithUserDetails("manager")
    void aSearchThatFindsNothingShowsTheEmptyState() {
        navigate(ProposalsView.class);

        test($(TextField.class).first()).setValue("没有这样的活动 " + System.nanoTime());

        assertThat(test(grid()).size()).isZero();
        assertThat(grid().getEmptyStateText()).contains("暂无待处理的建议");
    }

    @SuppressWarnings("unchecked")
    private Grid<ProposalSummary> grid() {
        return $(Grid.class).single();
    }
}
