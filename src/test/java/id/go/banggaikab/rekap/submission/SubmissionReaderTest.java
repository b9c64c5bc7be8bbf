package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import static id.go.banggaikab.rekap.submission.ReaderFixture.COLUMNS;
import static id.go.banggaikab.rekap.submission.ReaderFixture.KWU;
import static id.go.banggaikab.rekap.submission.ReaderFixture.kwuForm;
import static id.go.banggaikab.rekap.submission.ReaderFixture.problems;
import static id.go.banggaikab.rekap.submission.ReaderFixture.reader;
import static id.go.banggaikab.rekap.submission.ReaderFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.shared.Periode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading well-formed and messy but valid forms: what the office sends every quarter. */
class SubmissionReaderTest {

    @TempDir
    Path input;

    private Submission read(FormBuilder form, String relativePath) {
        return reader().read(form.writeTo(input.resolve(relativePath)), input);
    }

    @Test
    void shouldReadCountsAndRatioPartsFromAPlainForm() throws Exception {
        FormBuilder form = kwuForm()
                .row(1, null, "Kepala Seksi Peningkatan Kualitas Kewirausahaan", "Jumlah Peserta Pelatihan Usaha Mikro",
                        "Orang", 100, 45, null, null, "Pelatihan membatik")
                .row(2, null, "Pengolah Data Pelatihan Kewirausahaan Usaha Mikro",
                        "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", "Dokumen", 12, "3", null, null, null)
                .row(3, null, "Kepala Bidang Pemberdayaan Usaha Mikro", "Persentase Usaha Mikro yang Dilatih", "%",
                        50, null, 45, 120, null);

        Submission s = read(form, "2026/formulir.xlsx");

        assertThat(s.accepted()).isTrue();
        assertThat(s.unitCode()).isEqualTo("SEKSI-KWU");
        assertThat(s.periode()).isEqualTo(new Periode(2026, 2));
        assertThat(s.problems()).isEmpty();
        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(45.0);
        assertThat(row(s, "KASI-KWU-01").keterangan()).isEqualTo("Pelatihan membatik");
        assertThat(row(s, "KASI-KWU-01").cell()).isEqualTo(form.cell(0, "Realisasi"));
        assertThat(row(s, "PD-KWU-01").value()).isEqualTo(3.0);
        ReadRow ratio = row(s, "KABID-PUM-02");
        assertThat(ratio.numerator()).isEqualTo(45.0);
        assertThat(ratio.denominator()).isEqualTo(120.0);
        assertThat(ratio.value()).isEqualTo(37.5);
        assertThat(ratio.cumulative()).isFalse();
        assertThat(s.file().path()).isEqualTo("2026/formulir.xlsx");
        assertThat(s.file().sha256()).isEqualTo(org.apache.commons.codec.digest.DigestUtils.sha256Hex(Files.readAllBytes(input.resolve("2026/formulir.xlsx"))));
    }

    @Test
    void shouldReadIndonesianEnglishPercentAndThousandsNumbers() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Fasilitasi Usaha Mikro", 2026, "2").columns(COLUMNS)
                .row(1, null, null, "Jumlah Usaha Mikro yang Terfasilitasi Sarana Usaha", null, null, "1.234")
                .row(2, null, null, "Jumlah Peserta yang Mengikuti Promosi Produk", null, null, " 1.234,5 ")
                .row(3, null, null, "Jumlah Bahan dan Data Usaha Mikro yang Dikelola", null, null, "1,234.5")
                .row(4, null, null, "Persentase Usaha Mikro yang Mendapatkan Permodalan", null, null, "85,5 %")
                .row(5, null, null, "Jumlah Bahan dan Data Peserta Promosi Produk Usaha Mikro yang Dikelola", null,
                        null, "12,5");

        Submission s = read(form, "fum.xlsx");

        assertThat(row(s, "KASI-FUM-01").value()).isEqualTo(1234.0);
        assertThat(row(s, "KASI-FUM-02").value()).isEqualTo(1234.5);
        assertThat(row(s, "PD-IZIN-UM-01").value()).isEqualTo(1234.5);
        assertThat(row(s, "KABID-PUM-01").value()).isEqualTo(85.5);
        assertThat(row(s, "PD-IZIN-UM-02").value()).isEqualTo(12.5);
    }

    @Test
    void shouldReadPercentFormattedNumberCellAsPercentage() {
        FormBuilder form = FormBuilder.xlsx().header("Sub Bagian Umum, Aset dan Kepegawaian", 2026, "I")
                .columns(COLUMNS)
                .row(1, null, null, "Persentase Peningkatan Disiplin ASN", "%", 92, new FormBuilder.Percent(0.85));

        Submission s = read(form, "uak.xlsx");

        assertThat(row(s, "KADIS-04").value()).isCloseTo(85.0, within(1e-9));
    }

    @Test
    void shouldTakeCachedValueOfFormulaComputeOneWithoutAndRefuseErrorsAndFormulasThatCannotBeComputed() {
        FormBuilder form = kwuForm()
                .row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, new FormBuilder.Formula("20+22", true))
                .row(2, null, null, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", null, null,
                        new FormBuilder.ErrorValue(FormulaError.DIV0))
                .row(3, null, null, "Persentase Usaha Mikro yang Dilatih", null, null, null,
                        new FormBuilder.Formula("10*3", false), 60);

        Submission s = read(form, "kwu.xlsx");

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(42.0);
        assertThat(row(s, "KABID-PUM-02").numerator()).isEqualTo(30.0);
        assertThat(row(s, "KABID-PUM-02").value()).isEqualTo(50.0);
        assertThat(s.rows()).extracting(ReadRow::indicatorCode).containsExactly("KASI-KWU-01", "KABID-PUM-02");
        assertThat(problems(s, Severity.SEL_DITOLAK)).containsExactly(
                Problem.cell("kwu.xlsx", "Realisasi", form.cell(1, "Realisasi"), "#DIV/0!",
                        "Sel berisi galat rumus #DIV/0!; perbaiki rumusnya"));
    }

    @Test
    void shouldComputeEveryFormulaOfAWorkbookThatAsksToBeRecalculatedOnOpening() {
        FormBuilder form = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null,
                new FormBuilder.Formula("20+22", false));
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(form.cell(0, "Realisasi"));
        org.apache.poi.ss.usermodel.Cell cell = form.workbook().getSheetAt(0).getRow(at.getRow())
                .getCell(at.getCol());
        cell.setCellValue(0); // as XlsxWriter stores every formula's result, leaving Excel to recalculate
        form.workbook().setForceFormulaRecalculation(true);

        Submission s = read(form, "kwu.xlsx");

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(42.0);
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void shouldReportByCellOnlyAFormulaThatCannotBeComputed() {
        FormBuilder form = kwuForm()
                .row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null,
                        new FormBuilder.Formula("INFO(\"osversion\")", false))
                .row(2, null, null, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", null, null,
                        new FormBuilder.Formula("2*3", false), null, null, new FormBuilder.Formula("CELL(\"width\")",
                                false));

        Submission s = read(form, "kwu.xlsx");

        assertThat(row(s, "PD-KWU-01").value()).isEqualTo(6.0);
        assertThat(s.problems()).containsExactly(Problem.cell("kwu.xlsx", "Realisasi", form.cell(0, "Realisasi"),
                "=INFO(\"osversion\")", "Rumus tanpa nilai tersimpan yang tidak dapat dihitung (mis. merujuk berkas"
                        + " lain atau memakai fungsi yang tidak dikenal); buka berkas di Excel lalu simpan ulang"));
    }

    @Test
    void shouldReadRealisationWhenHeaderSpansTwoMergedRows() {
        FormBuilder form = FormBuilder.xlsx().title("REALISASI KINERJA").header(KWU, 2026, "TW II").blankRow()
                .twoRowColumns("REALISASI", List.of("Pembilang", "Penyebut"),
                        "No", "Indikator Kinerja", "Satuan", "Realisasi", "Pembilang", "Penyebut")
                .row(1, "Persentase Usaha Mikro yang Dilatih", "%", null, 30, 60)
                .row(2, "Jumlah Peserta Pelatihan Usaha Mikro", "Orang", 17, null, null);

        Submission s = read(form, "kwu.xlsx");

        assertThat(s.problems()).isEmpty();
        assertThat(row(s, "KABID-PUM-02").value()).isEqualTo(50.0);
        assertThat(row(s, "KABID-PUM-02").numerator()).isEqualTo(30.0);
        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(17.0);
    }

    @Test
    void shouldMarkRatioPartsCumulativeWhenGroupHeadingSaysSampaiDengan() {
        FormBuilder form = FormBuilder.xlsx().header(KWU, 2026, "III")
                .twoRowColumns("REALISASI s.d. TRIWULAN III", List.of("Pembilang", "Penyebut"),
                        "No", "Indikator Kinerja", "Pembilang", "Penyebut")
                .row(1, "Persentase Usaha Mikro yang Dilatih", 30, 60);

        Submission s = read(form, "kwu.xlsx");

        assertThat(row(s, "KABID-PUM-02").cumulative()).isTrue();
    }

    @Test
    void shouldPreferQuarterColumnAndFallBackToYearToDateColumn() {
        FormBuilder form = FormBuilder.xlsx().header(KWU, 2026, "II")
                .columns("Indikator Kinerja", "Realisasi\nTW II", "Realisasi s.d.\nTW II")
                .row("Jumlah Peserta Pelatihan Usaha Mikro", 10, 25)
                .row("Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", null, 7);

        Submission s = read(form, "kwu.xlsx");

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(10.0);
        assertThat(row(s, "KASI-KWU-01").cumulative()).isFalse();
        assertThat(row(s, "PD-KWU-01").value()).isEqualTo(7.0);
        assertThat(row(s, "PD-KWU-01").cumulative()).isTrue();
    }

    @Test
    void shouldReadReorderedAndRenamedColumnsWithLineBreaksAndExtraColumns() {
        FormBuilder form = FormBuilder.xlsx().inlineLabel("Unit Kerja : Seksi Kewirausahaan")
                .inlineLabel("TAHUN: 2026").inlineLabel("triwulan :  TW II")
                .columns("Keterangan.", "REALISASI\nTRIWULAN  INI :", "Capaian (%)", "INDIKATOR\u00A0KINERJA :",
                        "Bukti / Data Dukung", "No.")
                .row("ok", 9, 90, "Jumlah Peserta Pelatihan Usaha Mikro", "https://drive/x", 1);

        Submission s = read(form, "kwu.xlsx");

        assertThat(s.unitCode()).isEqualTo("SEKSI-KWU");
        assertThat(s.periode()).isEqualTo(new Periode(2026, 2));
        ReadRow r = row(s, "KASI-KWU-01");
        assertThat(r.value()).isEqualTo(9.0);
        assertThat(r.keterangan()).isEqualTo("ok");
        assertThat(r.bukti()).isEqualTo("https://drive/x");
    }

    @Test
    void shouldCarryTheUnitsExplanationsFromTheNarrativeColumnsInAnyOrder() {
        FormBuilder form = FormBuilder.xlsx().header(KWU, 2026, "II")
                .columns("Rencana Tindak Lanjut", "Indikator Kinerja", "Kendala / Permasalahan", "Realisasi",
                        "Data Dukung", "Keterangan")
                .row("Tambah kelas\nmalam", "Jumlah Peserta Pelatihan Usaha Mikro", "Peserta  terlambat", 40,
                        "SK Kadis", "Tercapai sebagian")
                .row(null, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", null, 3, null, null)
                .sheet("Lanjutan").columns("No", "Indikator Kinerja", "Realisasi", "Pembilang", "Penyebut",
                        "Hambatan", "Upaya")
                .row(1, "Persentase Usaha Mikro yang Dilatih", null, 30, 60, "Anggaran terbatas", "Bermitra");

        Submission s = read(form, "kwu.xlsx");

        assertThat(s.problems()).isEmpty();
        assertThat(row(s, "KASI-KWU-01").notes()).isEqualTo(new ReadRow.Notes("Tercapai sebagian", "SK Kadis",
                "Peserta terlambat", "Tambah kelas malam"));
        assertThat(row(s, "KASI-KWU-01").keterangan()).isEqualTo("Tercapai sebagian");
        assertThat(row(s, "PD-KWU-01").notes()).isEqualTo(ReadRow.Notes.NONE);
        assertThat(row(s, "KABID-PUM-02").notes()).isEqualTo(new ReadRow.Notes(null, null, "Anggaran terbatas",
                "Bermitra"));
    }

    @Test
    void shouldSkipTitleSectionTotalNumberingAndSignatureRows() {
        FormBuilder form = kwuForm()
                .row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)")
                .section("Sasaran: Terlaksananya Pelatihan Kewirausahaan Bagi Usaha Mikro")
                .row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", "Orang", 100, 40)
                .blankRow()
                .section("Sasaran: Tersedianya Bahan dan Data Penyelenggaraan Pelatihan")
                .row(2, null, null, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", "Dokumen", 10, 4)
                .row(null, null, null, "Jumlah", null, 110, 44)
                .signature("Kepala Seksi Peningkatan Kualitas Kewirausahaan", "HASMA K. AIMANG, SP",
                        "19690425 199803 2 003");

        Submission s = read(form, "kwu.xlsx");

        assertThat(s.problems()).isEmpty();
        assertThat(s.rows()).extracting(ReadRow::indicatorCode).containsExactly("KASI-KWU-01", "PD-KWU-01");
    }

    @Test
    void shouldApplyMergedJabatanToEveryRowItSpans() {
        FormBuilder form = FormBuilder.xlsx().header("Sub Bagian Perencanaan, Evaluasi dan Keuangan", 2026, "II")
                .columns("No", "Jabatan", "Indikator Kinerja", "Realisasi")
                .row(1, "Pengelola Bahan Perencanaan", "Jumlah Bahan Pelaporan yang Disusun", 3)
                .row(2, null, "Jumlah Dokumen Pelaporan yang Disusun", 4)
                .mergeDown("Jabatan", 2);

        Submission s = read(form, "pek.xlsx");

        assertThat(s.problems()).isEmpty();
        assertThat(row(s, "PB-PERENC-01").value()).isEqualTo(3.0);
        assertThat(row(s, "PB-PERENC-02").value()).isEqualTo(4.0);
    }

    @Test
    void shouldReadEveryVisibleSheetWithATableAndPassOverHiddenAndTablelessSheets() {
        FormBuilder form = FormBuilder.xlsx().sheet("Petunjuk").title("Isi kolom Realisasi saja.")
                .sheet("Kasi").header(KWU, 2026, "II").columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah Peserta Pelatihan Usaha Mikro", 5)
                .sheet("Lama").hideSheet().columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", 99)
                .sheet("Staf").columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", 6);
        form.workbook().removeSheetAt(0); // the builder's default first sheet

        Submission s = read(form, "kwu.xlsx");

        assertThat(s.problems()).isEmpty();
        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(5.0);
        assertThat(row(s, "PD-KWU-01").value()).isEqualTo(6.0);
        assertThat(row(s, "PD-KWU-01").sheet()).isEqualTo("Staf");
    }

    @Test
    void shouldTreatDashAndEmptyAsNotReportedAndZeroAsAValue() {
        FormBuilder form = kwuForm()
                .row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, "-")
                .row(2, null, null, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", null, null, 0);

        Submission s = read(form, "kwu.xlsx");

        assertThat(row(s, "KASI-KWU-01").hasValue()).isFalse();
        assertThat(row(s, "PD-KWU-01").value()).isEqualTo(0.0);
    }

    @Test
    void shouldReadLegacyXls() {
        FormBuilder form = FormBuilder.xls().header(KWU, 2026, "IV").columns(COLUMNS)
                .row(1, "KASI-KWU-01", null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 12);

        Submission s = read(form, "kwu.xls");

        assertThat(s.periode()).isEqualTo(new Periode(2026, 4));
        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(12.0);
    }

    @Test
    void shouldReadMacroEnabledWorkbookValuesOnly() {
        FormBuilder form = FormBuilder.xlsm().header(KWU, 2026, "I").columns(COLUMNS)
                .row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 8);

        Submission s = read(form, "kwu.xlsm");

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(8.0);
    }

    @Test
    void shouldReadPredicateGrades() {
        FormBuilder form = FormBuilder.xlsx().header("Sub Bagian Perencanaan, Evaluasi dan Keuangan", 2026, "IV")
                .columns("Indikator Kinerja", "Realisasi").row("Nilai Akuntabilitas Kinerja", " bb ");

        Submission s = read(form, "pek.xlsx");

        assertThat(row(s, "KADIS-03").predikat()).isEqualTo(id.go.banggaikab.rekap.catalogue.Predikat.BB);
    }

    @Test
    void shouldReadOnlyTheColumnOfTheFormsQuarterWhenTheTableHasAColumnPerQuarter() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Peningkatan Kualitas Kewirausahaan", 2026, "III")
                .columns("No", "Indikator Kinerja", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III",
                        "Realisasi s.d. TW III")
                .row(1, "Jumlah Peserta Pelatihan Usaha Mikro", 10, 20, 30, 60);

        Submission s = read(form, "kwu-tw3.xlsx");

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(30.0);
        assertThat(row(s, "KASI-KWU-01").cumulative()).isFalse();
        assertThat(row(s, "KASI-KWU-01").cell()).isEqualTo(form.cell(0, "Realisasi TW III"));
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void shouldNotReadAnotherQuartersColumnAsThisQuartersRealisation() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Peningkatan Kualitas Kewirausahaan", 2026, "III")
                .columns("No", "Indikator Kinerja", "Realisasi TW I", "Realisasi TW II")
                .row(1, "Jumlah Peserta Pelatihan Usaha Mikro", 10, 20);

        Submission s = read(form, "kwu-lama.xlsx");

        assertThat(s.rows()).isEmpty();
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.PERINGATAN);
            assertThat(p.reason()).contains("Realisasi TW I, Realisasi TW II").contains("bukan TW III");
        });
    }

    @Test
    void shouldReadTheFormsQuarterUnderAMergedRealisasiHeadingOverQuarterColumns() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Fasilitasi Usaha Mikro", 2026, "II (Dua)")
                .twoRowColumns("REALISASI", List.of("TW I", "TW II", "TW III", "TW IV"), "No", "Jabatan",
                        "Indikator Kinerja", "TW I", "TW II", "TW III", "TW IV")
                .row(1, "Kepala Seksi Fasilitasi Usaha Mikro", "Jumlah Usaha Mikro yang Terfasilitasi Sarana Usaha",
                        10, 15, null, null);

        Submission s = read(form, "fum.xlsx");

        assertThat(row(s, "KASI-FUM-01").value()).isEqualTo(15.0);
        assertThat(row(s, "KASI-FUM-01").cell()).isEqualTo(form.cell(0, "TW II"));
        assertThat(s.problems()).as("the lower header row is no data row").isEmpty();
    }

    @Test
    void shouldNotTakeTheBudgetColumnUnderAMergedRealisasiHeading() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Fasilitasi Usaha Mikro", 2026, "2")
                .twoRowColumns("REALISASI", List.of("Anggaran (Rp)", "Kinerja"), "No", "Indikator Kinerja",
                        "Anggaran (Rp)", "Kinerja")
                .row(1, "Jumlah Usaha Mikro yang Terfasilitasi Sarana Usaha", 25000000, 12);

        Submission s = read(form, "fum.xlsx");

        assertThat(row(s, "KASI-FUM-01").value()).isEqualTo(12.0);
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void shouldReadTheNewestQuarterOfAWorkbookKeptWithASheetPerQuarter() {
        FormBuilder form = FormBuilder.xlsx().sheet("TW I")
                .header("Seksi Keanggotaan dan Penerapan Peraturan", 2026, "I").columns("No", "Indikator Kinerja",
                        "Realisasi")
                .row(1, "Jumlah Koperasi yang Melaksanakan RAT", 5)
                .sheet("TW II").header("Seksi Keanggotaan dan Penerapan Peraturan", 2026, "II")
                .columns("No", "Indikator Kinerja", "Realisasi")
                .row(1, "Jumlah Koperasi yang Melaksanakan RAT", 9);

        Submission s = read(form, "Keanggotaan 2026.xlsx");

        assertThat(s.periode()).isEqualTo(new Periode(2026, 2));
        assertThat(row(s, "KASI-KPP-01").value()).isEqualTo(9.0);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.PERINGATAN);
            assertThat(p.sheet()).isEqualTo("TW I");
            assertThat(p.reason()).contains("Triwulan I").contains("tidak dibaca");
        });
    }

    @Test
    void shouldKeepButQuestionACountWithAFractionAndAPercentThatLooksLikeAFraction() {
        FormBuilder form = FormBuilder.xlsx().header("Sub Bagian Umum, Aset dan Kepegawaian", 2026, "II")
                .columns("No", "Indikator Kinerja", "Satuan", "Realisasi (%)")
                .row(1, "Persentase Peningkatan Disiplin ASN", "%", "0,85")
                .row(2, "Jumlah PNS yang Naik Pangkat Tepat Waktu", "Orang", "1,250");

        Submission s = read(form, "umum.xlsx");

        assertThat(row(s, "KADIS-04").value()).isEqualTo(0.85);
        assertThat(row(s, "KASUBAG-UAK-02").value()).isEqualTo(1.25);
        assertThat(s.problems()).extracting(Problem::severity).containsOnly(Severity.PERINGATAN);
        assertThat(s.problems()).anySatisfy(p -> assertThat(p.reason()).contains("bila maksudnya 85 %"));
        assertThat(s.problems()).anySatisfy(p -> assertThat(p.reason()).contains("pecahan (1,25 Orang)"));
    }

    @Test
    void shouldNotLetAHeadingThatLooselyResemblesAnIndicatorClaimItBeforeItsRow() {
        FormBuilder form = FormBuilder.xlsx().header("Sub Bagian Umum, Aset dan Kepegawaian", 2026, "II")
                .columns("No", "Indikator Kinerja", "Realisasi")
                .row(null, "Jumlah Laporan Inventaris", null)
                .row(1, "Jumlah Laporan Inventaris Barang", 4);

        Submission s = read(form, "umum.xlsx");

        assertThat(row(s, "PSP-KANTOR-02").value()).isEqualTo(4.0);
        assertThat(s.problems()).isEmpty();
    }
}
