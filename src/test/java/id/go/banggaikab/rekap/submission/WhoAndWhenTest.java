package id.go.banggaikab.rekap.submission;

import static id.go.banggaikab.rekap.submission.ReaderFixture.KATALOG;
import static id.go.banggaikab.rekap.submission.ReaderFixture.reader;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Periode;
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
            "SEKSI-SDMK|SEKSI-SDMK"})
    void shouldMatchUnitNamesTolerantly(String text, String code) {
        assertThat(new UnitMatcher(KATALOG).match(text)).get().extracting(u -> u.code()).isEqualTo(code);
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

    @Test
    void shouldPreferHeaderBlockOverPathAndWarnAboutTheDifference() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Kelembagaan dan Perizinan", 2026, "2")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Koperasi yang Dibentuk dan Dibina", 2);

        Submission s = reader().read(form.writeTo(input.resolve("2026/TW3/kelembagaan.xlsx")), input);

        assertThat(s.periode()).isEqualTo(new Periode(2026, 2));
        assertThat(s.problems()).containsExactly(Problem.warning("2026/TW3/kelembagaan.xlsx", null, null, null,
                "Isi berkas dan nama berkas/folder berbeda pada triwulan (2 / 3); dipakai isi berkas"));
    }

    @ParameterizedTest
    @CsvSource({"~$kwu.xlsx, true", ".~lock.kwu.xlsx#, true", "kwu.xlsx.tmp, true", "~WRL0001.tmp, true",
            ".kwu.xlsx, true", "Thumbs.db, true", "kwu.xlsx, false", "2026 TW II.xls, false"})
    void shouldIgnoreLockTemporaryAndHiddenFiles(String name, boolean ignored) {
        assertThat(SubmissionReader.isIgnored(Path.of("input", "2026", name))).isEqualTo(ignored);
    }
}
