package org.servicecentre.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MaskingUnitTest {

    @ParameterizedTest
    @CsvSource({
            "张三, 张*",
            "欧阳娜娜, 欧**",
            "李小龙, 李**",
            "张, 张*",
            "阿依古丽·买买提, 阿**",
            "' 王五 ', 王*",
            "张 三, 张*"})
    void keepsTheFirstCharacterOfAChineseNameAndStarsAtMostTwoMore(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"John Smith, J***", "Li, L***", "A, A***", "Élodie, É***"})
    void givesLatinNamesTheirFirstLetterAndThreeStars(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @Test
    void keepsACharacterOutsideTheBasicPlaneWhole() {
        // 𠮷 (U+20BB7) is one character written as two UTF-16 units
        String rare = new String(Character.toChars(0x20BB7));
        assertThat(Masking.name(rare + "野家")).isEqualTo(rare + "**");
        assertThat(Masking.name("吉" + rare)).isEqualTo("吉*");
        assertThat(Masking.name(rare)).isEqualTo(rare + "*");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t\n"})
    void givesNothingForNoNameOrPhone(String blank) {
        assertThat(Masking.name(blank)).isNull();
        assertThat(Masking.phone(blank)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "13812341234, 138****1234",
            "138 1234 1234, 138****1234",
            "138-1234-1234, 138****1234",
            "+86 138 1234 1234, 138****1234",
            "8613812341234, 138****1234"})
    void keepsTheFirstThreeAndLastFourDigitsOfAMainlandMobile(String phone, String masked) {
        assertThat(Masking.phone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({
            "0755-2678-1234, ********1234",
            "26781234, ****1234",
            "12345, ***45",
            "123, **3",
            "12, **",
            "7, *"})
    void keepsAtMostTheLastFourOfOtherNumbersAndNeverHalf(String phone, String masked) {
        assertThat(Masking.phone(phone)).isEqualTo(masked);
    }

    @Test
    void neverReturnsAPhoneNumberOfThreeOrMoreCharactersAsItCame() {
        var random = new Random(5);
        for (int i = 0; i < 5_000; i++) {
            var phone = new StringBuilder();
            int length = 3 + random.nextInt(18);
            for (int j = 0; j < length; j++) {
                phone.append("0123456789+- ".charAt(random.nextInt(13)));
            }
            String input = phone.toString();
            if (input.isBlank()) {
                continue;
            }
            String masked = Masking.phone(input);
            assertThat(masked).as(input).isNotEqualTo(input).isNotEqualTo(input.strip()).contains("*");
        }
    }
}
