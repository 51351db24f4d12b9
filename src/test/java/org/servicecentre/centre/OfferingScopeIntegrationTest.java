package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Admins and a centre's managers keep its service slots; everyone who sees the centre reads them. */
@ServiceCentreTest
@Transactional
class OfferingScopeIntegrationTest {

    @Autowired
    CentreOfferService offers;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CentreService centres;

    @Autowired
    OrganisationService organisations;

    @Test
    @WithUserDetails("manager")
    void letsAManagerAddChangeAndRemoveSlotsOfTheirOwnCentre() {
        long kjy = centres.getByCode("KJY").id();
        var draft = slot("TAICHI", DayOfWeek.SUNDAY, "07:00", "08:00");
        draft.setNote("雨天取消");

        var added = offers.add(kjy, draft);
        assertThat(added.item().path()).extracting(CatalogueName::zh).containsExactly("文体服务", "全民健身");
        assertThat(added.organisationName()).isEqualTo("粤海街道志愿者服务队");
        assertThat(offers.offeringsOf(kjy)).extracting(OfferingSummary::id).contains(added.id());

        draft.setEnd(LocalTime.of(8, 30));
        assertThat(offers.update(added.id(), draft).end()).isEqualTo(LocalTime.of(8, 30));

        offers.remove(added.id());
        assertThat(offers.offeringsOf(kjy)).extracting(OfferingSummary::id).doesNotContain(added.id());
    }

    @Test
    @WithUserDetails("manager")
    void refusesAManagerTheSlotsOfAnotherCentre() {
        long tongle = SystemAuthentication.asSystem(() -> centres.getByCode("TL").id());
        var theirs = SystemAuthentication.asSystem(() -> offers.offeringsOf(tongle).getFirst());

        assertThatThrownBy(() -> offers.add(tongle, slot("TAICHI", DayOfWeek.SUNDAY, "07:00", "08:00")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offers.update(theirs.id(), OfferingDraft.of(theirs)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offers.remove(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> offers.offeringsOf(tongle)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("officer")
    void letsAnOfficerReadButNotChange() {
        long kjy = centres.getByCode("KJY").id();

        assertThat(offers.offeringsOf(kjy)).extracting(o -> o.item().code()).contains("LEGAL-CLINIC");
        assertThatThrownBy(() -> offers.add(kjy, slot("TAICHI", DayOfWeek.SUNDAY, "07:00", "08:00")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ngo")
    void letsNgoStaffReadTheSlotsAndFindWhereAServiceIsOffered() {
        long kjy = centres.getByCode("KJY").id();

        var clinic = offers.offeringsOf(kjy).stream().filter(o -> o.item().code().equals("LEGAL-CLINIC")).findFirst()
                .orElseThrow();
        assertThat(clinic.weekday()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(clinic.start()).isEqualTo(LocalTime.of(14, 0));
        assertThat(clinic.organisationName()).isEqualTo("南山区启航社会工作服务中心");
        assertThat(offers.centresOffering("legal-clinic")).extracting(OfferingSummary::centreName)
                .contains("科技园社区党群服务中心", "同乐社区党群服务中心");
        assertThatThrownBy(() -> offers.remove(clinic.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void refusesASlotThatEndsBeforeItStarts() {
        long kjy = centres.getByCode("KJY").id();

        assertThatThrownBy(() -> offers.add(kjy, slot("TAICHI", DayOfWeek.MONDAY, "10:00", "09:00")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> offers.add(kjy, slot("TAICHI", DayOfWeek.MONDAY, "10:00", "10:00")))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @WithUserDetails("admin")
    void refusesASectorOrCategoryAsTheOfferedService() {
        long kjy = centres.getByCode("KJY").id();
        long sports = catalogue.getByCode(CatalogueLevel.CATEGORY, "SPORTS").id();
        var draft = slot("TAICHI", DayOfWeek.MONDAY, "09:00", "10:00");
        draft.setItemId(sports);

        assertThatThrownBy(() -> offers.add(kjy, draft)).hasMessageContaining("OFFERING_NOT_AN_ITEM");
    }

    private OfferingDraft slot(String itemCode, DayOfWeek day, String start, String end) {
        long item = SystemAuthentication.asSystem(() -> catalogue.getByCode(CatalogueLevel.ITEM, itemCode).id());
        long volunteers = SystemAuthentication.asSystem(() -> organisations.list("YH-VOL", null, 0, 1).getFirst().id());
        return new OfferingDraft(item, volunteers, day, LocalTime.parse(start), LocalTime.parse(end));
    }
}
