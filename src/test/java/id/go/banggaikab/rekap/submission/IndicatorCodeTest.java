package id.go.banggaikab.rekap.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IndicatorCodeTest {

    private static final char[] ALPHABET = {'K', 'a', 'd', '0', '1', '-', '-', ' ', '.', '_', '\u2013', '\u2014', '\t',
        '\u00A0', 'é', 'ß', '/'};

    @Test
    void aCodeIsNormalisedExactlyAsTheSeparatorPatternDoesWhetherOrNotItTakesTheShortWay() {
        Random random = new Random(24);
        int shortWay = 0;
        for (int n = 0; n < 200_000; n++) {
            char[] chars = new char[random.nextInt(10)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String code = new String(chars);
            String upper = code.strip().toUpperCase(Locale.ROOT);
            String expected = upper.replaceAll("[\\s_.\u2013\u2014-]+", "-");
            assertThat(IndicatorMatcher.normalisedCode(code)).as(code).isEqualTo(expected);
            if (expected.equals(upper)) {
                shortWay++;
            }
        }
        assertThat(shortWay).isGreaterThan(1_000);
    }

    @Test
    void codesAsFormsTypeThemBecomeTheCataloguesSpelling() {
        assertThat(IndicatorMatcher.normalisedCode("KADIS-01")).isEqualTo("KADIS-01");
        assertThat(IndicatorMatcher.normalisedCode(" kabid_kp.01 ")).isEqualTo("KABID-KP-01");
        assertThat(IndicatorMatcher.normalisedCode("KADIS -- 01")).isEqualTo("KADIS-01");
        assertThat(IndicatorMatcher.normalisedCode("kadis\u201301")).isEqualTo("KADIS-01");
    }
}
