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

/** Figures typed the way offices type them: with "Rp", a unit word, or "nihil" for nothing. */
class TolerantValuesTest {

    private static final String FILE = "kwu.xlsx";

    @TempDir
    Path input;

    private Submission read(FormBuilder form) {
        return reader().read(form.writeTo(input.resolve(FILE)), input);
    }

    private static FormBuilder kwuRows() {
        return kwuForm()
                .row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", "Orang", 40, "45 orang")
                .row(2, null, null, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", "Dokumen", 4, "nihil")
                .row(3, null, null, "Persentase Usaha Mikro yang Dilatih", "%", 25, null, "25 UM",
                        "100 usaha mikro");
    }

    @Test
    void shouldReadFiguresWithUnitWordsAndNihilInsteadOfRefusingThem() {
        Submission s = read(kwuRows());

        assertThat(problems(s, Severity.SEL_DITOLAK)).isEmpty();
        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(45.0);
        assertThat(row(s, "PD-KWU-01").value()).isEqualTo(0.0);
        assertThat(row(s, "KABID-PUM-02").numerator()).isEqualTo(25.0);
        assertThat(row(s, "KABID-PUM-02").denominator()).isEqualTo(100.0);
        assertThat(row(s, "KABID-PUM-02").value()).isEqualTo(25.0);
    }

    @Test
    void shouldReadRupiahInAVolumeOfBusinessRow() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Fasilitasi Usaha Koperasi", 2026, "II")
                .columns(COLUMNS).row(1, null, null, "Persentase Volume Usaha Koperasi yang Berkembang", "%", null,
                        null, "Rp 2.150.000.000", "Rp. 2.000.000.000,-");

        Submission s = read(form);

        assertThat(problems(s, Severity.SEL_DITOLAK)).isEmpty();
        assertThat(row(s, "KABID-PPK-01").numerator()).isEqualTo(2_150_000_000.0);
        assertThat(row(s, "KABID-PPK-01").denominator()).isEqualTo(2_000_000_000.0);
    }

    @Test
    void shouldTreatBelumAdaAsNotReportedNotZero() {
        FormBuilder form = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", "Orang", 40,
                "belum ada");

        Submission s = read(form);

        assertThat(problems(s, Severity.SEL_DITOLAK)).isEmpty();
        assertThat(row(s, "KASI-KWU-01").value()).isNull();
    }

    @Test
    void shouldStillRefuseWordsThatAreNoNumberWithAHint() {
        FormBuilder form = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", "Orang", 40,
                "dua belas orang");

        Submission s = read(form);

        assertThat(problems(s, Severity.SEL_DITOLAK)).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo(form.cell(0, "Realisasi"));
            assertThat(p.reason()).isEqualTo("Teks \"dua belas orang\" bukan angka; tulis angka saja, mis. 12");
        });
    }

    @Test
    void shouldReportEveryTolerantlyReadFigureAsCorrection() {
        FormBuilder form = kwuRows();

        Submission s = read(form);

        assertThat(problems(s, Severity.KOREKSI)).extracting(Problem::cell, Problem::value, Problem::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(form.cell(0, "Realisasi"), "45 orang",
                                "Dibaca 45; satuan \"orang\" diabaikan, cukup tulis angkanya"),
                        org.assertj.core.groups.Tuple.tuple(form.cell(1, "Realisasi"), "nihil",
                                "Teks \"nihil\" dibaca 0"),
                        org.assertj.core.groups.Tuple.tuple(form.cell(2, "Pembilang"), "25 UM",
                                "Dibaca 25; satuan \"UM\" diabaikan, cukup tulis angkanya"),
                        org.assertj.core.groups.Tuple.tuple(form.cell(2, "Penyebut"), "100 usaha mikro",
                                "Dibaca 100; satuan \"usaha mikro\" diabaikan, cukup tulis angkanya"));
    }
}
