package org.servicecentre.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.servicecentre.centre.CentreLevel;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.organisation.OrganisationKind;
import org.servicecentre.security.Role;

/**
 * Fails the build when the two bundles drift apart, when code uses a key that no bundle has, or when UI code
 * shows a literal string instead of a translation.
 */
class TranslationBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_IN_CALL = Pattern.compile(
            "\\b(?:getTranslation|translate|t)\\(\\s*(?:[a-zA-Z_.]+,\\s*)?\"([a-z0-9_.-]+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern DOMAIN_CODE = Pattern.compile(
            "new\\s+(?:DomainException|[A-Z][A-Za-z]*Exception)\\(\\s*\"([A-Z][A-Z0-9_]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        var chinese = bundle("zh_CN");
        var english = bundle("en");

        assertThat(difference(chinese.keySet(), english.keySet())).as("keys only in Chinese").isEmpty();
        assertThat(difference(english.keySet(), chinese.keySet())).as("keys only in English").isEmpty();
        assertThat(emptyValues(chinese)).as("empty Chinese texts").isEmpty();
        assertThat(emptyValues(english)).as("empty English texts").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String suffix : List.of("zh_CN", "en")) {
            var seen = new TreeSet<String>();
            var twice = new TreeSet<String>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/vaadin-i18n/translations_" + suffix + ".properties"))) {
                if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
                    continue;
                }
                String key = line.substring(0, line.indexOf('=')).trim();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as("keys defined twice in " + suffix + " (the later one silently wins)").isEmpty();
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        var keys = bundle("zh_CN").keySet();
        var missing = new TreeMap<String, String>();
        for (var file : javaSources()) {
            String source = Files.readString(file);
            Stream.of(KEY_IN_CALL, MENU_TITLE).forEach(pattern -> pattern.matcher(source).results()
                    .map(m -> m.group(1))
                    .filter(key -> key.contains(".") && !key.endsWith("."))
                    .filter(key -> !keys.contains(key))
                    .forEach(key -> missing.put(key, file.toString())));
            DOMAIN_CODE.matcher(source).results()
                    .map(m -> "error." + m.group(1).toLowerCase(Locale.ROOT))
                    .filter(key -> !keys.contains(key))
                    .forEach(key -> missing.put(key, file.toString()));
        }
        assertThat(missing).as("keys used in code but missing from the bundles").isEmpty();
    }

    @Test
    void everyEnumShownOnScreenHasItsTexts() throws IOException {
        var keys = bundle("zh_CN").keySet();
        var expected = new ArrayList<String>();
        for (Role role : Role.values()) {
            expected.add("role." + lower(role));
            expected.add("role." + lower(role) + ".description");
        }
        Stream.of(RegionLevel.values()).forEach(level -> expected.add("region.level." + lower(level)));
        Stream.of(CentreLevel.values()).forEach(level -> expected.add("centre.level." + lower(level)));
        Stream.of(OrganisationKind.values()).forEach(kind -> expected.add("organisation.kind." + lower(kind)));

        assertThat(expected).allMatch(keys::contains, "present in the bundles");
    }

    @Test
    void uiCodeShowsNoLiteralStrings() throws IOException {
        var findings = new TreeMap<String, List<String>>();
        for (var file : javaSources()) {
            var found = VisibleLiteralScanner.scan(Files.readString(file));
            if (!found.isEmpty()) {
                findings.put(file.toString(), found);
            }
        }
        assertThat(findings).as("visible literal strings; use getTranslation(key) instead").isEmpty();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static List<Path> javaSources() throws IOException {
        try (var files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Map<String, String> bundle(String suffix) throws IOException {
        var properties = new Properties();
        String resource = "/vaadin-i18n/translations_" + suffix + ".properties";
        try (var in = TranslationBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var map = new TreeMap<String, String>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static List<String> emptyValues(Map<String, String> bundle) {
        return bundle.entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey).toList();
    }
}
