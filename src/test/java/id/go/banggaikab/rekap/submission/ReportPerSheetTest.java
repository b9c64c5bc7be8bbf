package id.go.banggaikab.rekap.submission;

import static id.go.banggaikab.rekap.submission.ReaderFixture.KATALOG;
import static id.go.banggaikab.rekap.submission.ReaderFixture.reader;
import static id.go.banggaikab.rekap.submission.ReaderFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.contoh.SampleForms;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One workbook, several reports: a sheet's own header block decides its unit and quarter. */
class ReportPerSheetTest {

    static final String UMUM = "Sub Bagian Umum, Aset dan Kepegawaian";
    static final String PEK = "Sub Bagian Perencanaan, Evaluasi dan Keuangan";

    @TempDir
    Path input;

    private List<Submission> readAll(FormBuilder form, String name) {
        return reader().readAll(form.writeTo(input.resolve(name)), input);
    }

    /** The Sekretariat's workbook: a sheet per sub bagian, each with its own header block. */
    private static FormBuilder sekretariat() {
        return FormBuilder.xlsx().title("LAPORAN SEKRETARIAT").header(UMUM, 2026, "II")
                .columns("No", "Indikator Kinerja", "Realisasi", "Pembilang", "Penyebut")
                .row(1, "Jumlah PNS yang Naik Pangkat Tepat Waktu", 4, null, null)
                .row(2, "Persentase PNS yang Mendapat Pelayanan Kepegawaian", null, 30, 40)
                .sheet("Perencanaan").title("LAPORAN SEKRETARIAT").header(PEK, 2026, "II")
                .columns("No", "Indikator Kinerja", "Realisasi", "Pembilang", "Penyebut")
                .row(1, "Jumlah Bahan Pelaporan yang Disusun", 3, null, null)
                .row(2, "Nilai Akuntabilitas Kinerja", "BB", null, null);
    }

    @Test
    void shouldReadEachSheetForTheUnitItsOwnHeaderBlockNames() {
        List<Submission> all = readAll(sekretariat(), "Sekretariat TW II.xlsx");

        assertThat(all).extracting(Submission::unitCode).containsExactly("SUBBAG-UAK", "SUBBAG-PEK");
        assertThat(all).extracting(Submission::periode).containsOnly(new Periode(2026, 2));
        assertThat(all).extracting(Submission::file).containsOnly(all.get(0).file());
        assertThat(all).allSatisfy(s -> assertThat(s.problems()).isEmpty());
        assertThat(row(all.get(0), "KASUBAG-UAK-02").value()).isEqualTo(4.0);
        assertThat(row(all.get(0), "SEKDIS-01").value()).isEqualTo(75.0);
        assertThat(row(all.get(1), "PB-PERENC-01").value()).isEqualTo(3.0);
        assertThat(row(all.get(1), "PB-PERENC-01").sheet()).isEqualTo("Perencanaan");
        assertThat(all.get(1).rows()).extracting(ReadRow::indicatorCode).containsExactly("PB-PERENC-01", "KADIS-03");
    }

    @Test
    void shouldReadEverySheetsOwnQuarterEvenWhenTheFirstSheetSaysAnother() {
        FormBuilder form = FormBuilder.xlsx().header(UMUM, 2026, "II").columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah PNS yang Naik Pangkat Tepat Waktu", 4)
                .sheet("PEK").header(PEK, 2026, "I").columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah Bahan Pelaporan yang Disusun", 3);

        List<Submission> all = readAll(form, "sekretariat.xlsx");

        assertThat(all).extracting(Submission::periode).containsExactly(new Periode(2026, 2), new Periode(2026, 1));
    }

    @Test
    void shouldTakeWhatASheetsHeaderBlockLeavesOutFromTheOtherSheets() {
        FormBuilder form = FormBuilder.xlsx().header(UMUM, 2026, "III").columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah PNS yang Naik Pangkat Tepat Waktu", 4)
                .sheet("PEK").label("Sub Bagian", "Perencanaan, Evaluasi dan Keuangan")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Bahan Pelaporan yang Disusun", 3)
                .sheet("PEK lanjutan").columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah Dokumen Pelaporan yang Disusun", 5);

        List<Submission> all = readAll(form, "sekretariat.xlsx");

        assertThat(all).extracting(Submission::unitCode).containsExactly("SUBBAG-UAK", "SUBBAG-PEK");
        assertThat(all.get(1).periode()).isEqualTo(new Periode(2026, 3));
        assertThat(all.get(1).rows()).extracting(ReadRow::indicatorCode).containsExactly("PB-PERENC-01",
                "PB-PERENC-02");
        assertThat(all).allSatisfy(s -> assertThat(s.problems()).isEmpty());
    }

    @Test
    void shouldStillReadTheGoodSheetsWhenOneSheetNamesAnUnknownUnit() {
        FormBuilder form = FormBuilder.xlsx().header(UMUM, 2026, "II").columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah PNS yang Naik Pangkat Tepat Waktu", 4)
                .sheet("Lain").header("Seksi Promosi Wisata", 2026, "II").columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah Bahan Pelaporan yang Disusun", 3);

        List<Submission> all = readAll(form, "sekretariat.xlsx");

        assertThat(all).singleElement().satisfies(s -> {
            assertThat(s.unitCode()).isEqualTo("SUBBAG-UAK");
            assertThat(s.problems()).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Severity.SEL_DITOLAK);
                assertThat(p.sheet()).isEqualTo("Lain");
                assertThat(p.value()).isEqualTo("Seksi Promosi Wisata");
                assertThat(p.reason()).isEqualTo("Unit kerja \"Seksi Promosi Wisata\" tidak ada dalam katalog; "
                        + "lembar ini tidak dibaca");
            });
        });
    }

    @Test
    void shouldRefuseTheFileOnceWhenNoSheetCanBeRead() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Promosi Wisata", 2026, "II")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Bahan Pelaporan yang Disusun", 3)
                .sheet("Lain").header("Seksi Kuliner", 2026, "II").columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah Bahan Pelaporan yang Disusun", 3);

        List<Submission> all = readAll(form, "x.xlsx");

        assertThat(all).singleElement().satisfies(s -> {
            assertThat(s.accepted()).isFalse();
            assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo(
                    "Lembar Realisasi: Unit kerja \"Seksi Promosi Wisata\" tidak ada dalam katalog; Lembar Lain: "
                            + "Unit kerja \"Seksi Kuliner\" tidak ada dalam katalog"));
        });
    }

    @Test
    void shouldReadTheNewestQuarterOfEachUnitOfAWorkbookKeptAllYear() {
        FormBuilder form = FormBuilder.xlsx().sheet("Umum TW I").header(UMUM, 2026, "I")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah PNS yang Naik Pangkat Tepat Waktu", 1)
                .sheet("Umum TW II").header(UMUM, 2026, "II")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah PNS yang Naik Pangkat Tepat Waktu", 2)
                .sheet("PEK TW II").header(PEK, 2026, "II")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Bahan Pelaporan yang Disusun", 3);
        form.workbook().removeSheetAt(0);

        List<Submission> all = readAll(form, "sekretariat 2026.xlsx");

        assertThat(all).extracting(Submission::unitCode).containsExactly("SUBBAG-UAK", "SUBBAG-PEK");
        assertThat(row(all.get(0), "KASUBAG-UAK-02").value()).isEqualTo(2.0);
        assertThat(all.get(0).problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Umum TW I");
            assertThat(p.reason()).startsWith("Lembar ini untuk Triwulan I, sedangkan berkas ini dibaca sebagai "
                    + "laporan Triwulan II");
        });
        assertThat(all.get(1).problems()).isEmpty();
    }

    @Test
    void shouldReadTheSheetOfTheFoldersQuarterOfAWorkbookKeptAllYear() {
        FormBuilder form = FormBuilder.xlsx().sheet("Umum TW I").header(UMUM, 2026, "I")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah PNS yang Naik Pangkat Tepat Waktu", 1)
                .sheet("Umum TW II").header(UMUM, 2026, "II")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah PNS yang Naik Pangkat Tepat Waktu", 2);
        form.workbook().removeSheetAt(0);

        List<Submission> all = readAll(form, "2026/TW1/umum 2026.xlsx");

        assertThat(all).singleElement().satisfies(s -> {
            assertThat(s.periode()).isEqualTo(new Periode(2026, 1));
            assertThat(row(s, "KASUBAG-UAK-02").value()).as("the TW I sheet, not the newest").isEqualTo(1.0);
            assertThat(s.problems()).singleElement().satisfies(p -> {
                assertThat(p.sheet()).isEqualTo("Umum TW II");
                assertThat(p.reason()).startsWith("Lembar ini untuk Triwulan II, sedangkan berkas ini dibaca sebagai"
                        + " laporan Triwulan I (lembar untuk periode folder atau nama berkasnya)");
            });
        });
    }

    @Test
    void shouldTellTheNewestQuarterAcrossTheTurnOfTheYear() {
        FormBuilder form = FormBuilder.xlsx().sheet("TW IV 2025").header(UMUM, 2025, "IV")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah PNS yang Naik Pangkat Tepat Waktu", 1)
                .sheet("TW I 2026").header(UMUM, 2026, "I")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah PNS yang Naik Pangkat Tepat Waktu", 2);
        form.workbook().removeSheetAt(0);

        Submission s = reader().read(form.writeTo(input.resolve("umum.xlsx")), input);

        assertThat(s.periode()).isEqualTo(new Periode(2026, 1));
        assertThat(row(s, "KASUBAG-UAK-02").value()).isEqualTo(2.0);
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .startsWith("Lembar ini untuk Triwulan IV 2025, sedangkan berkas ini dibaca sebagai laporan "
                        + "Triwulan I 2026"));
    }

    @Test
    void shouldGiveTheFirstReportToCallersThatExpectOne() {
        Path file = sekretariat().writeTo(input.resolve("sekretariat.xlsx"));

        assertThat(reader().read(file, input)).isEqualTo(reader().readAll(file, input).get(0));
    }

    @Test
    void shouldReadBytesHandedOverAsItReadsTheFile() throws Exception {
        Path file = sekretariat().writeTo(input.resolve("2026/sekretariat.xlsx"));
        byte[] bytes = Files.readAllBytes(file);
        SourceFile source = new SourceFile("2026/sekretariat.xlsx", bytes.length,
                Files.getLastModifiedTime(file).toInstant(), DigestUtils.sha256Hex(bytes));

        assertThat(reader().readAll(source, bytes)).isEqualTo(reader().readAll(file, input));
    }

    @Test
    void shouldRefuseEmptyBytesHandedOver() {
        SourceFile source = new SourceFile("kosong.xlsx", 0, null, DigestUtils.sha256Hex(new byte[0]));

        assertThat(reader().readAll(source, new byte[0])).singleElement()
                .satisfies(s -> assertThat(s.problems()).extracting(p -> p.reason())
                        .containsExactly("Berkas kosong (0 byte)"));
    }

    @Test
    void shouldGiveTheSameResultsWhenOneReaderServesSeveralThreadsAtOnce() throws Exception {
        List<Path> files = new SampleForms(KATALOG).writeSampleYear(input);
        SubmissionReader shared = new SubmissionReader(KATALOG, ReaderSettings.defaults());
        List<List<Submission>> alone = new ArrayList<>();
        for (Path f : files) {
            alone.add(shared.readAll(f, input));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Submission>>> together = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Path f : files) {
                    together.add(pool.submit(() -> shared.readAll(f, input)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                assertThat(together.get(i).get()).isEqualTo(alone.get(i % files.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
