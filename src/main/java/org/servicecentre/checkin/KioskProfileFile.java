package org.servicecentre.checkin;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.servicecentre.checkin.KioskProfile.Camera;
import org.servicecentre.checkin.KioskProfile.Mode;
import org.servicecentre.shared.Languages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import static org.servicecentre.checkin.KioskProfileReader.*;

/** The reading of one kiosk profile file: parses it and checks each key, noting problems instead of stopping at the first. */
final class KioskProfileFile {

    final String shown;
    private final Path file;
    final List<String> problems = new ArrayList<>();
    Optional<String> centreCode = Optional.empty();

    KioskProfileFile(String shown, Path file) {
        this.shown = shown;
        this.file = file;
    }

    Optional<KioskProfile> read() {
        Object document;
        try {
            document = yaml().load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            return fail("is not UTF-8 text");
        } catch (IOException e) {
            return fail("cannot be read (" + e.getMessage() + ")");
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            return fail("is not valid YAML: " + e.getProblem()
                    + (mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")"));
        } catch (YAMLException e) {
            return fail("is not valid YAML: " + e.getMessage());
        }
        if (document == null) {
            return fail("is empty; a profile needs at least " + KIOSK_CODE + " and " + CENTRE_CODE);
        }
        if (!(document instanceof Map<?, ?> map)) {
            return fail("must be a mapping of keys to values, found " + kindOf(document));
        }
        return profileOf(map);
    }

    private Optional<KioskProfile> profileOf(Map<?, ?> map) {
        unknownKeys("", map, KEYS);
        var kioskCode = code(map, KIOSK_CODE);
        kioskCode.ifPresent(this::matchesFileName);
        centreCode = code(map, CENTRE_CODE);
        var languages = languages(map);
        var modes = modes(map);
        var idleTimeout = idleTimeout(map);
        var camera = camera(map);
        boolean hardwareScanner = flag(map, "", HARDWARE_SCANNER, true);
        boolean sounds = flag(map, "", SOUNDS, true);
        boolean largeText = flag(map, "", LARGE_TEXT, false);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KioskProfile(kioskCode.orElseThrow(), centreCode.orElseThrow(), languages, modes,
                idleTimeout, camera, hardwareScanner, sounds, largeText));
    }

    private void unknownKeys(String prefix, Map<?, ?> map, List<String> allowed) {
        map.keySet().stream()
                .filter(key -> !allowed.contains(key))
                .forEach(key -> problem(prefix + key, "is not a known key (known keys: "
                        + String.join(", ", allowed) + ")"));
    }

    private Optional<String> code(Map<?, ?> map, String key) {
        if (!map.containsKey(key)) {
            problem(key, "is missing");
            return Optional.empty();
        }
        var value = map.get(key);
        if (!(value instanceof String code)) {
            problem(key, "must be text, found " + kindOf(value));
            return Optional.empty();
        }
        if (code.length() > MAX_CODE_LENGTH || !CODE.matcher(code).matches()) {
            problem(key, code + " is not a code: use capital letters A-Z, digits and single hyphens, at most "
                    + MAX_CODE_LENGTH + " characters");
            return Optional.empty();
        }
        return Optional.of(code);
    }

    private void matchesFileName(String kioskCode) {
        var name = file.getFileName().toString();
        var base = name.substring(0, name.lastIndexOf('.'));
        if (!base.equals(kioskCode)) {
            problem(KIOSK_CODE, kioskCode + " differs from the file name " + name
                    + " (name the file " + kioskCode + ".yaml, or change the code)");
        }
    }

    private List<Locale> languages(Map<?, ?> map) {
        var tags = texts(map, LANGUAGES);
        if (tags == null) {
            return DEFAULT_LANGUAGES;
        }
        var supported = Languages.SUPPORTED.stream().collect(Collectors.toMap(Languages::tagOf, l -> l,
                (a, b) -> a, LinkedHashMap::new));
        var languages = new ArrayList<Locale>();
        for (String tag : tags) {
            var match = supported.keySet().stream().filter(tag::equalsIgnoreCase).findFirst().map(supported::get);
            if (match.isEmpty()) {
                problem(LANGUAGES, tag + " is not a language the app speaks (languages: "
                        + String.join(", ", supported.keySet()) + ")");
            } else if (languages.contains(match.get())) {
                problem(LANGUAGES, tag + " is listed twice");
            } else {
                languages.add(match.get());
            }
        }
        return languages;
    }

    private Set<Mode> modes(Map<?, ?> map) {
        var keys = texts(map, MODES);
        if (keys == null) {
            return DEFAULT_MODES;
        }
        var modes = EnumSet.noneOf(Mode.class);
        for (String key : keys) {
            var mode = Mode.ofKey(key);
            if (mode.isEmpty()) {
                problem(MODES, key + " is not a mode (modes: " + Stream.of(Mode.values()).map(Mode::key)
                        .collect(Collectors.joining(", ")) + ")");
            } else if (!modes.add(mode.get())) {
                problem(MODES, key + " is listed twice");
            }
        }
        return modes;
    }

    /** The texts of a list key; null when the key is absent (the default applies), empty after a problem. */
    private List<String> texts(Map<?, ?> map, String key) {
        if (!map.containsKey(key)) {
            return null;
        }
        var value = map.get(key);
        if (!(value instanceof List<?> list)) {
            problem(key, "must be a list such as [a, b], found " + kindOf(value));
            return List.of();
        }
        if (list.isEmpty()) {
            problem(key, "is empty; list at least one, or leave the key out for the default");
            return List.of();
        }
        var texts = new ArrayList<String>();
        for (Object item : list) {
            if (item instanceof String text) {
                texts.add(text);
            } else {
                problem(key, "every entry must be text, found " + kindOf(item));
            }
        }
        return texts;
    }

    private Duration idleTimeout(Map<?, ?> map) {
        if (!map.containsKey(IDLE_TIMEOUT)) {
            return DEFAULT_IDLE_TIMEOUT;
        }
        var value = map.get(IDLE_TIMEOUT);
        String written;
        Duration timeout;
        if (value instanceof Integer seconds) {
            written = seconds + "s";
            timeout = Duration.ofSeconds(seconds);
        } else if (value instanceof String text) {
            written = text;
            timeout = durationOf(text.trim());
            if (timeout == null) {
                problem(IDLE_TIMEOUT, text + " is not a duration (write seconds such as 90 or 90s, minutes such"
                        + " as 2m, or ISO-8601 such as PT90S)");
                return DEFAULT_IDLE_TIMEOUT;
            }
        } else {
            problem(IDLE_TIMEOUT, "must be a duration such as 90s, 2m or PT90S, found " + kindOf(value));
            return DEFAULT_IDLE_TIMEOUT;
        }
        if (timeout.compareTo(MIN_IDLE_TIMEOUT) < 0) {
            problem(IDLE_TIMEOUT, written + " is below the minimum of " + MIN_IDLE_TIMEOUT.toSeconds() + "s");
        } else if (timeout.compareTo(MAX_IDLE_TIMEOUT) > 0) {
            problem(IDLE_TIMEOUT, written + " is above the maximum of " + MAX_IDLE_TIMEOUT.toMinutes() + "m");
        }
        return timeout;
    }

    private Camera camera(Map<?, ?> map) {
        if (!map.containsKey(CAMERA)) {
            return new Camera(true, Camera.FRONT);
        }
        var value = map.get(CAMERA);
        if (!(value instanceof Map<?, ?> camera)) {
            problem(CAMERA, "must be a mapping with enabled and device (see the README), found " + kindOf(value));
            return new Camera(true, Camera.FRONT);
        }
        unknownKeys(CAMERA + ".", camera, CAMERA_KEYS);
        boolean enabled = flag(camera, CAMERA + ".", "enabled", true);
        String device = Camera.FRONT;
        if (camera.containsKey("device")) {
            var written = camera.get("device");
            if (!(written instanceof String text) || text.isBlank()) {
                problem(CAMERA + ".device", "must be front, back or text from the camera's device label, found "
                        + kindOf(written));
            } else if (text.length() > 100) {
                problem(CAMERA + ".device", "is longer than 100 characters");
            } else {
                device = text.strip();
            }
        }
        return new Camera(enabled, device);
    }

    private boolean flag(Map<?, ?> map, String prefix, String key, boolean fallback) {
        if (!map.containsKey(key)) {
            return fallback;
        }
        var value = map.get(key);
        if (value instanceof Boolean flag) {
            return flag;
        }
        problem(prefix + key, "must be true or false (on/off), found " + kindOf(value));
        return fallback;
    }

    private static String kindOf(Object value) {
        return switch (value) {
            case null -> "nothing";
            case String text -> text.isBlank() ? "blank text" : "the text \"" + text + "\"";
            case Boolean flag -> "the flag " + flag;
            case Number number -> "the number " + number;
            case List<?> list -> "a list";
            case Map<?, ?> map -> "a mapping";
            default -> "a " + value.getClass().getSimpleName();
        };
    }

    private void problem(String key, String what) {
        problems.add(shown + ": " + key + ": " + what);
    }

    private Optional<KioskProfile> fail(String what) {
        problems.add(shown + ": " + what);
        return Optional.empty();
    }

    private static Yaml yaml() {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(64 * 1024);
        return new Yaml(new SafeConstructor(options));
    }
}
