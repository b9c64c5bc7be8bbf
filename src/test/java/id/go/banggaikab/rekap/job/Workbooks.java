package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.output.QuarterFolders;
import id.go.banggaikab.rekap.shared.Periode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** What a job test reads back from the written workbooks: a sheet's rows as Excel shows them, a unit's receipt. */
final class Workbooks {

    private Workbooks() {
    }

    /** Every row of a sheet, each cell as Excel shows it (empty cells as ""). */
    static List<List<String>> rows(Path workbook, String sheetName) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = sheetName == null ? wb.getSheetAt(0) : wb.getSheet(sheetName);
            if (sheet == null) {
                throw new AssertionError("lembar " + sheetName + " tidak ada di " + workbook);
            }
            return rows(sheet);
        }
    }

    static List<List<String>> rows(Sheet sheet) {
        DataFormatter fmt = new DataFormatter();
        List<List<String>> out = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)));
            }
            out.add(cells);
        }
        return out;
    }

    /** Each row of an open sheet joined with " | ". */
    static List<String> lines(Sheet sheet) {
        return rows(sheet).stream().map(r -> String.join(" | ", r)).toList();
    }

    /** Each row of a sheet joined with " | ", for assertions on what a person reads in one line. */
    static List<String> lines(Path workbook, String sheetName) throws IOException {
        return rows(workbook, sheetName).stream().map(r -> String.join(" | ", r)).toList();
    }

    /** The newest recap workbook in {@code output/} (older ones are kept beside it). */
    static Path newestRecap(Path work) throws IOException {
        try (Stream<Path> files = Files.list(work.resolve("output"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("Rekap")
                    && p.getFileName().toString().endsWith(".xlsx"))
                    .max(Comparator.comparing((Path p) -> p.toFile().lastModified()).thenComparing(Path::toString))
                    .orElseThrow(() -> new AssertionError("tidak ada rekap di " + work.resolve("output")));
        }
    }

    /** A unit's receipt of a quarter, as the job names it. */
    static Path receipt(Path work, String unitName, Periode periode) {
        return QuarterFolders.receipts(work.resolve("output"), periode)
                .resolve(unitName + " - " + periode.tahun() + " " + periode.label() + ".xlsx");
    }
}
