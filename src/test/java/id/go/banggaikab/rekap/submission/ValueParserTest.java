package id.go.banggaikab.rekap.submission;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.spreadsheet.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The office's number rules, one case per way of writing a figure. */
class ValueParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12|12", " 12 |12", "1.234|1234", "1.234.567|1234567", "1.234,5|1234.5", "1,234.5|1234.5",
            "1,234,567|1234567", "85,5|85.5", "85.5|85.5", "85%|85", "85,5 %|85.5", "0,5|0.5", "0.500|0.5",
            "12.50|12.5", "-3|-3", "1\u00A0234|1234"})
    void shouldParseNumbersWrittenAsText(String text, double expected) {
        assertThat(ValueParser.number(text).number()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", " - ", "–", ""})
    void shouldTreatDashAndEmptyAsNotReported(String text) {
        ValueParser.Parsed p = ValueParser.number(text);
        assertThat(p.present()).isFalse();
        assertThat(p.failed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dua belas", "1.23.4", "1,2,3", "12..5", "n/a", "2,5 juta", "12 ekor", "Rp",
            "85% peserta", "tidak tahu", "1.23.4 orang", "Rp 1.23.4"})
    void shouldRefuseTextThatIsNoNumberAndSayHowToWriteIt(String text) {
        assertThat(ValueParser.number(text).error())
                .isEqualTo("Teks \"" + text + "\" bukan angka; tulis angka saja, mis. 12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rp 2.150.000.000|2150000000|Dibaca 2.150.000.000; \"Rp\" diabaikan, cukup tulis angkanya",
            "Rp. 2.150.000|2150000|Dibaca 2.150.000; \"Rp.\" diabaikan, cukup tulis angkanya",
            "Rp2.150.000,-|2150000|Dibaca 2.150.000; \"Rp\" diabaikan, cukup tulis angkanya",
            "rp 1.500.000,50|1500000.5|Dibaca 1.500.000,5; \"rp\" diabaikan, cukup tulis angkanya",
            "45 orang|45|Dibaca 45; satuan \"orang\" diabaikan, cukup tulis angkanya",
            "12 org|12|Dibaca 12; satuan \"org\" diabaikan, cukup tulis angkanya",
            "12 org.|12|Dibaca 12; satuan \"org\" diabaikan, cukup tulis angkanya",
            "5 dokumen|5|Dibaca 5; satuan \"dokumen\" diabaikan, cukup tulis angkanya",
            "12 koperasi|12|Dibaca 12; satuan \"koperasi\" diabaikan, cukup tulis angkanya",
            "3 Laporan|3|Dibaca 3; satuan \"Laporan\" diabaikan, cukup tulis angkanya",
            "8 kemitraan|8|Dibaca 8; satuan \"kemitraan\" diabaikan, cukup tulis angkanya",
            "25 UM|25|Dibaca 25; satuan \"UM\" diabaikan, cukup tulis angkanya",
            "25 usaha mikro|25|Dibaca 25; satuan \"usaha mikro\" diabaikan, cukup tulis angkanya",
            "10 peserta|10|Dibaca 10; satuan \"peserta\" diabaikan, cukup tulis angkanya",
            "1.250 orang|1250|Dibaca 1.250; satuan \"orang\" diabaikan, cukup tulis angkanya",
            "1,5 dokumen|1.5|Dibaca 1,5; satuan \"dokumen\" diabaikan, cukup tulis angkanya",
            "Rp 2.000.000 rupiah|2000000|Dibaca 2.000.000; \"Rp\" dan \"rupiah\" diabaikan, cukup tulis angkanya"})
    void shouldReadFiguresWithCurrencyOrUnitAsCorrection(String text, double expected, String note) {
        ValueParser.Parsed p = ValueParser.number(text);

        assertThat(p.number()).isEqualTo(expected);
        assertThat(p.failed()).isFalse();
        assertThat(p.correction()).isEqualTo(note);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12|12", "1.234,5|1234.5", "85%|85"})
    void shouldNotReportPlainFiguresAsCorrections(String text, double expected) {
        assertThat(ValueParser.number(text)).isEqualTo(ValueParser.Parsed.of(expected));
    }

    @Test
    void shouldAcceptTheIndicatorsOwnSatuanEvenWhenNotACommonUnit() {
        assertThat(ValueParser.number("7 sertifikat").failed()).isTrue();

        ValueParser.Parsed p = ValueParser.number(new CellValue(CellValue.Kind.TEXT, null, "7 Sertifikat", false,
                "7 Sertifikat"), "Sertifikat");

        assertThat(p.number()).isEqualTo(7.0);
        assertThat(p.correction()).isEqualTo("Dibaca 7; satuan \"Sertifikat\" diabaikan, cukup tulis angkanya");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nihil", "Nihil", "NIHIL.", "nol", "tidak ada", "Tidak Ada"})
    void shouldReadWordsForNothingAsZeroAndSaySo(String text) {
        ValueParser.Parsed p = ValueParser.number(text);

        assertThat(p.number()).isEqualTo(0.0);
        assertThat(p.correction()).isEqualTo("Teks \"" + text + "\" dibaca 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"belum", "belum ada", "Belum Ada Data", "tidak ada data"})
    void shouldReadWordsForNotYetAsNotReportedAndSaySo(String text) {
        ValueParser.Parsed p = ValueParser.number(text);

        assertThat(p.present()).isFalse();
        assertThat(p.failed()).isFalse();
        assertThat(p.correction()).isEqualTo("Teks \"" + text + "\" dibaca belum dilaporkan (sama dengan \"-\"), bukan 0");
    }

    @ParameterizedTest
    @CsvSource({"A, A", "aa, AA", "' BB ', BB", "Predikat B, B", "\"CC\", CC"})
    void shouldParseGrades(String text, Predikat expected) {
        assertThat(ValueParser.predikat(new CellValue(CellValue.Kind.TEXT, null, text, false, text)).predikat())
                .isEqualTo(expected);
    }
}
