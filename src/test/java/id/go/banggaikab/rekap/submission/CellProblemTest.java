package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import static id.go.banggaikab.rekap.submission.ReaderFixture.COLUMNS;
import static id.go.banggaikab.rekap.submission.ReaderFixture.kwuForm;
import static id.go.banggaikab.rekap.submission.ReaderFixture.problems;
import static id.go.banggaikab.rekap.submission.ReaderFixture.reader;
import static id.go.banggaikab.rekap.submission.ReaderFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cell that cannot be used is refused with file, sheet, cell and value; the rest of the file is still read. */
class CellProblemTest {

    private static final String FILE = "kwu.xlsx";
    private static final String KWU_NAME = "Seksi Peningkatan Kualitas Kewirausahaan";

    @TempDir
    Path input;

    private Submission read(FormBuilder form) {
        return reader().read(form.writeTo(input.resolve(FILE)), input);
    }

    /** A form whose second row is the one under test; the first row must always survive. */
    private FormBuilder formWith(Object... secondRow) {
        return kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 11).row(secondRow);
    }

    @Test
    void shouldRefuseTextThatIsNoNumber() {
        FormBuilder form = formWith(2, null, null, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", null,
                null, "dua belas");

        Submission s = read(form);

        assertThat(s.problems()).containsExactly(Problem.cell(FILE, "Realisasi", form.cell(1, "Realisasi"),
                "dua belas", "Teks \"dua belas\" bukan angka; tulis angka saja, mis. 12"));
        assertThat(s.rows()).extracting(ReadRow::indicatorCode).containsExactly("KASI-KWU-01");
    }

    @Test
    void shouldRefuseNegativeCount() {
        FormBuilder form = formWith(2, null, null, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", null,
                null, -3);

        Submission s = read(form);

        assertThat(s.problems()).containsExactly(Problem.cell(FILE, "Realisasi", form.cell(1, "Realisasi"), "-3",
                "Jumlah tidak boleh negatif"));
        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(11.0);
    }

    @Test
    void shouldRefuseNumeratorAboveDenominatorWhenRatioCannotExceedHundred() {
        FormBuilder form = formWith(2, null, null, "Persentase Usaha Mikro yang Dilatih", null, null, null, 70, 50);

        Submission s = read(form);

        assertThat(s.problems()).containsExactly(Problem.cell(FILE, "Realisasi", form.cell(1, "Pembilang"), "70",
                "Pembilang (70) lebih besar dari penyebut (50); persentase indikator ini tidak mungkin lebih dari 100"));
        assertThat(s.rows()).extracting(ReadRow::indicatorCode).containsExactly("KASI-KWU-01");
    }

    @Test
    void shouldRefuseZeroDenominator() {
        FormBuilder form = formWith(2, null, null, "Persentase Usaha Mikro yang Dilatih", null, null, null, 0, 0);

        Submission s = read(form);

        assertThat(s.problems()).containsExactly(Problem.cell(FILE, "Realisasi", form.cell(1, "Penyebut"), "0",
                "Penyebut nol; persentase tidak dapat dihitung"));
    }

    @Test
    void shouldWarnAndUseComputedValueWhenTypedRealisationDisagreesWithParts() {
        FormBuilder form = formWith(2, null, null, "Persentase Usaha Mikro yang Dilatih", null, null, 70, 7, 12);

        Submission s = read(form);

        assertThat(row(s, "KABID-PUM-02").value()).isEqualTo(7.0 / 12 * 100);
        assertThat(s.problems()).containsExactly(Problem.warning(FILE, "Realisasi", form.cell(1, "Realisasi"), "70",
                "Realisasi tertulis 70 tidak sesuai pembilang/penyebut (7 / 12 x 100 = 58,33); dipakai 58,33"));
    }

    @Test
    void shouldAcceptTypedRealisationThatOnlyDiffersByRounding() {
        FormBuilder form = formWith(2, null, null, "Persentase Usaha Mikro yang Dilatih", null, null, "58,3", 7, 12);

        Submission s = read(form);

        assertThat(s.problems()).isEmpty();
        assertThat(row(s, "KABID-PUM-02").numerator()).isEqualTo(7.0);
    }

    @Test
    void shouldRefuseUnknownIndicatorThatCarriesFigures() {
        FormBuilder form = formWith(2, null, null, "Jumlah Kunjungan Lapangan", null, null, 4);

        Submission s = read(form);

        assertThat(s.problems()).containsExactly(Problem.cell(FILE, "Realisasi", form.cell(1, "Indikator Kinerja"),
                "Jumlah Kunjungan Lapangan", "Indikator tidak dikenal untuk unit " + KWU_NAME));
    }

    @Test
    void shouldRefuseSecondMentionOfTheSameIndicator() {
        FormBuilder form = formWith(2, null, null, "Jumlah peserta pelatihan usaha mikro", null, null, 99);

        Submission s = read(form);

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(11.0);
        assertThat(s.problems()).containsExactly(Problem.cell(FILE, "Realisasi", form.cell(1, "Indikator Kinerja"),
                "Jumlah peserta pelatihan usaha mikro",
                "Indikator KASI-KWU-01 sudah diisi di Realisasi!" + form.cell(0, "Indikator Kinerja")
                        + "; baris ini tidak dibaca"));
    }

    @Test
    void shouldRefuseNonGradeForPredicateIndicator() {
        FormBuilder form = FormBuilder.xlsx().header("Sub Bagian Perencanaan, Evaluasi dan Keuangan", 2026, "IV")
                .columns(COLUMNS)
                .row(1, null, null, "Jumlah Laporan SPJ yang Tepat Waktu", null, null, 12)
                .row(2, null, null, "Nilai Akuntabilitas Kinerja", null, "A", "Baik");

        Submission s = reader().read(form.writeTo(input.resolve("pek.xlsx")), input);

        assertThat(s.problems()).containsExactly(Problem.cell("pek.xlsx", "Realisasi", form.cell(1, "Realisasi"),
                "Baik", "Nilai \"Baik\" bukan predikat (AA, A, BB, B, CC, C, D)"));
        assertThat(row(s, "BEND-PENG-03").value()).isEqualTo(12.0);
    }

    @Test
    void shouldRefuseRatioWithNumeratorButNoDenominator() {
        FormBuilder form = formWith(2, null, null, "Persentase Usaha Mikro yang Dilatih", null, null, null, 7, null);

        Submission s = read(form);

        assertThat(problems(s, Severity.SEL_DITOLAK)).extracting(Problem::cell, Problem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(form.cell(1, "Penyebut"),
                        "Penyebut kosong; indikator rasio perlu pembilang dan penyebut"));
    }
}
