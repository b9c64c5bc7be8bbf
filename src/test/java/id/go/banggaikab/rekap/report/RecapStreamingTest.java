package id.go.banggaikab.rekap.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.register.RegisterDetail;
import id.go.banggaikab.rekap.shared.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The recap written as the job writes it, its long sheets streamed, holds exactly what the same writers put into
 * POI's object model before streaming: every sheet, cell, style, row height, column width, merge, print setting and
 * chart ({@link WorkbookComparison}), on every quarter of the sample recap, on F4, and with the long sheets long (a
 * register listing of 3,500 rows, 600 problems).
 */
class RecapStreamingTest {

    @Test
    void streamedRecapIsCellForCellTheObjectModelsOnEveryQuarterOfTheSampleRecap() throws IOException {
        assertSameBothWays(new RecapWorkbookWriter(), SampleRecap.of(1));
        assertSameBothWays(new RecapWorkbookWriter(), SampleRecap.of(4));
        assertSameBothWays(new RecapWorkbookWriter(Paper.F4), SampleRecap.of(3));
    }

    @Test
    void comparisonSeesAChangedFigureAPaperAndAStyle() throws IOException {
        ByteArrayOutputStream a4 = new ByteArrayOutputStream();
        new RecapWorkbookWriter().write(SampleRecap.of(3), "sidik", a4, true);
        ByteArrayOutputStream f4 = new ByteArrayOutputStream();
        new RecapWorkbookWriter(Paper.F4).write(SampleRecap.of(3), "sidik", f4, true);
        XSSFWorkbook before = new XSSFWorkbook(new ByteArrayInputStream(a4.toByteArray()));
        XSSFWorkbook after = new XSSFWorkbook(new ByteArrayInputStream(a4.toByteArray()));
        after.getSheet(SourceSheets.TRACE).getRow(4).getCell(2).setCellValue(12345.5);
        after.getSheet(SourceSheets.TRACE).getRow(5).getCell(0).setCellStyle(after.getSheet(SourceSheets.TRACE)
                .getRow(3).getCell(0).getCellStyle());

        assertThat(WorkbookComparison.differences(before, after)).hasSize(3)
                .anyMatch(d -> d.contains("'Jejak Data' C5 type"))
                .anyMatch(d -> d.contains("'Jejak Data' C5 value"))
                .anyMatch(d -> d.contains("'Jejak Data' A6 style"));
        assertThat(WorkbookComparison.differences(before,
                new XSSFWorkbook(new ByteArrayInputStream(f4.toByteArray())))).anyMatch(d -> d.contains("paper"));
    }

    @Test
    void streamedRecapIsCellForCellTheObjectModelsWithALongRegisterListingAndManyProblems()
            throws IOException {
        Recap sample = SampleRecap.of(3);
        List<RegisterDetail.Row> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            rows.add(new RegisterDetail.Row(1 + i % 3, "register/usaha-mikro-binaan.xlsx", "Binaan", 5 + i,
                    String.format("%013d", 9_120_000_000_000L + i), "Usaha Mikro Nomor " + i + " Luwuk",
                    i % 2 == 0 ? "Luwuk" : "Kintom", null, "terdaftar s.d. 30/09/2026; dilatih TW " + (1 + i % 3)));
        }
        List<RegisterDetail.Row> money = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            money.add(new RegisterDetail.Row(3, "register/koperasi.xlsx", "Data Keragaan", 8 + i, "7201" + i,
                    "Koperasi Serba Usaha " + i, "Toili", 1_250_000.0 * (i % 17 + 1), "RAT 2026"));
        }
        RegisterDetail detail = new RegisterDetail(List.of(
                new RegisterDetail.Group(List.of("KABID-PUM-01 realisasi", "KABID-PUM-02 pembilang"),
                        "Usaha mikro binaan", "Skala = Mikro dan Tanggal Terdaftar ≤ akhir triwulan", "TW I–III",
                        3_000, "usaha", false, rows, 2_500),
                new RegisterDetail.Group(List.of("KADIS-03 realisasi"), "Volume usaha koperasi",
                        "jumlah Volume Usaha", "TW III", 1.2e9, "rupiah", true, money, 0)), 2_500, 10_000);
        List<Problem> problems = new ArrayList<>(sample.problems());
        for (int i = 0; i < 600; i++) {
            problems.add(Problem.cell("2026/TW3/kiriman-" + i % 40 + ".xlsx", "Realisasi", "F" + (8 + i % 90),
                    "sebelas koma " + i, "Isian bukan angka; sel tidak diimpor"));
        }
        Recap big = new Recap(sample.catalogue(), sample.periode(), sample.settings(), sample.sample(),
                sample.runTime(), sample.indicators(), sample.scores(), sample.dinasScoreByQuarter(), sample.missing(),
                problems, sample.expectedUnits(), sample.receivedUnits(), sample.verification(), detail,
                sample.targets());

        XSSFWorkbook streamed = assertSameBothWays(new RecapWorkbookWriter(), big);

        assertThat(streamed.getSheet(RegisterSheet.NAME).getLastRowNum()).isGreaterThan(3_500);
        assertThat(streamed.getSheet(FollowUpSheets.PROBLEMS).getLastRowNum()).isGreaterThan(600);
    }

    /** Writes {@code recap} both ways, insists they agree, returns the streamed one as read back. */
    private static XSSFWorkbook assertSameBothWays(RecapWorkbookWriter writer, Recap recap) throws IOException {
        ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
        writer.write(recap, "sidik", inMemory, false);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        writer.write(recap, "sidik", streamed, true);

        XSSFWorkbook before = new XSSFWorkbook(new ByteArrayInputStream(inMemory.toByteArray()));
        XSSFWorkbook after = new XSSFWorkbook(new ByteArrayInputStream(streamed.toByteArray()));
        assertThat(after.getNumberOfSheets()).isGreaterThanOrEqualTo(8);
        assertThat(WorkbookComparison.differences(before, after)).as(recap.periode().label()).isEmpty();
        assertThat(after.getSheetAt(0).getDrawingPatriarch().getCharts()).hasSize(2);
        return after;
    }
}
