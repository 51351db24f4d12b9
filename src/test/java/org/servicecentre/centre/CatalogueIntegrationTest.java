package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Admins keep the service catalogue; everyone reads it; codes identify entries per level; used entries stay. */
@org.servicecentre.ServiceCentreTest
@Transactional
class CatalogueIntegrationTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    CentreOfferService offers;

    @Autowired
    CentreService centres;

    @Autowired
    OrganisationService organisations;

    @Test
    @WithUserDetails("manager")
    void refusesAManagerAnyChangeToTheCatalogue() {
        var legal = catalogue.getByCode(CatalogueLevel.SECTOR, "LEGAL");

        assertThatThrownBy(() -> catalogue.create(sector(unique("S"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.update(legal.id(), CatalogueEntryDraft.of(legal)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.archive(legal.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogue.delete(legal.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("officer")
    void refusesAnOfficerAChangeButLetsThemRead() {
        assertThatThrownBy(() -> catalogue.create(sector(unique("S")))).isInstanceOf(AccessDeniedException.class);
        assertThat(catalogue.list(CatalogueLevel.ITEM, "LEGAL-AID", "", false, 0, 10))
                .extracting(CatalogueEntrySummary::code).contains("LEGAL-CLINIC", "MEDIATION");
    }

    @Test
    @WithUserDetails("ngo")
    void refusesNgoStaffAChangeButLetsThemSearchTheTree() {
        assertThatThrownBy(() -> catalogue.save(sector(unique("S")))).isInstanceOf(AccessDeniedException.class);

        var sectors = catalogue.children(null, "四点半", 0, 50);
        assertThat(sectors).extracting(CatalogueEntrySummary::code).containsExactly("YOUTH");
        var categories = catalogue.children(sectors.getFirst().id(), "四点半", 0, 50);
        assertThat(categories).extracting(CatalogueEntrySummary::code).containsExactly("AFTER-SCHOOL");
        assertThat(catalogue.children(categories.getFirst().id(), "四点半", 0, 50))
                .extracting(CatalogueEntrySummary::code).containsExactly("HOMEWORK-CLUB");
    }

    @Test
    @WithUserDetails("admin")
    void showsEverythingUnderAMatchingSector() {
        var legal = catalogue.children(null, "法律服务", 0, 50);

        assertThat(legal).extracting(CatalogueEntrySummary::code).containsExactly("LEGAL");
        assertThat(catalogue.countChildren(legal.getFirst().id(), "法律服务")).isEqualTo(2);
    }

    @Test
    @WithUserDetails("admin")
    void refusesADuplicateCodeWithinALevelButAllowsItInAnother() {
        String code = unique("S");
        catalogue.create(sector(code));

        assertThatThrownBy(() -> catalogue.create(sector(code)))
                .isInstanceOf(DomainException.class).hasMessageContaining("DUPLICATE_CODE");
        var category = catalogue.create(new CatalogueEntryDraft(CatalogueLevel.CATEGORY, code, code, "同码分类", ""));
        assertThat(category.parentCode()).isEqualTo(code);
    }

    @Test
    @WithUserDetails("admin")
    void upsertsByCodeSoThatAnImportCanRunTwice() {
        String code = unique("S");
        catalogue.save(new CatalogueEntryDraft(CatalogueLevel.SECTOR, code.toLowerCase(Locale.ROOT), null, "旧名", ""));

        var saved = catalogue.save(new CatalogueEntryDraft(CatalogueLevel.SECTOR, code, null, "新名", "New"));

        assertThat(catalogue.count(CatalogueLevel.SECTOR, null, code, true)).isEqualTo(1);
        assertThat(saved.name()).isEqualTo(new CatalogueName("新名", "New"));
        assertThat(saved.name().in(Locale.ENGLISH)).isEqualTo("New");
    }

    @Test
    @WithUserDetails("admin")
    void fallsBackToChineseWhenThereIsNoEnglishName() {
        var entry = catalogue.create(sector(unique("S")));

        assertThat(entry.name().in(Locale.ENGLISH)).isEqualTo("测试板块");
    }

    @Test
    @WithUserDetails("admin")
    void refusesACategoryWithoutAParentOrWithAnUnknownOne() {
        assertThatThrownBy(() -> catalogue.create(new CatalogueEntryDraft(CatalogueLevel.CATEGORY, unique("C"), "",
                "无上级", ""))).hasMessageContaining("CATALOGUE_PARENT_REQUIRED");
        assertThatThrownBy(() -> catalogue.create(new CatalogueEntryDraft(CatalogueLevel.ITEM, unique("I"), "LEGAL",
                "上级不是分类", ""))).hasMessageContaining("CATALOGUE_PARENT_UNKNOWN");
    }

    @Test
    @WithUserDetails("admin")
    void refusesToDeleteAnEntryWithChildrenOrOneACentreOffers() {
        var legal = catalogue.getByCode(CatalogueLevel.SECTOR, "LEGAL");
        var clinic = catalogue.getByCode(CatalogueLevel.ITEM, "LEGAL-CLINIC");

        assertThatThrownBy(() -> catalogue.delete(legal.id()))
                .isInstanceOf(DomainException.class).hasMessageContaining("CATALOGUE_ENTRY_HAS_CHILDREN");
        assertThatThrownBy(() -> catalogue.delete(clinic.id()))
                .isInstanceOf(DomainException.class).hasMessageContaining("CATALOGUE_ITEM_OFFERED");
        assertThat(catalogue.get(clinic.id()).active()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void deletesAnUnusedItem() {
        String code = unique("I");
        var item = catalogue.create(new CatalogueEntryDraft(CatalogueLevel.ITEM, code, "LEGAL-AID", "临时事项", ""));

        catalogue.delete(item.id());

        assertThat(catalogue.findByCode(CatalogueLevel.ITEM, code)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void archivesAnItemSoThatItLeavesThePickersButKeepsItsSlots() {
        var clinic = catalogue.getByCode(CatalogueLevel.ITEM, "LEGAL-CLINIC");
        long kjy = centres.getByCode("KJY").id();
        long slotsBefore = offers.offeringsOf(kjy).size();

        catalogue.archive(clinic.id());

        assertThat(catalogue.list(CatalogueLevel.ITEM, null, "法律咨询", false, 0, 10)).isEmpty();
        assertThat(catalogue.list(CatalogueLevel.ITEM, null, "法律咨询", true, 0, 10)).hasSize(1);
        assertThat(offers.offeringsOf(kjy)).hasSize((int) slotsBefore);
        long qihang = organisations.list("QIHANG", null, 0, 1).getFirst().id();
        assertThatThrownBy(() -> offers.add(kjy, new OfferingDraft(clinic.id(), qihang, DayOfWeek.MONDAY,
                LocalTime.of(9, 0), LocalTime.of(10, 0)))).hasMessageContaining("OFFERING_ITEM_ARCHIVED");

        catalogue.restore(clinic.id());
        assertThat(catalogue.get(clinic.id()).active()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void leavesTheItemsOfAnArchivedSectorOutOfThePickers() {
        var culture = catalogue.getByCode(CatalogueLevel.SECTOR, "CULTURE");
        catalogue.archive(culture.id());

        assertThat(catalogue.list(CatalogueLevel.ITEM, null, "书法", true, 0, 10)).hasSize(1);
        assertThat(catalogue.list(CatalogueLevel.ITEM, null, "书法", false, 0, 10)).isEmpty();
    }

    private static CatalogueEntryDraft sector(String code) {
        return new CatalogueEntryDraft(CatalogueLevel.SECTOR, code, null, "测试板块", "");
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }
}
