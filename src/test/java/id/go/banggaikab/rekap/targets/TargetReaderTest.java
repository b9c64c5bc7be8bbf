package id.go.banggaikab.rekap.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueException;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.Targets;
import id.go.banggaikab.rekap.shared.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The targets workbook read with the forms' value rules and checked as the planners need: every finding names the
 * file, sheet, cell and value, and none stops the run; only a file that is no workbook or has no table does.
 */
class TargetReaderTest {

    private static Catalogue catalogue;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalogue = CatalogueLoader.load(Path.of("config/katalog.yml"));
    }

    @Test
    void theShippedTargetsAreReadAndKnownToBeTheExample() {
        Targets targets = new TargetReader(catalogue).read(Path.of("config/target-2026.xlsx"), 2026);
        assertThat(targets.byCode()).hasSize(48);
        assertThat(targets.example()).as("the note above the table says CONTOH").isTrue();
        assertThat(targets.file()).isEqualTo("target-2026.xlsx");
        assertThat(targets.get("KADIS-03").annualPredikat()).isEqualTo(Predikat.A);
        assertThat(targets.get("KADIS-04").annual()).isEqualTo(92.0);
        assertThat(targets.get("KASI-KWU-01").annual()).isEqualTo(60.0);
        assertThat(targets.get("KASI-KWU-01").upTo(2)).isEqualTo(30.0);
        assertThat(targets.notes()).as("the shipped example is consistent").isEmpty();
    }

    @Test
    void aWorkbookWhoseNoteNoLongerSaysContohIsOfficial() throws IOException {
        Path file = workbook(Map.of("KASI-KWU-01", new Object[] {60.0}), "Perjanjian Kinerja 2027, ditandatangani"
                + " 2 Januari 2027", sheet -> { });
        assertThat(new TargetReader(catalogue).read(file, 2027).example()).isFalse();
    }

    @Test
    void targetsAreReadAsFormsAre() throws IOException {
        Path file = workbook(Map.of("KASI-KWU-01", new Object[] {"1.250", "312,5"}, "KADIS-04",
                new Object[] {"92 %", "92%"}, "KADIS-03", new Object[] {"bb"}), "uji", sheet -> {
                    Cell percent = cell(sheet, "KADIS-01", 5);
                    percent.setCellValue(0.6);
                    var style = sheet.getWorkbook().createCellStyle();
                    style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
                    percent.setCellStyle(style);
                });
        Targets targets = new TargetReader(catalogue).read(file, 2027);
        assertThat(targets.get("KASI-KWU-01").annual()).isEqualTo(1250.0);
        assertThat(targets.get("KASI-KWU-01").upTo(1)).isEqualTo(312.5);
        assertThat(targets.get("KASI-KWU-01").upTo(2)).isNull();
        assertThat(targets.get("KADIS-04").annual()).as("\"92 %\" typed as text").isEqualTo(92.0);
        assertThat(targets.get("KADIS-04").upTo(1)).isEqualTo(92.0);
        assertThat(targets.get("KADIS-01").annual()).as("0,6 shown as 60 %").isEqualTo(60.0);
        assertThat(targets.get("KADIS-03").annualPredikat()).isEqualTo(Predikat.BB);
        assertThat(targets.get("PD-KWU-01").annual()).isNull();
    }

    @Test
    void unknownCodesAndCellsThatAreNoFigureAreNotedWithTheirCellAndTheRunGoesOn() throws IOException {
        Path file = workbook(Map.of("KASI-KWU-01", new Object[] {"banyak"}, "KADIS-03", new Object[] {"A+"}), "uji",
                sheet -> sheet.createRow(60).createCell(0).setCellValue("XX-99"));
        Targets targets = new TargetReader(catalogue).read(file, 2027);
        assertThat(targets.get("KASI-KWU-01").annual()).isNull();
        assertThat(targets.notes()).anySatisfy(p -> assertThat(p).satisfies(located(file, "A61", "XX-99"))
                .extracting(Problem::reason).asString().contains("Kode \"XX-99\" tidak ada di katalog"));
        assertThat(targets.notes()).anySatisfy(p -> assertThat(p).satisfies(located(file, cellOf(file, "KASI-KWU-01",
                5), "banyak")).extracting(Problem::reason).asString().contains("bukan angka"));
        assertThat(targets.notes()).anySatisfy(p -> assertThat(p).satisfies(located(file, cellOf(file, "KADIS-03", 5),
                "A+")).extracting(Problem::reason).asString().contains("bukan predikat"));
    }

    @Test
    void aCumulativeTargetThatFallsOrExceedsTheYearIsNotedForAFlow() throws IOException {
        // KASI-KWU-01 counts trainees: a flow, its cumulative targets can only grow up to the annual one.
        Path file = workbook(Map.of("KASI-KWU-01", new Object[] {60.0, 20.0, 15.0, 70.0, 60.0}), "uji", s -> { });
        List<Problem> notes = new TargetReader(catalogue).read(file, 2027).notes();
        assertThat(notes).anySatisfy(p -> assertThat(p).satisfies(located(file, cellOf(file, "KASI-KWU-01", 7), "15"))
                .extracting(Problem::reason).asString().contains("lebih kecil dari TW I 20")
                .contains("tidak boleh turun"));
        assertThat(notes).anySatisfy(p -> assertThat(p).satisfies(located(file, cellOf(file, "KASI-KWU-01", 8), "70"))
                .extracting(Problem::reason).asString().contains("di atas target tahunan 60"));
    }

    @Test
    void anAnnualTargetChangedWithoutItsQuartersIsNoted() throws IOException {
        Path file = workbook(Map.of("KASI-KWU-01", new Object[] {80.0, 15.0, 30.0, 45.0, 60.0}), "uji", s -> { });
        List<Problem> notes = new TargetReader(catalogue).read(file, 2027).notes();
        assertThat(notes).anySatisfy(p -> assertThat(p).satisfies(located(file, cellOf(file, "KASI-KWU-01", 9), "60"))
                .extracting(Problem::reason).asString().contains("target TW IV (kumulatif) 60 berbeda dari target"
                        + " tahunan 80").contains("ubah juga target triwulannya"));
    }

    @Test
    void anIndicatorWithoutTargetAndAPercentTypedAsAFractionAreNoted() throws IOException {
        Path file = workbook(Map.of("KADIS-04", new Object[] {0.92, 0.92, 0.92, 0.92, 0.92}), "uji",
                sheet -> sheet.removeRow(sheet.getRow(rowOf(sheet, "PD-KWU-01"))));
        List<Problem> notes = new TargetReader(catalogue).read(file, 2027).notes();
        assertThat(notes).anySatisfy(p -> assertThat(p.reason()).startsWith("PD-KWU-01 (")
                .contains("tidak ada barisnya di lembar Target"));
        assertThat(notes).anySatisfy(p -> assertThat(p).satisfies(located(file, cellOf(file, "KASI-KWU-01", 5), null))
                .extracting(Problem::reason).asString().contains("target tahunan kosong"));
        assertThat(notes).anySatisfy(p -> assertThat(p).satisfies(located(file, cellOf(file, "KADIS-04", 5), "0.92"))
                .extracting(Problem::reason).asString().contains("maksudnya 92?"));
    }

    @Test
    void onlyAFileThatIsNoWorkbookOrHasNoTableStopsTheRun() throws IOException {
        Path text = Files.writeString(dir.resolve("target-2027.xlsx"), "Kode;Target Tahunan\nKADIS-01;60\n");
        assertThatThrownBy(() -> new TargetReader(catalogue).read(text, 2027))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("target-2027.xlsx: Berkas teks");
        Path empty = workbook(Map.of(), "uji", sheet -> sheet.removeRow(sheet.getRow(3)));
        assertThatThrownBy(() -> new TargetReader(catalogue).read(empty, 2027))
                .isInstanceOf(CatalogueException.class).hasMessageContaining("baris judul kolom \"Kode\"");
    }

    private Path workbook(Map<String, Object[]> values, String note, Consumer<Sheet> edit) throws IOException {
        Path file = dir.resolve("target-2027.xlsx");
        new TargetWorkbook(catalogue).write(file, 2027, values, note);
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(file))) {
            edit.accept(wb.getSheet("Target"));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static int rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).toString())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(code);
    }

    private static Cell cell(Sheet sheet, String code, int col) {
        Row row = sheet.getRow(rowOf(sheet, code));
        return row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
    }

    private static String cellOf(Path file, String code, int col) throws IOException {
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(file))) {
            return new org.apache.poi.ss.util.CellAddress(rowOf(wb.getSheet("Target"), code), col).formatAsString();
        }
    }

    private static Consumer<Problem> located(Path file, String cell, String value) {
        return p -> {
            assertThat(p.file()).isEqualTo(file.getFileName().toString());
            assertThat(p.sheet()).isEqualTo("Target");
            assertThat(p.cell()).isEqualTo(cell);
            assertThat(p.value()).isEqualTo(value);
        };
    }
}
