package id.go.banggaikab.rekap.submission;

import static id.go.banggaikab.rekap.submission.ReaderFixture.KWU;
import static id.go.banggaikab.rekap.submission.ReaderFixture.reader;
import static id.go.banggaikab.rekap.submission.ReaderFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Evaluasi Renja layout (Permendagri 86/2017): K and Rp under each quarter. K of the form's quarter is the
 * realisation; an Rp amount is kept as money and never becomes a realisation.
 */
class RenjaLayoutTest {

    private static final String[] ABBREVIATED_TOP = {"No", "Indikator Kinerja", "Satuan", "Target", "<",
        "Triwulan I", "<", "Triwulan II", "<", "Triwulan III", "<", "Triwulan IV", "<", "Keterangan"};
    private static final String[] K_RP = {"^", "^", "^", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "^"};

    @TempDir
    Path input;

    private Submission read(FormBuilder form) {
        return reader().read(form.writeTo(input.resolve("renja.xlsx")), input);
    }

    private static void assertNoRupiahAsRealisation(Submission s, double... amounts) {
        for (ReadRow r : s.rows()) {
            for (double a : amounts) {
                assertThat(List.of(Objects.requireNonNullElse(r.value(), -1.0),
                        Objects.requireNonNullElse(r.numerator(), -1.0))).as(r.indicatorCode()).doesNotContain(a);
            }
        }
    }

    @Test
    void shouldReadTheKOfTheFormsQuarterFromTheAbbreviatedTwoRowLayout() {
        FormBuilder form = FormBuilder.xlsx().header(KWU, 2026, "II").blankRow()
                .headerRows(ABBREVIATED_TOP, K_RP)
                .row(1, "Jumlah Peserta Pelatihan Usaha Mikro", "Orang", 100, 50_000_000, 10, 5_000_000, 25,
                        12_500_000, null, null, null, null, "Pelatihan batik")
                .row(2, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", "Dokumen", 12, 3_000_000, 4,
                        1_000_000, null, "Rp 2.150.000,-", null, null, null, null, null);

        Submission s = read(form);

        assertThat(s.problems()).isEmpty();
        ReadRow kasi = row(s, "KASI-KWU-01");
        assertThat(kasi.value()).isEqualTo(25.0);
        assertThat(kasi.cell()).isEqualTo(form.cellAt(0, 7));
        assertThat(kasi.anggaran()).isEqualByComparingTo("12500000");
        assertThat(kasi.keterangan()).isEqualTo("Pelatihan batik");
        ReadRow pd = row(s, "PD-KWU-01");
        assertThat(pd.hasValue()).as("K of TW II is empty; TW I's 4 and the Rp amounts are not it").isFalse();
        assertThat(pd.anggaran()).isEqualByComparingTo("2150000");
        assertNoRupiahAsRealisation(s, 50_000_000, 5_000_000, 12_500_000, 3_000_000, 1_000_000, 2_150_000);
    }

    @Test
    void shouldReadTwHeadingsOverKAndRpToo() {
        String[] top = {"No", "Indikator Kinerja", "TW I", "<", "TW II", "<", "TW III", "<", "TW IV", "<"};
        String[] sub = {"^", "^", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"};
        FormBuilder form = FormBuilder.xlsx().header(KWU, 2026, "I").headerRows(top, sub)
                .row(1, "Jumlah Peserta Pelatihan Usaha Mikro", 10, 5_000_000, 25, 7_000_000, null, null, null, null);

        Submission s = read(form);

        assertThat(s.problems()).isEmpty();
        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(10.0);
        assertThat(row(s, "KASI-KWU-01").anggaran()).isEqualByComparingTo("5000000");
    }

    @Test
    void shouldReadTheFullThreeRowFormUnderRealisasiKinerjaPadaTriwulan() {
        String[] a = {"No", "Indikator Kinerja Program (outcome)/ Kegiatan (output)", "Satuan",
            "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan yang Dievaluasi", "<",
            "Realisasi Kinerja Pada Triwulan", "<", "<", "<", "<", "<", "<", "<",
            "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi", "<",
            "Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s/d dengan Renja Perangkat Daerah Tahun Lalu",
            "<", "Unit Perangkat Daerah Penanggung Jawab", "Ket."};
        String[] b = {"^", "^", "^", "^", "^", "I", "<", "II", "<", "III", "<", "IV", "<", "^", "^", "^", "^", "^",
            "^"};
        String[] c = {"^", "^", "^", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "^",
            "^"};
        FormBuilder form = FormBuilder.xlsx()
                .titleAcross("EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN BANGGAI", 18)
                .header(KWU, 2026, "II").blankRow()
                .headerRows(a, b, c)
                .row(null, "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro", null, null,
                        900_000_000, null, 150_000_000, null, 210_000_000, null, null, null, null, null, 360_000_000,
                        null, 800_000_000, "Bidang PUM", null)
                .row(1, "Jumlah Peserta Pelatihan Usaha Mikro", "Orang", 100, 50_000_000, 10, 5_000_000, 25,
                        "Rp 12.500.000", null, null, null, null, 35, 17_500_000, 80, 45_000_000, "Seksi KWU", "ok")
                .row(2, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", "Dokumen", 12, 3_000_000, 4,
                        1_000_000, null, 2_000_000, null, null, null, null, 4, 3_000_000, 9, 2_500_000, null, null);

        Submission s = read(form);

        assertThat(s.problems()).isEmpty();
        assertThat(s.rows()).extracting(ReadRow::indicatorCode).containsExactly("KASI-KWU-01", "PD-KWU-01");
        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(25.0);
        assertThat(row(s, "KASI-KWU-01").cell()).isEqualTo(form.cellAt(1, 7));
        assertThat(row(s, "KASI-KWU-01").anggaran()).isEqualByComparingTo("12500000");
        assertThat(row(s, "KASI-KWU-01").keterangan()).isEqualTo("ok");
        assertThat(row(s, "PD-KWU-01").hasValue()).isFalse();
        assertThat(row(s, "PD-KWU-01").anggaran()).isEqualByComparingTo("2000000");
        assertNoRupiahAsRealisation(s, 50_000_000, 5_000_000, 12_500_000, 17_500_000, 45_000_000, 2_000_000,
                3_000_000, 1_000_000, 2_500_000);
    }

    @Test
    void shouldNotTakeTargetsOrAmountsInThousandsForTheQuartersFigures() {
        String[] top = {"No", "Indikator Kinerja", "Target TW II", "<", "Triwulan II", "<"};
        String[] sub = {"^", "^", "K", "Rp", "K", "Rp (000)"};
        FormBuilder form = FormBuilder.xlsx().header(KWU, 2026, "II").headerRows(top, sub)
                .row(1, "Jumlah Peserta Pelatihan Usaha Mikro", 40, 9_000, 30, 12_500);

        Submission s = reader().read(form.writeTo(input.resolve("renja.xlsx")), input);

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(30.0);
        assertThat(row(s, "KASI-KWU-01").anggaran()).as("Rp (000) is thousands, not rupiah").isNull();
    }

    @Test
    void shouldKeepTheRealisationWhenTheAmountBesideItCannotBeRead() {
        FormBuilder form = FormBuilder.xlsx().header(KWU, 2026, "II").headerRows(ABBREVIATED_TOP, K_RP)
                .row(1, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, null, null, null, 25, "dua juta")
                .row(2, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", null, null, null, null, null, 4,
                        "1.250.000,50");

        Submission s = read(form);

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(25.0);
        assertThat(row(s, "KASI-KWU-01").anggaran()).isNull();
        assertThat(row(s, "PD-KWU-01").anggaran()).isEqualByComparingTo(new BigDecimal("1250000.50"));
        assertThat(s.problems()).containsExactly(Problem.cell("renja.xlsx", "Realisasi", form.cellAt(0, 8),
                "dua juta", "Anggaran \"dua juta\" bukan jumlah rupiah; tulis angka saja, mis. 2.150.000"));
        assertThat(s.problems()).extracting(Problem::severity).containsOnly(Severity.SEL_DITOLAK);
    }
}
