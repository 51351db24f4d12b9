package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import org.junit.jupiter.api.Test;
import org.servicecentre.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalogue's tree and level queries, with their optional parameters, on a real PostgreSQL. */
@PostgresTest
class CataloguePostgresIntegrationTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CentreOfferService offers;

    @Autowired
    CentreService centres;

    @Test
    void searchesTheTreeFromTheSectorsDown() {
        var sectors = asSystem(() -> catalogue.children(null, "四点半", 0, 50));

        assertThat(sectors).extracting(CatalogueEntrySummary::code).containsExactly("YOUTH");
        assertThat(asSystem(() -> catalogue.countChildren(null, ""))).isGreaterThanOrEqualTo(6);
        assertThat(asSystem(() -> catalogue.children(sectors.getFirst().id(), "", 0, 50)))
                .extracting(CatalogueEntrySummary::code).containsExactly("AFTER-SCHOOL", "YOUTH-GROWTH");
    }

    @Test
    void listsOneLevelWithOrWithoutAParentAndShowsWhereAnItemIsOffered() {
        assertThat(asSystem(() -> catalogue.list(CatalogueLevel.ITEM, null, "咨询", false, 0, 50)))
                .extracting(CatalogueEntrySummary::code).contains("LEGAL-CLINIC", "LABOUR-CLINIC");
        assertThat(asSystem(() -> catalogue.count(CatalogueLevel.CATEGORY, "LEGAL", "", false))).isEqualTo(2);
        assertThat(asSystem(() -> offers.centresOffering("DAY-CARE"))).extracting(OfferingSummary::centreName)
                .contains("南头城社区党群服务中心", "同乐社区党群服务中心");
        long kjy = asSystem(() -> centres.getByCode("KJY").id());
        assertThat(asSystem(() -> offers.offeringsOf(kjy))).isNotEmpty();
    }
}
