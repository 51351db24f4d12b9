package org.servicecentre.checkin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.servicecentre.checkin.KioskProfile.Mode;
import org.servicecentre.shared.Languages;

/**
 * Reads the kiosk profiles of a directory strictly: every problem of every file is collected, each naming the file,
 * the key and what is wrong, so that one start-up shows the whole list to fix.
 */
final class KioskProfileReader {

    static final Duration MIN_IDLE_TIMEOUT = Duration.ofSeconds(10);
    static final Duration MAX_IDLE_TIMEOUT = Duration.ofMinutes(30);
    static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    static final List<Locale> DEFAULT_LANGUAGES = Languages.SUPPORTED;
    static final Set<Mode> DEFAULT_MODES = EnumSet.of(Mode.CHECK_IN, Mode.WALK_IN, Mode.FEEDBACK);
    static final int MAX_CODE_LENGTH = 40;

    static final String KIOSK_CODE = "kiosk-code";
    static final String CENTRE_CODE = "centre-code";
    static final String LANGUAGES = "languages";
    static final String MODES = "modes";
    static final String IDLE_TIMEOUT = "idle-timeout";
    static final String CAMERA = "camera";
    static final String HARDWARE_SCANNER = "hardware-scanner";
    static final String SOUNDS = "sounds";
    static final String LARGE_TEXT = "large-text";
    static final List<String> KEYS = List.of(KIOSK_CODE, CENTRE_CODE, LANGUAGES, MODES, IDLE_TIMEOUT, CAMERA,
            HARDWARE_SCANNER, SOUNDS, LARGE_TEXT);
    static final List<String> CAMERA_KEYS = List.of("enabled", "device");

    static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    static final Pattern SECONDS = Pattern.compile("(\\d{1,9})\\s*s?");
    static final Pattern MINUTES = Pattern.compile("(\\d{1,9})\\s*(m|min)");
    /** Hidden files (editors' backups and locks) are not profiles. */
    private static final Pattern PROFILE_FILE = Pattern.compile("(?i)[^.].*\\.(yaml|yml)");

    /** A profile and the file it came from, as problems name it. */
    record Source(String file, KioskProfile profile) {
    }

    /** A well-written centre code of a file, whether or not the rest of the file read cleanly. */
    record CentreReference(String file, String centreCode) {
    }

    /**
     * What a directory held: the profiles that read cleanly, the centre codes of every file (to check them all, even
     * in files with other problems), and every problem found.
     */
    record Reading(List<Source> sources, List<CentreReference> centres, List<String> problems) {

        List<KioskProfile> profiles() {
            return sources.stream().map(Source::profile).toList();
        }
    }

    private KioskProfileReader() {
    }

    /**
     * Reads every {@code .yaml}/{@code .yml} file of {@code dir}; {@code shownDir} is how problems name the directory
     * (as configured, so that the message matches what the operator wrote).
     */
    static Reading read(Path dir, String shownDir) {
        var sources = new ArrayList<Source>();
        var centres = new ArrayList<CentreReference>();
        var problems = new ArrayList<String>();
        if (!Files.isDirectory(dir)) {
            problems.add(shownDir + ": is not a directory");
            return new Reading(sources, centres, problems);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> PROFILE_FILE.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList()) {
                var check = new KioskProfileFile(shownDir + "/" + file.getFileName(), file);
                check.read().ifPresent(profile -> sources.add(new Source(check.shown, profile)));
                check.centreCode.ifPresent(code -> centres.add(new CentreReference(check.shown, code)));
                problems.addAll(check.problems);
            }
        } catch (IOException e) {
            problems.add(shownDir + ": cannot be read (" + e.getMessage() + ")");
        }
        problems.addAll(duplicates(sources));
        return new Reading(List.copyOf(sources), List.copyOf(centres), List.copyOf(problems));
    }

    /** One problem per file whose centre code names no centre. */
    static List<String> unknownCentres(List<CentreReference> references, Predicate<String> centreExists) {
        return references.stream()
                .filter(reference -> !centreExists.test(reference.centreCode()))
                .map(reference -> reference.file() + ": " + CENTRE_CODE + ": " + reference.centreCode()
                        + " is not the code of any centre")
                .toList();
    }

    private static List<String> duplicates(List<Source> sources) {
        var first = new HashMap<String, Source>();
        var problems = new ArrayList<String>();
        for (Source source : sources) {
            var earlier = first.putIfAbsent(source.profile().kioskCode().toUpperCase(Locale.ROOT), source);
            if (earlier != null) {
                problems.add(source.file() + ": " + KIOSK_CODE + ": " + source.profile().kioskCode()
                        + " is also the code in " + earlier.file());
            }
        }
        return problems;
    }

    /** "90", "90s", "2m", "2min" or an ISO duration ("PT2M"); null when it is none of these. */
    static Duration durationOf(String text) {
        Matcher seconds = SECONDS.matcher(text);
        if (seconds.matches()) {
            return Duration.ofSeconds(Long.parseLong(seconds.group(1)));
        }
        Matcher minutes = MINUTES.matcher(text);
        if (minutes.matches()) {
            return Duration.ofMinutes(Long.parseLong(minutes.group(1)));
        }
        if (text.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
