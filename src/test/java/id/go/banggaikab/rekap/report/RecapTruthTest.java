package id.go.banggaikab.rekap.report;

import static id.go.banggaikab.rekap.aggregation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.RecapCalculator;
import id.go.banggaikab.rekap.aggregation.RecapInput;
import id.go.banggaikab.rekap.aggregation.RecapSettings;
import id.go.banggaikab.rekap.aggregation.Verification;
import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.history.StoredRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §5 on the recap's cells and charts: no value is drawn or scored as a low value. A score resting on part of
 * the units says so beside it, a unit that did not send the quarter reads "Belum lapor", a quarter still running is
 * marked provisional, charts leave no data as labelled gaps, catalogue notes are no form problems.
 */
class RecapTruthTest {

    private static final String NIP_NOTE = "NIP 19641308 198503 1 014 (Kepala Seksi Fasilitasi) menyalahi aturan 18 digit";

    @TempDir
    Path out;

    // Reporting units: SEKSI-A (KASI-A, STAF-A), SEKSI-B (KASI-B), SUBBAG (KASUBAG).
    private final Catalogue catalogue = new Catalogue("Dinas Koperasi dan UKM Kabupaten Banggai", UNITS, POSITIONS,
            List.<Indicator>of(count("A-1", "KASI-A"), count("A-2", "STAF-A"), count("B-1", "KASI-B"),
                    count("S-1", "KASUBAG")), List.of(NIP_NOTE));
    private final List<Target> targets = List.of(target("A-1", 40.0, 10.0, 20.0, 30.0, 40.0),
            target("A-2", 40.0, 10.0, 20.0, 30.0, 40.0), target("B-1", 40.0, 10.0, 20.0, 30.0, 40.0),
            target("S-1", 40.0, 10.0, 20.0, 30.0, 40.0));

    /** TW I from everyone; TW II from SEKSI-A and SUBBAG only. */
    private final List<StoredRow> seksiBMissesTwII = List.of(row("A-1", "SEKSI-A", 2026, 1, 10.0),
            row("A-2", "SEKSI-A", 2026, 1, 10.0), row("B-1", "SEKSI-B", 2026, 1, 10.0),
            row("S-1", "SUBBAG", 2026, 1, 10.0), row("A-1", "SEKSI-A", 2026, 2, 10.0),
            row("A-2", "SEKSI-A", 2026, 2, 8.0), row("S-1", "SUBBAG", 2026, 2, 10.0));

    private Recap recap(int tw, List<StoredRow> rows, LocalDateTime runTime) {
        RecapInput base = input(catalogue, tw, targets, rows);
        return new RecapCalculator().calculate(new RecapInput(catalogue, base.periode(), base.targets(), base.rows(),
                base.problems(), base.submittedUnits(), false, runTime), RecapSettings.defaults());
    }

    private Recap afterTwII(List<StoredRow> rows) {
        return recap(2, rows, LocalDateTime.of(2026, 7, 10, 7, 0));
    }

    private XSSFWorkbook write(Recap recap, Paper paper) throws IOException {
        Path file = TestOutputs.recap(new RecapWorkbookWriter(paper), recap, out);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void aScoreOnPartOfTheUnitsSaysSoBesideTheNumberOnRingkasanAndRekapUnit() throws IOException {
        try (XSSFWorkbook wb = write(afterTwII(seksiBMissesTwII), Paper.A4)) {
            Sheet ringkasan = wb.getSheet("Ringkasan");
            Row score = ringkasan.getRow(TableSheet.HEADER_ROW + 1);
            assertThat(score.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(text(score, 3)).isEqualTo("sementara: berdasarkan 2 dari 3 unit");
            assertThat(text(rowWith(ringkasan, "Status rekap"), 1))
                    .isEqualTo("DRAF, sementara: baru 2 dari 3 unit melapor; skor dapat berubah bila laporan menyusul;"
                            + " menjadi final setelah triwulan dikunci");
            Row bidang = rowWith(ringkasan, "Bidang Usaha Mikro");
            assertThat(text(bidang, 3)).isEqualTo("sementara: berdasarkan 1 dari 2 unit");
            assertThat(text(rowWith(ringkasan, "Sekretariat"), 3)).isEqualTo("lengkap");

            Sheet unit = wb.getSheet("Rekap Unit");
            assertThat(header(unit)).containsSubsequence("Skor (%)", "Kategori", "Dasar Skor");
            assertThat(text(rowWith(unit, "Dinas Koperasi dan UKM"), 5))
                    .isEqualTo("sementara: berdasarkan 2 dari 3 unit");
        }
    }

    @Test
    void aScoreRestingOnRegisterCountsAloneSaysSoInsteadOfNoUnitsOfEleven() throws IOException {
        // No unit sent a TW II form; A-1's figure of TW II came from a register count.
        RecapInput base = input(catalogue, 2, targets, List.of(row("A-1", "SEKSI-A", 2026, 2, 20.0)));
        Recap recap = new RecapCalculator().calculate(new RecapInput(catalogue, base.periode(), base.targets(),
                base.rows(), List.of(), Map.of(), false, LocalDateTime.of(2026, 7, 10, 7, 0)),
                RecapSettings.defaults());
        try (XSSFWorkbook wb = write(recap, Paper.A4)) {
            Row score = wb.getSheet("Ringkasan").getRow(TableSheet.HEADER_ROW + 1);
            assertThat(score.getCell(1).getNumericCellValue()).isEqualTo(100.0);
            assertThat(text(score, 3)).isEqualTo("hanya dari hitungan register; belum ada unit yang melapor (0 dari"
                    + " 3)");
            assertThat(text(rowWith(wb.getSheet("Rekap Unit"), "Kepala Seksi Fasilitasi"), 5))
                    .isEqualTo("hanya dari hitungan register (unit belum melapor)");
            for (XSSFChart chart : wb.getSheet("Ringkasan").getDrawingPatriarch().getCharts()) {
                var axis = chart.getCTChart().getPlotArea().getValAxArray(0).getScaling();
                assertThat(axis.getMax().getVal()).as("the axis ends at the cap on scores").isEqualTo(100.0);
                assertThat(axis.getMin().getVal()).isZero();
            }
        }
        assertThat(RunSummary.lines(recap, out.resolve("r.xlsx"), List.of()).get(1)).isEqualTo("Skor dinas: 100,0"
                + " (Sangat Tinggi), hanya dari hitungan register; belum ada unit yang melapor (0 dari 3).");
    }

    @Test
    void aLockedRecapWithUnitsMissingSaysFinalAndBerdasarkanButNeverSementara() throws IOException {
        Recap open = afterTwII(seksiBMissesTwII);
        Verification.Entry lock = new Verification.Entry(open.periode(), true, "10 Juli 2026 pukul 08.00 WITA", "sri",
                "dikunci dengan 1 dari 3 unit belum melapor (Seksi Kewirausahaan); dikonfirmasi dengan belum-lapor=1",
                null, null);
        RecapInput base = input(catalogue, 2, targets, seksiBMissesTwII);
        Recap locked = new RecapCalculator().calculate(new RecapInput(catalogue, base.periode(), base.targets(),
                base.rows(), List.of(), base.submittedUnits(), false, LocalDateTime.of(2026, 7, 10, 7, 0),
                new Verification(lock, List.of(lock)), null), RecapSettings.defaults());
        try (XSSFWorkbook wb = write(locked, Paper.A4)) {
            Sheet ringkasan = wb.getSheet("Ringkasan");
            assertThat(text(ringkasan.getRow(TableSheet.HEADER_ROW + 1), 3)).isEqualTo("berdasarkan 2 dari 3 unit");
            assertThat(text(rowWith(ringkasan, "Status rekap"), 1)).startsWith("FINAL — dikunci 10 Juli 2026 pukul"
                    + " 08.00 WITA oleh sri (kunci triwulan); dikunci dengan 1 dari 3 unit belum melapor");
            assertThat(text(ringkasan.getRow(1), 0)).endsWith("FINAL (dikunci 10 Juli 2026 pukul 08.00 WITA oleh"
                    + " sri)");
            DataFormatter fmt = new DataFormatter();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    row.forEach(c -> assertThat(fmt.formatCellValue(c).toLowerCase(java.util.Locale.ROOT))
                            .as(sheet.getSheetName()).doesNotContain("sementara"));
                }
            }
        }
        try (XSSFWorkbook wb = write(open, Paper.A4)) {
            assertThat(text(wb.getSheet("Ringkasan").getRow(1), 0)).endsWith("DRAF (belum dikunci)");
        }
    }

    @Test
    void aSeksiThatSentTwIButNotTwIIReadsBelumLaporInsteadOfAScore() throws IOException {
        try (XSSFWorkbook wb = write(afterTwII(seksiBMissesTwII), Paper.A4)) {
            for (String sheet : List.of("Ringkasan", "Rekap Unit")) {
                Row seksiB = rowWith(wb.getSheet(sheet), "Seksi Kewirausahaan");
                int score = sheet.equals("Ringkasan") ? 1 : 3;
                assertThat(seksiB.getCell(score).getCellType()).as(sheet).isEqualTo(CellType.BLANK);
                assertThat(text(seksiB, score + 1)).as(sheet).isEqualTo("Belum lapor TW II");
            }
            Row kasiB = rowWith(wb.getSheet("Rekap Unit"), "Kepala Seksi Kewirausahaan");
            assertThat(text(kasiB, 4)).isEqualTo("Belum lapor TW II");
            Sheet indicators = wb.getSheet("Rekap Indikator");
            Row b1 = rowWith(indicators, "B-1");
            assertThat(b1.getCell(10).getNumericCellValue()).as("TW I's figure stays in view").isEqualTo(10.0);
            assertThat(b1.getCell(IndicatorSheet.CAPAIAN).getCellType()).as("but no capaian of TW II is made of it")
                    .isEqualTo(CellType.BLANK);
            assertThat(b1.getCell(IndicatorSheet.CAPAIAN_ANNUAL).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(text(b1, IndicatorSheet.KATEGORI)).isEqualTo("Belum lapor TW II");
            String rule = indicators.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0)
                    .getFormula1();
            assertThat(rule).as("a capaian beside Belum lapor is not coloured red")
                    .contains("LEFT($M5,11)<>\"Belum lapor\"");
        }
    }

    @Test
    void aQuarterNotEndedIsProvisionalInEverySheetTitleAndOnRingkasan() throws IOException {
        List<StoredRow> rows = new ArrayList<>(seksiBMissesTwII);
        rows.add(row("B-1", "SEKSI-B", 2026, 2, 10.0));
        for (String code : List.of("A-1", "A-2", "B-1", "S-1")) {
            rows.add(row(code, code.startsWith("A") ? "SEKSI-A" : code.startsWith("B") ? "SEKSI-B" : "SUBBAG", 2026, 3,
                    10.0));
            rows.add(row(code, code.startsWith("A") ? "SEKSI-A" : code.startsWith("B") ? "SEKSI-B" : "SUBBAG", 2026, 4,
                    10.0));
        }
        try (XSSFWorkbook wb = write(recap(4, rows, LocalDateTime.of(2026, 12, 1, 9, 0)), Paper.A4)) {
            wb.forEach(s -> assertThat(s.getRow(0).getCell(0).getStringCellValue()).as(s.getSheetName())
                    .endsWith("(sementara: triwulan belum berakhir)"));
            Sheet ringkasan = wb.getSheet("Ringkasan");
            assertThat(text(rowWith(ringkasan, "Status rekap"), 1)).isEqualTo(
                    "DRAF, sementara: triwulan belum berakhir (Triwulan IV 2026 berakhir 31 Desember 2026);"
                            + " menjadi final setelah triwulan dikunci");
            assertThat(text(ringkasan.getRow(TableSheet.HEADER_ROW + 1), 3))
                    .isEqualTo("sementara: triwulan belum berakhir");
            assertThat(text(rowWith(wb.getSheet("Rekap Unit"), "Dinas Koperasi dan UKM"), 5))
                    .as("said once in the title, not on every row").isEqualTo("lengkap");
        }
        try (XSSFWorkbook wb = write(recap(4, rows, LocalDateTime.of(2027, 1, 10, 7, 0)), Paper.A4)) {
            assertThat(wb.getSheet("Ringkasan").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Ringkasan Capaian Kinerja Triwulan IV 2026");
            assertThat(text(rowWith(wb.getSheet("Ringkasan"), "Status rekap"), 1))
                    .isEqualTo("DRAF, lengkap: semua unit sudah melapor dan triwulan sudah berakhir; menjadi final"
                            + " setelah triwulan dikunci");
        }
    }

    @Test
    void chartsLeaveABidangOrQuarterWithoutDataAsALabelledGapNotAZero() throws IOException {
        // Only the sub bagian reports, and only in TW II: the bidang has nothing, TW I has nothing.
        List<StoredRow> rows = List.of(row("S-1", "SUBBAG", 2026, 2, 10.0));
        try (XSSFWorkbook wb = write(afterTwII(rows), Paper.A4)) {
            XSSFSheet ringkasan = wb.getSheet("Ringkasan");
            Row bidang = rowWith(ringkasan, "Bidang Usaha Mikro (Belum lapor TW II)");
            assertThat(bidang.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            Row twI = rowWith(ringkasan, "TW I (Belum ada data)");
            assertThat(twI.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(rowWith(ringkasan, "TW II (sementara)").getCell(1).getNumericCellValue()).isEqualTo(50.0);

            List<XSSFChart> charts = ringkasan.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            for (XSSFChart chart : charts) {
                String xml = chart.getCTChart().xmlText();
                assertThat(xml).contains("<c:dispBlanksAs val=\"gap\"/>");
                assertThat(chart.getCTChart().getDispBlanksAs().getVal().toString()).isEqualTo("gap");
            }
            var bar = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            assertThat(bar.getCat().getStrRef().getF()).isEqualTo("Ringkasan!$A$" + (bidang.getRowNum())
                    + ":$A$" + (bidang.getRowNum() + 1));
            assertThat(bar.getVal().getNumRef().getNumCache().getPtList())
                    .as("no cached 0 for the bidang without data").noneMatch(p -> p.getIdx() == 1);
            var line = charts.get(1).getCTChart().getPlotArea().getLineChartArray(0).getSerArray(0);
            assertThat(line.getVal().getNumRef().getNumCache().getPtList())
                    .as("no cached 0 for TW I").noneMatch(p -> p.getIdx() == 0);
        }
    }

    @Test
    void catalogueNotesHaveASheetOfTheirOwnAndAreNotCountedAsFormProblems() throws IOException {
        try (XSSFWorkbook wb = write(afterTwII(seksiBMissesTwII), Paper.A4)) {
            Sheet notes = wb.getSheet("Catatan Katalog");
            assertThat(text(notes.getRow(TableSheet.HEADER_ROW + 1), 1)).isEqualTo("katalog.yml");
            assertThat(text(notes.getRow(TableSheet.HEADER_ROW + 1), 5)).isEqualTo(NIP_NOTE);
            assertThat(text(wb.getSheet("Masalah").getRow(TableSheet.HEADER_ROW + 1), 0))
                    .isEqualTo("Tidak ada masalah.");
            Sheet ringkasan = wb.getSheet("Ringkasan");
            assertThat(text(rowWith(ringkasan, "Masalah pada berkas (lembar Masalah)"), 1))
                    .isEqualTo("0 catatan (0 berkas ditolak, 0 sel ditolak, 0 lainnya)");
            assertThat(text(rowWith(ringkasan, "Catatan katalog (lembar Catatan Katalog)"), 1))
                    .isEqualTo("1 catatan tentang katalog.yml (bukan masalah formulir)");
        }
    }

    @Test
    void rekapIndikatorPrintsItsColumnsUpToKategoriOnTheChosenPaperAndTheTraceSheetsPrintCompact()
            throws IOException {
        for (Paper paper : Paper.values()) {
            try (XSSFWorkbook wb = write(afterTwII(seksiBMissesTwII), paper)) {
                XSSFSheet indicators = wb.getSheet("Rekap Indikator");
                assertThat(wb.getPrintArea(wb.getSheetIndex(indicators))).as("the rows and the note on the target")
                        .isEqualTo("'Rekap Indikator'!$A$1:$M$10");
                assertThat(text(indicators.getRow(9), 0)).startsWith("Target: target kumulatif s.d. TW II");
                assertThat(header(indicators).get(IndicatorSheet.LAST_PRINTED)).isEqualTo("Kategori");
                assertThat(header(indicators)).hasSize(19);
                assertThat(indicators.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(indicators.getPrintSetup().getLandscape()).isTrue();
                wb.forEach(s -> assertThat(s.getPrintSetup().getPaperSize()).as(s.getSheetName())
                        .isEqualTo(paper == Paper.A4 ? (short) 9 : (short) 14));
                for (String name : List.of("Keterangan", "Jejak Data")) {
                    XSSFSheet s = wb.getSheet(name);
                    assertThat(s.getPrintSetup().getScale()).as(name).isEqualTo((short) 75);
                    assertThat(s.getFitToPage()).as(name).isFalse();
                    assertThat(wb.getPrintArea(wb.getSheetIndex(s))).as(name).contains("$A$1:$" + (name.equals(
                            "Jejak Data") ? "J" : "E") + "$");
                }
            }
        }
    }

    private static Row rowWith(Sheet sheet, String text) {
        DataFormatter fmt = new DataFormatter();
        for (Row row : sheet) {
            for (var c : row) {
                if (fmt.formatCellValue(c).strip().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with \"" + text + "\" on " + sheet.getSheetName());
    }

    private static List<String> header(Sheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.getRow(TableSheet.HEADER_ROW).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static String text(Row row, int col) {
        return new DataFormatter().formatCellValue(row.getCell(col)).strip();
    }
}
