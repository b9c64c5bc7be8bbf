package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import static id.go.banggaikab.rekap.submission.ReaderFixture.KATALOG;
import static id.go.banggaikab.rekap.submission.ReaderFixture.reader;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.shared.Periode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who sent a form and for which quarter: from the header block, the titles, or the path. */
class WhoAndWhenTest {

    @TempDir
    Path input;

    private Submission readWithoutHeaderBlock(String relativePath) {
        FormBuilder form = FormBuilder.xlsx().columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah Koperasi yang Dibentuk dan Dibina", 2);
        return reader().read(form.writeTo(input.resolve(relativePath)), input);
    }

    @ParameterizedTest
    @CsvSource({
            "2026/TW2/Seksi Fasilitasi Usaha Mikro.xlsx, SEKSI-FUM, 2026, 2",
            "2026-TW-II-kelembagaan.xlsx, SEKSI-KLP, 2026, 2",
            "2027/Triwulan 3/Subbag Umum.xlsx, SUBBAG-UAK, 2027, 3",
            "Laporan TW4 2026 KSP-USP.xlsx, SEKSI-USP, 2026, 4",
            "2026/Triwulan I/Kewirausahaan/form.xlsx, SEKSI-KWU, 2026, 1",
            "2026/TW 2/fasilitasi um.xlsx, SEKSI-FUM, 2026, 2"})
    void shouldTakeUnitYearAndQuarterFromThePath(String path, String unit, int tahun, int triwulan) {
        assertThat(PathClues.of(path, new UnitMatcher(KATALOG)))
                .extracting(c -> c.unit().code(), Clues::tahun, Clues::triwulan)
                .containsExactly(unit, tahun, triwulan);
    }

    @Test
    void shouldReadAFormWhoseWhoAndWhenComeFromThePathOnly() {
        Submission s = readWithoutHeaderBlock("2026/TW2/Seksi Kelembagaan dan Perizinan.xlsx");

        assertThat(s.unitCode()).isEqualTo("SEKSI-KLP");
        assertThat(s.periode()).isEqualTo(new Periode(2026, 2));
        assertThat(s.rows()).extracting(ReadRow::indicatorCode).containsExactly("KASI-KLP-01");
    }

    @Test
    void shouldSayWhichPartsCannotBeTold() {
        Submission s = readWithoutHeaderBlock("laporan.xlsx");

        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .startsWith("Tidak dapat menentukan unit kerja, tahun, triwulan"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Seksi Peningkatan Kualitas Kewirausahaan|SEKSI-KWU",
            "SEKSI  PENINGKATAN KUALITAS KEWIRAUSAHAAN.|SEKSI-KWU",
            "Subbag Umum|SUBBAG-UAK",
            "Sub. Bag. Perencanaan, Evaluasi dan Keuangan|SUBBAG-PEK",
            "KSP/USP|SEKSI-USP",
            "Fasilitasi UM|SEKSI-FUM",
            "Seksi Peningkatan Kualitas Kewirausahan|SEKSI-KWU",
            "Bidang Kelembagaan|BID-KP",
            "Kelembagaan|SEKSI-KLP",
            "SEKSI-SDMK|SEKSI-SDMK",
            "Seksi Fasilitasi Usaha Kop.|SEKSI-FUK",
            "Fasilitasi Usaha Kop|SEKSI-FUK",
            "Seksi FUK|SEKSI-FUK",
            "FUK|SEKSI-FUK",
            "Seksi KWU|SEKSI-KWU",
            "SDMK|SEKSI-SDMK",
            "Seksi P3K|SEKSI-P3K",
            "P3UM|SEKSI-P3UM",
            "Seksi FUM|SEKSI-FUM",
            "KLP|SEKSI-KLP",
            "KPP|SEKSI-KPP",
            "Seksi USP|SEKSI-USP",
            "Peningkatan Kualitas SDM Kop.|SEKSI-SDMK",
            "Subbag Umum & Kepegawaian|SUBBAG-UAK"})
    void shouldMatchUnitNamesTolerantly(String text, String code) {
        assertThat(new UnitMatcher(KATALOG).match(text)).get().extracting(u -> u.code()).isEqualTo(code);
    }

    @Test
    void shouldReadAFormWhoseUnitIsWrittenWithAbbreviations() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Fasilitasi Usaha Kop.", 2026, "II")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Koperasi yang Terfasilitasi Bantuan Usaha", 2);
        FormBuilder byCode = FormBuilder.xlsx().header("Seksi FUK", 2026, "II")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Koperasi yang Terfasilitasi Bantuan Usaha", 2);

        Submission s = reader().read(form.writeTo(input.resolve("a.xlsx")), input);
        Submission c = reader().read(byCode.writeTo(input.resolve("b.xlsx")), input);

        assertThat(s.unitCode()).isEqualTo("SEKSI-FUK");
        assertThat(c.unitCode()).isEqualTo("SEKSI-FUK");
        assertThat(s.rows()).extracting(ReadRow::indicatorCode).containsExactly("KASI-FUK-01");
    }

    @Test
    void shouldReadLabelsWithColonsInTheSameCellAndRomanOrSpelledQuarters() {
        FormBuilder form = FormBuilder.xlsx().inlineLabel("UNIT KERJA : Seksi Kelembagaan dan Perizinan")
                .label("Tahun Anggaran", "2026").label("Triwulan", "Triwulan III")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Koperasi yang Dibentuk dan Dibina", 2);

        Submission s = reader().read(form.writeTo(input.resolve("x.xlsx")), input);

        assertThat(s.unitCode()).isEqualTo("SEKSI-KLP");
        assertThat(s.periode()).isEqualTo(new Periode(2026, 3));
    }

    @Test
    void shouldTakeQuarterFromTitleWhenNoLabelGivesIt() {
        FormBuilder form = FormBuilder.xlsx().title("LAPORAN REALISASI KINERJA TRIWULAN IV TAHUN 2026")
                .label("Seksi", "Kelembagaan dan Perizinan")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Koperasi yang Dibentuk dan Dibina", 2);

        Submission s = reader().read(form.writeTo(input.resolve("x.xlsx")), input);

        assertThat(s.unitCode()).isEqualTo("SEKSI-KLP");
        assertThat(s.periode()).isEqualTo(new Periode(2026, 4));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "April - Juni 2026|2", "Januari s.d. Maret 2026|1", "Juli s/d September|3", "Okt-Des 2026|4",
            "Oktober sampai dengan Desember 2026|4", "1 April - 30 Juni 2026|2", "Januari 2026 – Maret 2026|1",
            "Jul–Sept 2026|3", "Pebruari - Maret|1", "Periode Nopember-Desember 2026|4", "Juni - Juni 2026|2",
            "Januari - Juni 2026|null", "Juli - Agustus 2026|null", "Maret - Mei 2026|null",
            "Januari - Desember 2026|null", "Juni - April 2026|null", "10 Juli 2026|null"})
    void shouldTellTheQuarterFromARangeOfMonths(String text, Integer quarter) {
        assertThat(PeriodText.quarterIn(text)).isEqualTo(quarter);
        assertThat(PeriodText.quarterValue(text)).isEqualTo(quarter);
    }

    @Test
    void shouldNotReadADayAsAQuarterWhenTheMonthsMakeNoQuarter() {
        assertThat(PeriodText.quarterValue("1 Januari - 30 Juni 2026")).isNull();
        assertThat(PeriodText.quarterValue("2 (April - Juni)")).isEqualTo(2);
        assertThat(PeriodText.quarterValue("II")).isEqualTo(2);
    }

    private Submission readWithAbove(FormBuilder form) {
        return reader().read(form.columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah Koperasi yang Dibentuk dan Dibina", 2).writeTo(input.resolve("x.xlsx")), input);
    }

    @Test
    void shouldTakeQuarterAndYearFromAMonthRangeInALabelPair() {
        Submission s = readWithAbove(FormBuilder.xlsx().label("Unit Kerja", "Seksi Kelembagaan dan Perizinan")
                .label("Periode", "April - Juni 2026"));

        assertThat(s.periode()).isEqualTo(new Periode(2026, 2));
    }

    @Test
    void shouldTakeQuarterAndYearFromAMonthRangeInOneCell() {
        Submission s = readWithAbove(FormBuilder.xlsx().inlineLabel("Unit Kerja : Seksi Kelembagaan dan Perizinan")
                .inlineLabel("Periode: Januari s.d. Maret 2026"));

        assertThat(s.periode()).isEqualTo(new Periode(2026, 1));
    }

    @Test
    void shouldTakeQuarterAndYearFromABulanLabel() {
        Submission pair = readWithAbove(FormBuilder.xlsx().label("Seksi", "Kelembagaan dan Perizinan")
                .label("Bulan", "Juli - September 2026"));

        assertThat(pair.periode()).isEqualTo(new Periode(2026, 3));
    }

    @Test
    void shouldTakeQuarterAndYearFromAMonthRangeInATitle() {
        Submission bulan = readWithAbove(FormBuilder.xlsx().title("LAPORAN REALISASI KINERJA")
                .title("Bulan Juli - September 2026").label("Seksi", "Kelembagaan dan Perizinan"));
        Submission okt = readWithAbove(FormBuilder.xlsx().title("REALISASI IKI SEKSI KELEMBAGAAN DAN PERIZINAN")
                .title("Okt-Des 2026"));

        assertThat(bulan.periode()).isEqualTo(new Periode(2026, 3));
        assertThat(okt.unitCode()).isEqualTo("SEKSI-KLP");
        assertThat(okt.periode()).isEqualTo(new Periode(2026, 4));
    }

    @Test
    void shouldSayNothingAboutTheQuarterForAHalfYearRange() {
        Submission s = readWithAbove(FormBuilder.xlsx().label("Unit Kerja", "Seksi Kelembagaan dan Perizinan")
                .label("Periode", "Januari - Juni 2026"));

        assertThat(s.rows()).isEmpty();
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.BERKAS_DITOLAK);
            assertThat(p.reason()).startsWith("Tidak dapat menentukan triwulan");
        });
    }

    @Test
    void shouldTakeThePeriodFromTheFolderOverAStaleHeaderAndGiveBothReadings() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Kelembagaan dan Perizinan", 2025, "2")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Koperasi yang Dibentuk dan Dibina", 2);

        Submission s = reader().read(form.writeTo(input.resolve("2026/TW3/kelembagaan.xlsx")), input);

        assertThat(s.periode()).isEqualTo(new Periode(2026, 3));
        assertThat(s.unitCode()).isEqualTo("SEKSI-KLP");
        assertThat(s.rows()).extracting(ReadRow::indicatorCode).containsExactly("KASI-KLP-01");
        assertThat(s.otherReadings()).containsExactly(new Submission.OtherReading("SEKSI-KLP", new Periode(2025, 2),
                "isi berkas"));
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.BERBEDA);
            assertThat(p.value()).isEqualTo("Triwulan II 2025");
            assertThat(p.reason()).startsWith("Periode berbeda: folder menyebut Triwulan III 2026, isi berkas menyebut"
                    + " Triwulan II 2025. Berkas ini dihitung untuk Triwulan III 2026: periode ditentukan folder, lalu"
                    + " nama berkas, baru isi berkas").contains("pindahkan ke folder periode itu (mis. 2025/TW2)")
                    .endsWith("bila laporan Triwulan III 2026, perbaiki Tahun dan Triwulan di atas tabel supaya"
                            + " catatan ini hilang.");
        });
    }

    @Test
    void shouldTakeThePeriodFromTheFolderOverACopiedFileName() {
        Submission s = readWithoutHeaderBlock("2026/TW2/Seksi Kelembagaan dan Perizinan - 2026 TW I.xlsx");

        assertThat(s.periode()).isEqualTo(new Periode(2026, 2));
        assertThat(s.otherReadings()).extracting(Submission.OtherReading::periode, Submission.OtherReading::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new Periode(2026, 1), "nama berkas"));
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .startsWith("Periode berbeda: folder menyebut Triwulan II 2026, nama berkas menyebut Triwulan I 2026.")
                .contains("perbaiki nama berkasnya"));
    }

    @Test
    void shouldTakeThePeriodFromTheFileNameWhereNoFolderNamesIt() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Kelembagaan dan Perizinan", 2026, "I")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Koperasi yang Dibentuk dan Dibina", 2);

        Submission s = reader().read(form.writeTo(input.resolve("2026-TW-II-kelembagaan.xlsx")), input);

        assertThat(s.periode()).isEqualTo(new Periode(2026, 2));
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .startsWith("Periode berbeda: nama berkas menyebut Triwulan II 2026, isi berkas menyebut Triwulan I"
                        + " 2026."));
    }

    @Test
    void shouldTakeTheUnitFromTheHeaderBlockOverTheFolderAndSaySo() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Kelembagaan dan Perizinan", 2026, "II")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Koperasi yang Dibentuk dan Dibina", 2);

        Submission s = reader().read(form.writeTo(input.resolve("2026/TW2/Seksi Fasilitasi Usaha Mikro/lap.xlsx")),
                input);

        assertThat(s.unitCode()).isEqualTo("SEKSI-KLP");
        assertThat(s.rows()).extracting(ReadRow::indicatorCode).containsExactly("KASI-KLP-01");
        assertThat(s.otherReadings()).containsExactly(new Submission.OtherReading("SEKSI-FUM", new Periode(2026, 2),
                "folder"));
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .startsWith("Unit kerja berbeda: folder menyebut Seksi Fasilitasi Usaha Mikro, isi berkas menyebut"
                        + " Seksi Kelembagaan dan Perizinan. Berkas ini dihitung untuk Seksi Kelembagaan dan"
                        + " Perizinan, Triwulan II 2026: unit kerja ditentukan isi berkas"));
    }

    @Test
    void shouldSayNothingWhenEveryPartAgrees() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Kelembagaan dan Perizinan", 2026, "II")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Koperasi yang Dibentuk dan Dibina", 2);

        Submission s = reader().read(form.writeTo(input.resolve("2026/TW2/Seksi Kelembagaan dan Perizinan.xlsx")),
                input);

        assertThat(s.problems()).isEmpty();
        assertThat(s.otherReadings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"~$kwu.xlsx, true", ".~lock.kwu.xlsx#, true", "kwu.xlsx.tmp, true", "~WRL0001.tmp, true",
            ".kwu.xlsx, true", "Thumbs.db, true", "kwu.xlsx, false", "2026 TW II.xls, false"})
    void shouldIgnoreLockTemporaryAndHiddenFiles(String name, boolean ignored) {
        assertThat(SubmissionReader.isIgnored(Path.of("input", "2026", name))).isEqualTo(ignored);
    }
}
