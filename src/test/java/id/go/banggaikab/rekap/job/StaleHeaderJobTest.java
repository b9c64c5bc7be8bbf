package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.contoh.SampleForms;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * A unit copies last year's form, fills in this quarter's figures, forgets the "Tahun : 2025" line and drops it into
 * {@code input/2026/TW1/}. The folder decides the period (the README's table): the report counts for TW I 2026, and
 * the disagreement is never silent: a Masalah row with both readings, the unit's receipt of each quarter involved
 * naming the file and the quarter it was counted in, and Belum Lapor of the other quarter saying there is a file for
 * another period. Per-sheet header blocks still give each sheet its own unit.
 */
class StaleHeaderJobTest extends JobTestSupport {

    private static final Periode TW1 = new Periode(2026, 1);
    private static final Periode LAST_YEAR = new Periode(2025, 1);
    private static final String KLP = "Seksi Kelembagaan dan Perizinan";
    private static final String KWU = "Seksi Peningkatan Kualitas Kewirausahaan";
    private static final String STALE = "2026/TW1/" + KLP + ".xlsx";
    private static final String RENJA = "2026/TW1/Evaluasi Renja Kewirausahaan.xlsx";
    private static final String SEKRETARIAT = "2026/TW1/Sekretariat.xlsx";

    @BeforeAll
    static void forms() throws Exception {
        new SampleForms(CATALOGUE).write(WORK.resolve("input/" + STALE), CATALOGUE.unit("SEKSI-KLP").orElseThrow(),
                LAST_YEAR, 0);
        String[] top = {"No", "Indikator Kinerja", "Satuan", "Target", "<", "Triwulan I", "<", "Triwulan II", "<",
            "Triwulan III", "<", "Triwulan IV", "<"};
        String[] sub = {"^", "^", "^", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"};
        FormBuilder.xlsx().title("EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2025")
                .title(KWU.toUpperCase()).blankRow().headerRows(top, sub)
                .row(1, "Jumlah Peserta Pelatihan Usaha Mikro", "Orang", 100, 50_000_000, 21, 4_000_000, null, null,
                        null, null, null, null)
                .writeTo(WORK.resolve("input/" + RENJA));
        FormBuilder.xlsx().sheet("Umum").header("Sub Bagian Umum, Aset dan Kepegawaian", 2026, "I")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah PNS yang Naik Pangkat Tepat Waktu", 4)
                .sheet("PEK").header("Sub Bagian Perencanaan, Evaluasi dan Keuangan", 2026, "I")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Bahan Pelaporan yang Disusun", 3)
                .writeTo(WORK.resolve("input/" + SEKRETARIAT));
    }

    @Test
    void aStaleHeaderCountsForTheFoldersQuarterAndEveryQuarterInvolvedSaysSo() throws Exception {
        assertThat(launcher.launch(rekapJob, TW1).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Path recap = Workbooks.newestRecap(WORK);
        List<String> missing = Workbooks.lines(recap, "Belum Lapor");
        assertThat(missing).as("the unit reported TW I 2026").noneSatisfy(l -> assertThat(l).startsWith(KLP + " |"))
                .noneSatisfy(l -> assertThat(l).startsWith(KWU + " |"))
                .noneSatisfy(l -> assertThat(l).startsWith("Sub Bagian Umum, Aset dan Kepegawaian |"))
                .noneSatisfy(l -> assertThat(l).startsWith("Sub Bagian Perencanaan, Evaluasi dan Keuangan |"));
        List<String> masalah = Workbooks.lines(recap, "Masalah");
        assertThat(masalah).anySatisfy(l -> assertThat(l).startsWith("Periode/unit berbeda | " + STALE)
                .contains("Triwulan I 2025").contains("Triwulan I 2026").contains("folder"));
        assertThat(masalah).anySatisfy(l -> assertThat(l).startsWith("Periode/unit berbeda | " + RENJA)
                .contains("2025").contains("Triwulan I 2026"));
        assertThat(masalah).noneSatisfy(l -> assertThat(l).contains(SEKRETARIAT));
        assertThat(Workbooks.lines(Workbooks.receipt(WORK, KLP, TW1), null))
                .anySatisfy(l -> assertThat(l).contains(STALE).contains("dipakai untuk"))
                .anySatisfy(l -> assertThat(l).contains("Periode/unit berbeda").contains("Triwulan I 2025"));
        assertThat(Workbooks.lines(Workbooks.receipt(WORK, KWU, TW1), null))
                .anySatisfy(l -> assertThat(l).contains("KASI-KWU-01").contains("21"));
        assertThat(Workbooks.receipt(WORK, "Sub Bagian Umum, Aset dan Kepegawaian", TW1)).exists();
        assertThat(Workbooks.receipt(WORK, "Sub Bagian Perencanaan, Evaluasi dan Keuangan", TW1)).exists();

        assertThat(launcher.launch(rekapJob, LAST_YEAR).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Path lastYear = Workbooks.newestRecap(WORK);
        assertThat(Workbooks.lines(lastYear, "Belum Lapor")).as("not a bare 'belum melapor'")
                .anySatisfy(l -> assertThat(l).startsWith(KLP + " | ").contains("ada berkas untuk periode lain")
                        .contains(STALE).contains("Triwulan I 2026"));
        assertThat(Workbooks.lines(lastYear, "Masalah")).anySatisfy(l -> assertThat(l)
                .startsWith("Periode/unit berbeda | " + STALE));
        assertThat(Workbooks.lines(Workbooks.receipt(WORK, KLP, LAST_YEAR), null))
                .as("the receipt of the quarter its header names says where the file was counted")
                .anySatisfy(l -> assertThat(l).contains(STALE).contains("dihitung untuk Triwulan I 2026"))
                .anySatisfy(l -> assertThat(l).contains("Periode/unit berbeda"));
    }
}
