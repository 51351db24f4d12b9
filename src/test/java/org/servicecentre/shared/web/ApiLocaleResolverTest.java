package org.servicecentre.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.servicecentre.shared.Languages;

class ApiLocaleResolverTest {

    @Test
    void speaksChineseUnlessTheClientPrefersEnglish() {
        assertThat(ApiLocaleResolver.resolve(null)).isEqualTo(Languages.CHINESE);
        assertThat(ApiLocaleResolver.resolve("")).isEqualTo(Languages.CHINESE);
        assertThat(ApiLocaleResolver.resolve("en")).isEqualTo(Languages.ENGLISH);
        assertThat(ApiLocaleResolver.resolve("en-US,en;q=0.9,zh-CN;q=0.8")).isEqualTo(Languages.ENGLISH);
        assertThat(ApiLocaleResolver.resolve("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Languages.CHINESE);
        assertThat(ApiLocaleResolver.resolve("fr-FR,en;q=0.5")).isEqualTo(Languages.ENGLISH);
        assertThat(ApiLocaleResolver.resolve("fr-FR")).isEqualTo(Languages.CHINESE);
    }

    @Test
    void treatsAnUnreadableHeaderAsNoPreference() {
        assertThat(ApiLocaleResolver.resolve(";;q=banana")).isEqualTo(Languages.CHINESE);
    }
}
