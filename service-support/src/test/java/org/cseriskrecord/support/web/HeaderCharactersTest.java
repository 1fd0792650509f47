package org.cseriskrecord.support.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop accepts exactly what Spring Security's own header expressions accept: compared on every Unicode code
 * point and on the strings where code points and chars differ (pairs and lone surrogates).
 */
class HeaderCharactersTest {

    @Test
    void every_code_point_is_judged_as_the_firewalls_own_expressions_judge_it() {
        List<String> differences = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "b";
            if (HeaderCharacters.allowedValue(text) != StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(text)) {
                differences.add("value U+" + Integer.toHexString(codePoint));
            }
            if (HeaderCharacters.allowedName(text) != StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(text)) {
                differences.add("name U+" + Integer.toHexString(codePoint));
            }
        }
        assertThat(differences).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwcmFjdGl0aW9uZXIifQ.c2lnbmF0dXJl",
            "a\tb", "\t", "caf\u00e9", "\ud83d\ude1f", "a\ud800", "\ud800a", "\udc00", "\udc00\ud800", "\ud800\ud800",
            "a\u0085b", "\u007f", "\u0000", "line\r\nbreak", "\u2028", "\ufffe", "\uffff", "\u0378"})
    void strings_with_pairs_and_lone_surrogates_are_judged_as_the_firewall_judges_them(String text) {
        assertThat(HeaderCharacters.allowedValue(text)).isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(text));
        assertThat(HeaderCharacters.allowedName(text)).isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(text));
    }

    @Test
    void a_tab_is_allowed_in_a_value_but_not_in_a_name_and_control_characters_in_neither() {
        assertThat(HeaderCharacters.allowedValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.allowedName("a\tb")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\u0007b")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\u0085b")).isFalse();
    }
}
