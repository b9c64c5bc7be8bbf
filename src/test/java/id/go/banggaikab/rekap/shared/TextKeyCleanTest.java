package id.go.banggaikab.rekap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextKeyCleanTest {

    /** Letters, every kind of whitespace the cleaning knows, controls strip() removes, non-ASCII spaces and marks. */
    private static final char[] ALPHABET = {'a', 'B', '1', '.', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u001C',
        '\u001F', '\u0001', '\u007F', '\u00A0', '\u2007', '\u202F', 'é', 'ﬁ', '\u2028'};

    @Test
    void textTakenAsAlreadyCleanIsExactlyWhatCleaningGivesBack() {
        Random random = new Random(24);
        int taken = 0;
        for (int n = 0; n < 300_000; n++) {
            char[] chars = new char[random.nextInt(9)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            String text = new String(chars);
            String slow = TextKey.cleaned(text);
            if (TextKey.alreadyClean(text)) {
                taken++;
                assertThat(slow).as("%s", text.chars().boxed().toList()).isEqualTo(text);
            }
            assertThat(TextKey.clean(text)).isEqualTo(slow);
        }
        assertThat(taken).isGreaterThan(1_000);
    }

    @Test
    void ordinaryCellsOfAFormTakeTheShortWayAndMessyOnesAreCleaned() {
        for (String cell : new String[] {"", "KADIS-01", "Realisasi TW II (s.d.)", "12,5", "Seksi Kewirausahaan"}) {
            assertThat(TextKey.alreadyClean(cell)).as(cell).isTrue();
            assertThat(TextKey.clean(cell)).isSameAs(cell);
        }
        assertThat(TextKey.alreadyClean(" Seksi")).isFalse();
        assertThat(TextKey.alreadyClean("Seksi\u001F")).isFalse();
        assertThat(TextKey.alreadyClean("Seksi  Usaha")).isFalse();
        assertThat(TextKey.alreadyClean("Seksi\u00A0Usaha")).isFalse();
        assertThat(TextKey.clean("  Seksi\u00A0\n Usaha\t ")).isEqualTo("Seksi Usaha");
        assertThat(TextKey.clean("ﬁnal")).isEqualTo("final");
    }
}
