package id.go.banggaikab.rekap.submission;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Predikat;
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
    @ValueSource(strings = {"dua belas", "12 orang", "1.23.4", "1,2,3", "12..5", "n/a"})
    void shouldRefuseTextThatIsNoNumber(String text) {
        assertThat(ValueParser.number(text).error()).isEqualTo("Teks \"" + text + "\" bukan angka");
    }

    @ParameterizedTest
    @CsvSource({"A, A", "aa, AA", "' BB ', BB", "Predikat B, B", "\"CC\", CC"})
    void shouldParseGrades(String text, Predikat expected) {
        assertThat(ValueParser.predikat(new CellValue(CellValue.Kind.TEXT, null, text, false, text)).predikat())
                .isEqualTo(expected);
    }
}
