package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.contoh.SampleForms;
import id.go.banggaikab.rekap.fuzz.CleanForms;
import id.go.banggaikab.rekap.fuzz.WorkbookMutator;
import id.go.banggaikab.rekap.fuzz.WorkbookMutator.Mutant;
import id.go.banggaikab.rekap.shared.Periode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * A clean quarter beside 300 broken files made from a fixed seed (flipped and truncated bytes, zip entries dropped,
 * duplicated or renamed, shared strings and styles swapped, NaN and infinite numbers, 40,000-character texts, broken
 * hyperlinks and relationships, XML nested 20,000 deep, damaged .xls records): the run completes, every broken file
 * is either read or listed on Masalah by name, and the clean quarter's recap is cell for cell what it was. The broken
 * files are made from forms of 2027 so that one read whole cannot change the 2026 figures.
 */
class FuzzedFolderJobTest extends JobTestSupport {

    private static final long SEED = 20260401L;
    private static final int COUNT = 300;

    @Test
    void shouldFinishTheRunAndAccountForEveryBrokenFileWithoutChangingTheCleanFigures() throws Exception {
        new SampleForms(catalogue).writeSampleYear(WORK.resolve("input"));
        assertThat(launcher.launch(rekapJob, new Periode(2026, 3)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path cleanRecap = output(WORK, "Rekap");
        Map<String, List<String>> cleanIndicators = rows(cleanRecap, "Rekap Indikator");
        Map<String, List<String>> cleanUnits = rows(cleanRecap, "Rekap Unit");

        List<String> broken = writeMutants(WORK.resolve("input/rusak"));
        JobExecution run = launcher.launch(rekapJob, new Periode(2026, 3));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path recap = otherRecap(cleanRecap);
        Set<String> onMasalah = new HashSet<>(column(recap, "Masalah", 1));
        Set<String> read = new HashSet<>(jdbc.queryForList("SELECT path FROM submission_file WHERE status <> 'DITOLAK'",
                String.class));
        List<String> unaccounted = broken.stream().filter(p -> !read.contains(p) && !onMasalah.contains(p)).toList();
        assertThat(unaccounted).isEmpty();
        assertThat(onMasalah.stream().filter(p -> p.startsWith("rusak/")).count()).isGreaterThan(COUNT / 4);
        assertThat(rows(recap, "Rekap Indikator")).isEqualTo(cleanIndicators);
        assertThat(rows(recap, "Rekap Unit")).isEqualTo(cleanUnits);
    }

    /** The mutants under {@code dir}, distinct in content, named by index and kind; returns their input paths. */
    private static List<String> writeMutants(Path dir) throws IOException {
        List<byte[]> sources = CleanForms.all(WORK.resolve("bersih"), 2027).stream().map(CleanForms.Source::bytes)
                .toList();
        Files.createDirectories(dir);
        Set<String> contents = new HashSet<>();
        List<String> paths = new ArrayList<>();
        for (Mutant m : new WorkbookMutator(SEED, sources).mutants(COUNT)) {
            if (!contents.add(DigestUtils.sha256Hex(m.bytes()))) {
                continue;
            }
            String ext = m.description().contains("xls-") ? ".xls" : ".xlsx";
            String name = String.format("m%03d-%s%s", m.index(), m.kind(), ext);
            Files.write(dir.resolve(name), m.bytes());
            paths.add("rusak/" + name);
        }
        return paths;
    }

    /** The recap written beside {@code first}: an earlier recap of the quarter is kept, the new one is stamped. */
    private static Path otherRecap(Path first) throws IOException {
        try (var files = Files.list(WORK.resolve("output"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("Rekap") && !p.equals(first)
                    && p.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
    }

    /** Every row of a sheet below its title block, keyed by its first cell, as the reader sees the cells. */
    private static Map<String, List<String>> rows(Path recap, String sheetName) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            for (Row row : sheet) {
                if (row.getRowNum() <= 2) {
                    continue; // title, dinas and run time
                }
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(fmt.formatCellValue(c)));
                out.put(row.getRowNum() + ":" + (cells.isEmpty() ? "" : cells.get(0)), cells);
            }
        }
        return out;
    }

    private static List<String> column(Path recap, String sheetName, int col) throws IOException {
        List<String> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            for (Row row : wb.getSheet(sheetName)) {
                out.add(fmt.formatCellValue(row.getCell(col)));
            }
        }
        return out;
    }
}
