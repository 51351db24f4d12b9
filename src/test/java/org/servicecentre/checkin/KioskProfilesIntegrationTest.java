package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.checkin.KioskProfile.Mode;
import org.springframework.beans.factory.annotation.Autowired;

/** The app starts with the shipped demo profiles: their files read cleanly and name the seeded demo centres. */
@ServiceCentreTest
class KioskProfilesIntegrationTest {

    @Autowired
    KioskProfiles profiles;

    @Test
    void startsWithAProfileForTheEntranceOfEachDemoCentre() {
        assertThat(profiles.all()).extracting(KioskProfile::centreCode).containsExactly("GXQ", "KJY", "NTC", "TL");
        assertThat(profiles.byCode("KJY-ENTRANCE")).get()
                .satisfies(kjy -> assertThat(kjy.offers(Mode.CHECK_IN)).isTrue());
    }
}
