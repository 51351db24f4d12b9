package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the start fails over kiosk profiles, and what the profiles answer once it did not. */
class KioskProfilesUnitTest {

    @TempDir
    Path dir;

    @Test
    void startsWithNoProfilesWhenTheDirectoryIsMissing() {
        var profiles = new KioskProfiles(dir.resolve("absent").toString(), code -> false);

        profiles.checkAtStartUp();

        assertThat(profiles.all()).isEmpty();
    }

    @Test
    void startsWithNoProfilesWhenNoDirectoryIsConfigured() {
        var profiles = new KioskProfiles(" ", code -> false);

        profiles.checkAtStartUp();

        assertThat(profiles.all()).isEmpty();
    }

    @Test
    void findsAProfileByItsCodeIgnoringCase() throws IOException {
        Files.writeString(dir.resolve("KJY-ENTRANCE.yaml"), "kiosk-code: KJY-ENTRANCE\ncentre-code: KJY\n");
        var profiles = new KioskProfiles(dir.toString(), Set.of("KJY")::contains);

        profiles.checkAtStartUp();

        assertThat(profiles.byCode("kjy-entrance")).map(KioskProfile::centreCode).contains("KJY");
        assertThat(profiles.byCode("GXQ-ENTRANCE")).isEmpty();
    }

    @Test
    void failsTheStartListingFileProblemsAndUnknownCentresTogether() throws IOException {
        Files.writeString(dir.resolve("KJY-ENTRANCE.yaml"), "kiosk-code: KJY-ENTRANCE\ncentre-code: KJY\nidle-timeout: 5s\n");
        Files.writeString(dir.resolve("ZZZ-ENTRANCE.yaml"), "kiosk-code: ZZZ-ENTRANCE\ncentre-code: ZZZ\n");
        var profiles = new KioskProfiles(dir.toString(), Set.of("KJY")::contains);

        assertThatThrownBy(profiles::checkAtStartUp)
                .isInstanceOf(InvalidKioskProfilesException.class)
                .hasMessage("""
                        The kiosk profiles have 2 problems (see kiosk-config/README.md for every key):
                          %1$s/KJY-ENTRANCE.yaml: idle-timeout: 5s is below the minimum of 10s
                          %1$s/ZZZ-ENTRANCE.yaml: centre-code: ZZZ is not the code of any centre""".formatted(dir));
    }

    @Test
    void reportsTheProblemsAsTheReasonTheStartFailed() {
        var failure = new InvalidKioskProfilesException(List.of("kiosk-config/A1.yaml: sounds: must be true or false"));

        var analysis = new InvalidKioskProfilesFailureAnalyzer().analyze(new IllegalStateException(failure));

        assertThat(analysis.getDescription()).endsWith("\n  kiosk-config/A1.yaml: sounds: must be true or false");
        assertThat(analysis.getAction()).contains("kiosk-config/README.md");
    }
}
