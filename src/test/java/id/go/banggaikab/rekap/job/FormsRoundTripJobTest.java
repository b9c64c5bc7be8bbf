package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.output.QuarterFolders;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.shared.Periode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The quarterly cycle as the staff live it: the formulir job writes a form per unit, a person fills every input
 * cell (numbers as numbers and as Indonesian text), drops it into the input folder, and the rekap job reads every
 * form back with no problem, no correction, and every value in the recap and the receipts.
 */
class FormsRoundTripJobTest extends JobTestSupport {

    static final Periode TW1 = new Periode(2026, 1);

    @Autowired
    @Qualifier("formulirJob")
    Job formulirJob;

    @Test
    void shouldReadEveryGeneratedFormBackWithoutAnyProblemOnceFilled() throws Exception {
        JobExecution forms = launcher.launch(formulirJob, TW1);
        assertThat(forms.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Path> generated;
        try (Stream<Path> files = Files.list(QuarterFolders.forms(WORK.resolve("output"), TW1))) {
            generated = files.sorted().toList();
        }
        assertThat(generated).hasSize(catalogue.reportingUnits().size());
        int filled = 0;
        for (Path form : generated) {
            filled += fill(form, WORK.resolve("input").resolve(form.getFileName()));
        }
        assertThat(filled).isGreaterThan(40);

        assertThat(launcher.launch(rekapJob, TW1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        DataFormatter fmt = new DataFormatter();
        try (Stream<Path> files = Files.list(WORK.resolve("output"));
                InputStream in = Files.newInputStream(files.filter(p -> p.getFileName().toString()
                        .startsWith("Rekap")).findFirst().orElseThrow());
                Workbook wb = WorkbookFactory.create(in)) {
            for (Row row : wb.getSheet("Masalah")) {
                String line = fmt.formatCellValue(row.getCell(1));
                assertThat(line).as("masalah pada formulir yang diisi: %s", fmt.formatCellValue(row.getCell(5)))
                        .doesNotEndWith(".xlsx");
            }
            Sheet indikator = wb.getSheet("Rekap Indikator");
            Map<String, Row> rows = RekapJobTest.rowsByCode(indikator);
            assertThat(rows.get("KASI-KWU-01").getCell(6).getNumericCellValue()).isEqualTo(valueFor("KASI-KWU-01"));
        }
        try (Stream<Path> receipts = Files.list(QuarterFolders.receipts(WORK.resolve("output"), TW1))) {
            assertThat(receipts.count()).isEqualTo(catalogue.reportingUnits().size());
        }
    }

    /** Fills every input cell of a generated form the way a clerk would and saves it under {@code target}. */
    private int fill(Path form, Path target) throws Exception {
        Map<String, Integer> cols = new HashMap<>();
        int filled = 0;
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(form); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Realisasi");
            for (Row row : sheet) {
                String first = fmt.formatCellValue(row.getCell(1)).strip();
                if (first.equals("Kode")) {
                    row.forEach(c -> cols.put(fmt.formatCellValue(c).strip(), c.getColumnIndex()));
                    continue;
                }
                Indicator indicator = catalogue.indicator(first).orElse(null);
                if (indicator == null || cols.isEmpty()) {
                    continue;
                }
                double v = valueFor(indicator.code());
                if (indicator.kind() == IndicatorKind.PREDIKAT) {
                    cell(row, cols.get("Realisasi")).setCellValue("BB");
                } else if (indicator.isRatio()) {
                    cell(row, cols.get("Pembilang")).setCellValue(v);
                    cell(row, cols.get("Penyebut")).setCellValue(indicator.max100() ? "1.500" : "2.000,5");
                } else {
                    cell(row, cols.get("Realisasi")).setCellValue(String.valueOf((int) v).replace(".", ","));
                }
                cell(row, cols.get("Keterangan")).setCellValue("diisi uji");
                filled++;
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return filled;
    }

    private static double valueFor(String code) {
        return 5 + Math.floorMod(code.hashCode(), 40);
    }

    private static Cell cell(Row row, int col) {
        return row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
    }
}
