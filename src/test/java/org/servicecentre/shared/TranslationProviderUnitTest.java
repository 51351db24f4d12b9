package org.servicecentre.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicecentre.centre.RegionLevel;

class TranslationProviderUnitTest {

    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void showsEnumArgumentsInTheReadersLanguage() {
        assertThat(translations.translate(Languages.CHINESE, "error.region_parent_level", RegionLevel.SHEQU, RegionLevel.STREET))
                .isEqualTo("社区级区域的上级必须是街道级区域。");
        assertThat(translations.translate(Languages.ENGLISH, "error.region_parent_required", RegionLevel.DISTRICT))
                .isEqualTo("Choose the parent region (level District).");
    }

    @Test
    void fallsBackToChineseForLanguagesItDoesNotSpeakAndMarksMissingKeys() {
        assertThat(translations.translate(java.util.Locale.FRENCH, "login.submit")).isEqualTo("登录");
        assertThat(translations.translate(Languages.ENGLISH, "no.such.key")).isEqualTo("!no.such.key");
    }

    @Test
    void derivesEnumKeysFromTheTypeName() {
        assertThat(TranslationProvider.keyOf(RegionLevel.SHEQU)).isEqualTo("region.level.shequ");
    }
}
