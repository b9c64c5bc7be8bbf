package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A logged message stays one line: breaks and control characters in what it quotes are written as escapes. */
class OneLineMessageTest {

    @Test
    void shouldWriteLineBreaksAndControlCharactersAsEscapes() {
        assertThat(OneLineMessage.escape("Dibaca: a\nb\r\nc\u001B[31md\u2028e.xlsx")).isEqualTo(
                "Dibaca: a\\nb\\r\\nc\\u001B[31md\\u2028e.xlsx");
    }

    @Test
    void shouldLeaveAPlainMessageAndItsTabsAsTheyAre() {
        String plain = "Dibaca: 2026/TW1/Seksi Kewirausahaan.xlsx\t— 3 baris diterima";
        assertThat(OneLineMessage.escape(plain)).isSameAs(plain);
        assertThat(OneLineMessage.escape(null)).isNull();
    }
}
