package id.go.banggaikab.rekap.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The keys every matcher compares by, against the plain regex definition they were first written as. */
class TextKeysTest {

    private static final String ALPHABET = "aZ09 .,;:-/()%&\t\n\r\u000B\f\u00A0\u2007\u202F\u2028\u3000Σσ∑"
            + "\\sum éÉñ²½ⅣＡ１漢字\u0301\u200Bİı";

    private static String regexClean(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
        return t.replaceAll("\\s+", " ").strip();
    }

    private static String regexKey(String text) {
        String t = regexClean(text).toLowerCase(Locale.ROOT).replace("\\sum", " jumlah ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            out.append(c == '\u03A3' || c == '\u03C3' || c == '\u2211' ? " jumlah " : String.valueOf(c));
        }
        return out.toString().replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    @Test
    void shouldCleanAndKeyExactlyAsTheRegularExpressionsDid() {
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                s.append(random.nextInt(40) == 0 ? "\uD83D\uDE00" : String.valueOf(ALPHABET.charAt(
                        random.nextInt(ALPHABET.length()))));
            }
            String text = s.toString();
            assertThat(TextKeys.clean(text)).as("clean of %s", text).isEqualTo(regexClean(text));
            assertThat(TextKeys.key(text)).as("key of %s", text).isEqualTo(regexKey(text));
        }
    }
}
