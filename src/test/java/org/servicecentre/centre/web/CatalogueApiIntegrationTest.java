package org.servicecentre.centre.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.servicecentre.ApiClient.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicecentre.ApiClient;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.centre.CentreService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

@ServiceCentreTest
class CatalogueApiIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    CentreService centres;

    ApiClient api;
    String ngo;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(context);
        ngo = api.tokenFor("ngo");
    }

    @Test
    void listsTheSectorsInTheirOrder() throws Exception {
        api.mvc().perform(as(ngo, get("/api/v1/catalogue/sectors")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("PARTY"))
                .andExpect(jsonPath("$.items[1].code").value("LEGAL"))
                .andExpect(jsonPath("$.items[1].nameZh").value("法律服务"))
                .andExpect(jsonPath("$.items[1].nameEn").value("Legal services"))
                .andExpect(jsonPath("$.total").value(6));
    }

    @Test
    void listsTheCategoriesOfOneSector() throws Exception {
        api.mvc().perform(as(ngo, get("/api/v1/catalogue/categories").param("sector", "legal")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", contains("LEGAL-AID", "LEGAL-EDU")))
                .andExpect(jsonPath("$.items[0].parentCode").value("LEGAL"));
    }

    @Test
    void findsItemsOfACategoryByText() throws Exception {
        api.mvc().perform(as(ngo, get("/api/v1/catalogue/items").param("category", "LEGAL-AID").param("q", "咨询")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", contains("LEGAL-CLINIC")))
                .andExpect(jsonPath("$.items[0].path", contains("法律服务", "法律援助")))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void answersNotFoundForAnUnknownCategory() throws Exception {
        api.mvc().perform(as(ngo, get("/api/v1/catalogue/items").param("category", "NO-SUCH")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void showsTheWeeklyServicesOfACentre() throws Exception {
        long kjy = SystemAuthentication.asSystem(() -> centres.getByCode("KJY").id());

        api.mvc().perform(as(ngo, get("/api/v1/centres/" + kjy + "/services")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.item.code == 'LEGAL-CLINIC')].weekday", contains("TUESDAY")))
                .andExpect(jsonPath("$.items[?(@.item.code == 'LEGAL-CLINIC')].start", contains("14:00")))
                .andExpect(jsonPath("$.items[?(@.item.code == 'LEGAL-CLINIC')].end", contains("17:00")))
                .andExpect(jsonPath("$.items[?(@.item.code == 'LEGAL-CLINIC')].organisation.name",
                        contains("南山区启航社会工作服务中心")))
                .andExpect(jsonPath("$.items[?(@.item.code == 'LEGAL-CLINIC')].item.sectorZh", contains("法律服务")));
    }

    @Test
    void refusesAManagerTheServicesOfACentreOutsideTheirScope() throws Exception {
        long tongle = SystemAuthentication.asSystem(() -> centres.getByCode("TL").id());
        String manager = api.tokenFor("manager");

        api.mvc().perform(as(manager, get("/api/v1/centres/" + tongle + "/services")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void showsWhereAnItemIsOffered() throws Exception {
        api.mvc().perform(as(ngo, get("/api/v1/catalogue/items/HOMEWORK-CLUB/offerings")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].centreName", hasItems("科技园社区党群服务中心", "高新区社区党群服务中心")))
                .andExpect(jsonPath("$[*].weekday", hasItem("FRIDAY")));
    }
}
