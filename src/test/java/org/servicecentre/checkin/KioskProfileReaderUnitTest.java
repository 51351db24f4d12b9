package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicecentre.checkin.KioskProfile.Camera;
import org.servicecentre.checkin.KioskProfile.Mode;

/** Every rule of a kiosk profile, on files written to a temporary directory. */
class KioskProfileReaderUnitTest {

    private static final String DIR = "kiosk-config";
    private static final String MINIMAL = "kiosk-code: KJY-ENTRANCE\ncentre-code: KJY\n";

    @TempDir
    Path dir;

    @Test
    void readsEveryKeyOfAFullProfile() throws IOException {
        write("KJY-ENTRANCE.yaml", """
                kiosk-code: KJY-ENTRANCE
                centre-code: KJY
                languages: [en, zh-CN]
                modes: [check-in, door-display]
                idle-timeout: 90s
                camera:
                  enabled: true
                  device: Logitech C920
                hardware-scanner: false
                sounds: off
                large-text: true
                """);

        var reading = read();

        assertThat(reading.problems()).isEmpty();
        var profile = reading.profiles().getFirst();
        assertThat(profile.kioskCode()).isEqualTo("KJY-ENTRANCE");
        assertThat(profile.centreCode()).isEqualTo("KJY");
        assertThat(profile.languages()).containsExactly(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
        assertThat(profile.defaultLanguage()).isEqualTo(Locale.ENGLISH);
        assertThat(profile.modes()).containsExactly(Mode.CHECK_IN, Mode.DOOR_DISPLAY);
        assertThat(profile.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(profile.camera()).isEqualTo(new Camera(true, "Logitech C920"));
        assertThat(profile.camera().label()).contains("Logitech C920");
        assertThat(profile.hardwareScanner()).isFalse();
        assertThat(profile.sounds()).isFalse();
        assertThat(profile.largeText()).isTrue();
    }

    @Test
    void givesTheDefaultsForEveryKeyLeftOut() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL);

        var profile = read().profiles().getFirst();

        assertThat(profile.languages()).containsExactly(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
        assertThat(profile.modes()).containsExactly(Mode.CHECK_IN, Mode.WALK_IN, Mode.FEEDBACK);
        assertThat(profile.idleTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(profile.camera()).isEqualTo(new Camera(true, Camera.FRONT));
        assertThat(profile.camera().facingMode()).contains("user");
        assertThat(profile.hardwareScanner()).isTrue();
        assertThat(profile.sounds()).isTrue();
        assertThat(profile.largeText()).isFalse();
    }

    @Test
    void readsIdleTimeoutsInSecondsMinutesAndIso8601() throws IOException {
        write("A1.yaml", "kiosk-code: A1\ncentre-code: KJY\nidle-timeout: 45\n");
        write("A2.yaml", "kiosk-code: A2\ncentre-code: KJY\nidle-timeout: 2m\n");
        write("A3.yaml", "kiosk-code: A3\ncentre-code: KJY\nidle-timeout: PT30M\n");
        write("A4.yaml", "kiosk-code: A4\ncentre-code: KJY\nidle-timeout: 10 s\n");

        var reading = read();

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.profiles()).extracting(KioskProfile::idleTimeout).containsExactly(Duration.ofSeconds(45),
                Duration.ofMinutes(2), Duration.ofMinutes(30), Duration.ofSeconds(10));
    }

    @Test
    void refusesAnIdleTimeoutBelowTheMinimum() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL + "idle-timeout: 5s\n");

        assertThat(read().problems())
                .containsExactly("kiosk-config/KJY-ENTRANCE.yaml: idle-timeout: 5s is below the minimum of 10s");
    }

    @Test
    void refusesAnIdleTimeoutAboveTheMaximum() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL + "idle-timeout: PT31M\n");

        assertThat(read().problems())
                .containsExactly("kiosk-config/KJY-ENTRANCE.yaml: idle-timeout: PT31M is above the maximum of 30m");
    }

    @Test
    void refusesAnIdleTimeoutThatIsNotADuration() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL + "idle-timeout: one minute\n");

        assertThat(read().problems()).singleElement().asString()
                .startsWith("kiosk-config/KJY-ENTRANCE.yaml: idle-timeout: one minute is not a duration");
    }

    @Test
    void refusesAnUnknownKey() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL + "colour: red\n");

        assertThat(read().problems()).singleElement().asString()
                .startsWith("kiosk-config/KJY-ENTRANCE.yaml: colour: is not a known key (known keys: kiosk-code,");
    }

    @Test
    void refusesAnUnknownCameraKey() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL + "camera:\n  enabled: true\n  zoom: 2\n");

        assertThat(read().problems()).containsExactly(
                "kiosk-config/KJY-ENTRANCE.yaml: camera.zoom: is not a known key (known keys: enabled, device)");
    }

    @Test
    void refusesValuesOfTheWrongType() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL + """
                sounds: "yes please"
                large-text: 1
                languages: zh-CN
                camera: off
                idle-timeout: [60]
                """);

        assertThat(read().problems()).containsExactlyInAnyOrder(
                "kiosk-config/KJY-ENTRANCE.yaml: sounds: must be true or false (on/off), found the text \"yes please\"",
                "kiosk-config/KJY-ENTRANCE.yaml: large-text: must be true or false (on/off), found the number 1",
                "kiosk-config/KJY-ENTRANCE.yaml: languages: must be a list such as [a, b], found the text \"zh-CN\"",
                "kiosk-config/KJY-ENTRANCE.yaml: camera: must be a mapping with enabled and device (see the README),"
                        + " found the flag false",
                "kiosk-config/KJY-ENTRANCE.yaml: idle-timeout: must be a duration such as 90s, 2m or PT90S, found a list");
    }

    @Test
    void refusesAKeyWithoutAValue() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL + "sounds:\n");

        assertThat(read().problems()).containsExactly(
                "kiosk-config/KJY-ENTRANCE.yaml: sounds: must be true or false (on/off), found nothing");
    }

    @Test
    void refusesAnUnknownMode() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL + "modes: [check-in, dance]\n");

        assertThat(read().problems()).containsExactly("kiosk-config/KJY-ENTRANCE.yaml: modes: dance is not a mode"
                + " (modes: check-in, walk-in, check-out, volunteer-shifts, feedback, door-display)");
    }

    @Test
    void refusesAModeListedTwiceAndAnEmptyList() throws IOException {
        write("A1.yaml", "kiosk-code: A1\ncentre-code: KJY\nmodes: [feedback, feedback]\n");
        write("A2.yaml", "kiosk-code: A2\ncentre-code: KJY\nmodes: []\n");

        assertThat(read().problems()).containsExactly(
                "kiosk-config/A1.yaml: modes: feedback is listed twice",
                "kiosk-config/A2.yaml: modes: is empty; list at least one, or leave the key out for the default");
    }

    @Test
    void acceptsTheReservedVolunteerShiftsMode() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL + "modes: [volunteer-shifts]\n");

        assertThat(read().profiles().getFirst().offers(Mode.VOLUNTEER_SHIFTS)).isTrue();
    }

    @Test
    void refusesALanguageTheAppDoesNotSpeak() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL + "languages: [zh-CN, fr, en, EN]\n");

        assertThat(read().problems()).containsExactly(
                "kiosk-config/KJY-ENTRANCE.yaml: languages: fr is not a language the app speaks (languages: zh-CN, en)",
                "kiosk-config/KJY-ENTRANCE.yaml: languages: EN is listed twice");
    }

    @Test
    void refusesAMissingKioskCodeAndCentreCode() throws IOException {
        write("KJY-ENTRANCE.yaml", "sounds: true\n");

        assertThat(read().problems()).containsExactly(
                "kiosk-config/KJY-ENTRANCE.yaml: kiosk-code: is missing",
                "kiosk-config/KJY-ENTRANCE.yaml: centre-code: is missing");
    }

    @Test
    void refusesACodeThatIsNotACode() throws IOException {
        write("kjy entrance.yaml", "kiosk-code: kjy entrance\ncentre-code: 42\n");

        assertThat(read().problems()).containsExactly(
                "kiosk-config/kjy entrance.yaml: kiosk-code: kjy entrance is not a code: use capital letters A-Z,"
                        + " digits and single hyphens, at most 40 characters",
                "kiosk-config/kjy entrance.yaml: centre-code: must be text, found the number 42");
    }

    @Test
    void refusesAKioskCodeThatDiffersFromTheFileName() throws IOException {
        write("KJY-DOOR.yaml", MINIMAL);

        assertThat(read().problems()).containsExactly("kiosk-config/KJY-DOOR.yaml: kiosk-code: KJY-ENTRANCE differs"
                + " from the file name KJY-DOOR.yaml (name the file KJY-ENTRANCE.yaml, or change the code)");
    }

    @Test
    void refusesTwoProfilesWithTheSameKioskCode() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL);
        write("KJY-ENTRANCE.yml", MINIMAL);

        assertThat(read().problems()).containsExactly("kiosk-config/KJY-ENTRANCE.yml: kiosk-code: KJY-ENTRANCE is also"
                + " the code in kiosk-config/KJY-ENTRANCE.yaml");
    }

    @Test
    void refusesAKeyWrittenTwiceInOneFile() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL + "sounds: true\nsounds: false\n");

        assertThat(read().problems()).singleElement().asString()
                .startsWith("kiosk-config/KJY-ENTRANCE.yaml: is not valid YAML: found duplicate key sounds");
    }

    @Test
    void refusesAFileThatIsNotYamlNamingTheLine() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL + "modes: [check-in\n");

        assertThat(read().problems()).singleElement().asString()
                .startsWith("kiosk-config/KJY-ENTRANCE.yaml: is not valid YAML: ").contains("(line ");
    }

    @Test
    void refusesAnEmptyFileAndOneThatIsNotAMapping() throws IOException {
        write("A1.yaml", "# nothing yet\n");
        write("A2.yaml", "- kiosk-code: A2\n");

        assertThat(read().problems()).containsExactly(
                "kiosk-config/A1.yaml: is empty; a profile needs at least kiosk-code and centre-code",
                "kiosk-config/A2.yaml: must be a mapping of keys to values, found a list");
    }

    @Test
    void refusesACentreCodeOfNoCentre() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL);
        write("ZZZ-ENTRANCE.yaml", "kiosk-code: ZZZ-ENTRANCE\ncentre-code: ZZZ\n");
        var reading = read();

        var problems = KioskProfileReader.unknownCentres(reading.centres(), Set.of("KJY")::contains);

        assertThat(problems).containsExactly(
                "kiosk-config/ZZZ-ENTRANCE.yaml: centre-code: ZZZ is not the code of any centre");
    }

    @Test
    void checksTheCentreCodeOfAFileWithOtherProblemsToo() throws IOException {
        write("ZZZ-ENTRANCE.yaml", "kiosk-code: ZZZ-ENTRANCE\ncentre-code: ZZZ\nidle-timeout: 1s\n");
        var reading = read();

        var problems = KioskProfileReader.unknownCentres(reading.centres(), Set.of("KJY")::contains);

        assertThat(reading.profiles()).isEmpty();
        assertThat(problems).containsExactly(
                "kiosk-config/ZZZ-ENTRANCE.yaml: centre-code: ZZZ is not the code of any centre");
    }

    @Test
    void listsEveryProblemOfEveryFileAtOnce() throws IOException {
        write("A1.yaml", "kiosk-code: A1\ncentre-code: KJY\nidle-timeout: 1s\nsounds: maybe\n");
        write("A2.yaml", "kiosk-code: A2\ncentre-code: KJY\nmodes: [dance]\n");
        write("A3.yaml", "kiosk-code: A3\ncentre-code: KJY\n");

        var reading = read();

        assertThat(reading.problems()).hasSize(3);
        assertThat(reading.profiles()).extracting(KioskProfile::kioskCode).containsExactly("A3");
    }

    @Test
    void readsOnlyYamlFiles() throws IOException {
        write("KJY-ENTRANCE.yaml", MINIMAL);
        write("README.md", "# kiosks\n");
        write("launch-kiosk.sh", "#!/bin/bash\n");
        write(".KJY-ENTRANCE.yaml.swp", "binary");
        write(".#KJY-ENTRANCE.yaml", "lock");

        assertThat(read().profiles()).hasSize(1);
    }

    @Test
    void readsTheShippedDemoProfiles() {
        var reading = KioskProfileReader.read(Path.of("kiosk-config"), DIR);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.profiles()).extracting(KioskProfile::kioskCode)
                .containsExactly("GXQ-ENTRANCE", "KJY-ENTRANCE", "NTC-ENTRANCE", "TL-ENTRANCE");
        assertThat(KioskProfileReader.unknownCentres(reading.centres(), Set.of("KJY", "GXQ", "NTC", "TL")::contains))
                .isEmpty();
    }

    private KioskProfileReader.Reading read() {
        return KioskProfileReader.read(dir, DIR);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
