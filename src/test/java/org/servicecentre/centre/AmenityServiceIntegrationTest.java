package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@ServiceCentreTest
class AmenityServiceIntegrationTest {

    @Autowired
    AmenityService amenities;

    @Autowired
    RoomService rooms;

    @Autowired
    CentreService centres;

    @Test
    @WithUserDetails("admin")
    void refusesToDeleteAnAmenityARoomUsesButDeletesAnUnusedOne() {
        var used = amenities.create(AmenityDraft.of(RoomServiceIntegrationTest.unique("U"), "投影幕", "Screen", 90));
        var unused = amenities.create(AmenityDraft.of(RoomServiceIntegrationTest.unique("N"), "沙发", "Sofa", 91));
        var draft = RoomServiceIntegrationTest.draft(RoomServiceIntegrationTest.unique("R"), "放映室", 20);
        draft.setAmenityIds(Set.of(used.id()));
        rooms.create(centres.getByCode("TL").id(), draft);

        assertThatThrownBy(() -> amenities.delete(used.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("AMENITY_IN_USE"));
        amenities.delete(unused.id());

        assertThat(amenities.all()).extracting(AmenitySummary::id).contains(used.id()).doesNotContain(unused.id());
    }

    @Test
    @WithUserDetails("admin")
    void hidesADeactivatedAmenityFromPickersButKeepsItForAdmins() {
        String code = RoomServiceIntegrationTest.unique("H");
        var created = amenities.create(AmenityDraft.of(code, "暂停的设施", "Paused", 92));
        var draft = AmenityDraft.of(created);
        draft.setActive(false);

        amenities.update(created.id(), draft);

        assertThat(amenities.choices()).extracting(AmenitySummary::code).doesNotContain(code);
        assertThat(amenities.count(code)).isOne();
    }

    @Test
    @WithUserDetails("manager")
    void letsAManagerReadTheListButNotChangeIt() {
        assertThat(amenities.list("", 0, 50)).extracting(AmenitySummary::code).contains("PROJECTOR", "KITCHEN");
        assertThatThrownBy(() -> amenities.create(AmenityDraft.of("X1", "甲", "A", 1)))
                .isInstanceOf(AccessDeniedException.class);
        long id = SystemAuthentication.asSystem(() -> amenities.choices().getFirst().id());
        assertThatThrownBy(() -> amenities.delete(id)).isInstanceOf(AccessDeniedException.class);
    }
}
