package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import id.go.banggaikab.rekap.targets.TargetWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * One figure, one meaning: a quarter's capaian of each indicator, read back from every output the run wrote (Rekap
 * Indikator, Pohon Kinerja, the receipts, the LAKIP workbook and its Word draft), is the same everywhere, and the
 * scores of Rekap Unit and Ringkasan are made of exactly these capaian. The rule itself (SPEC §1): against the
 * cumulative Rencana Aksi target of the quarter where one is set, the annual target in its place (marked) where not,
 * none at all for an indicator its units did not report this quarter.
 */
class CapaianEverywhereJobTest extends JobTestSupport {

    private static final Periode TW2 = new Periode(2026, 2);
    private static final String[] COLUMNS = {"No", "Kode", "Indikator Kinerja", "Realisasi", "Pembilang", "Penyebut"};
    private static final DataFormatter FMT = new DataFormatter();

    @BeforeAll
    static void formsAndTargets() throws IOException {
        Path in = WORK.resolve("input/2026");
        Object[][] kwu = {{30, 10, 200, 12}, {20, 14, 250, 9}};
        for (int tw = 1; tw <= 2; tw++) {
            Object[] v = kwu[tw - 1];
            FormBuilder.xlsx().header("Seksi Peningkatan Kualitas Kewirausahaan", 2026, Periode.roman(tw)).blankRow()
                    .columns(COLUMNS)
                    .row(1, "KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", v[0], null, null)
                    .row(2, "KABID-PUM-02", "Persentase Usaha Mikro yang Dilatih", null, v[1], v[2])
                    .row(3, "PD-KWU-01", "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", v[3], null, null)
                    .writeTo(in.resolve("TW" + tw + "/kwu.xlsx"));
            FormBuilder.xlsx().header("Sub Bagian Umum, Aset dan Kepegawaian", 2026, String.valueOf(tw)).blankRow()
                    .columns(COLUMNS).row(1, "KADIS-04", "Persentase Peningkatan Disiplin ASN", 95 - tw * 4, null, null)
                    .writeTo(in.resolve("TW" + tw + "/umum.xlsx"));
        }
        FormBuilder.xlsx().header("Sub Bagian Perencanaan, Evaluasi dan Keuangan", 2026, "II").blankRow()
                .columns(COLUMNS).row(1, "KADIS-03", "Nilai Akuntabilitas Kinerja", "BB", null, null)
                .writeTo(in.resolve("TW2/pek.xlsx"));
        // Sends TW I and then nothing: its TW I figure gets no capaian of TW II anywhere.
        FormBuilder.xlsx().header("Seksi Pengawasan, Pemeriksaan dan Penilaian Kesehatan KSP/USP", 2026, "I")
                .blankRow().columns(COLUMNS)
                .row(1, "KASI-USP-01", "Jumlah Koperasi Aktif yang Diawasi dan Dinilai", 4, null, null)
                .writeTo(in.resolve("TW1/usp.xlsx"));
        // Official targets (no CONTOH): Rencana Aksi for some, the annual target alone for others.
        new TargetWorkbook(CATALOGUE).write(TargetWorkbook.pathFor(WORK.resolve("config"), 2026), 2026, Map.of(
                "KASI-KWU-01", new Object[] {100, 25, 40, 75, 100},
                "KABID-PUM-02", new Object[] {40},
                "PD-KWU-01", new Object[] {40, 10, 20, 30, 40},
                "KADIS-04", new Object[] {92, 92, 92, 92, 92},
                "KADIS-03", new Object[] {"A"},
                "KASI-USP-01", new Object[] {20, 5, 10, 15, 20}), "Perjanjian Kinerja 2026 (uji)");
    }

    @Test
    void everyOutputShowsTheSameCapaianForEveryIndicator() throws Exception {
        assertThat(launcher.launch(rekapJob, TW2).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Double> recap = byCode(sheet(recapFile(), "Rekap Indikator"), 0, "Capaian (%)");

        // The rule, by hand: KASI-KWU-01 (30 + 20) / 40 s.d. TW II; KABID-PUM-02 (10 + 14) / 250 = 9,6 % against the
        // annual 40 (no TW II target); KADIS-03 BB against A by rank; KASI-USP-01 not reported in TW II: none.
        assertThat(recap.get("KASI-KWU-01")).isCloseTo(50 * 100.0 / 40, within(1e-9));
        assertThat(recap.get("PD-KWU-01")).isCloseTo(21 * 100.0 / 20, within(1e-9));
        assertThat(recap.get("KABID-PUM-02")).isCloseTo(9.6 * 100 / 40, within(1e-9));
        assertThat(recap.get("KADIS-04")).isCloseTo(87 * 100.0 / 92, within(1e-9));
        assertThat(recap.get("KADIS-03")).isCloseTo(5 * 100.0 / 6, within(1e-9));
        assertThat(recap).containsEntry("KASI-USP-01", null);
        Row fallback = RekapJobTest.rowsByCode(sheet(recapFile(), "Rekap Indikator")).get("KABID-PUM-02");
        assertThat(FMT.formatCellValue(fallback.getCell(5))).as("the annual target in place of TW II's is marked")
                .isEqualTo("40 (tahunan)");
        assertThat(FMT.formatCellValue(fallback.getCell(14))).isEqualTo("target tahunan (target TW II belum"
                + " ditetapkan)");

        Map<String, Map<String, Double>> others = new HashMap<>();
        others.put("Pohon Kinerja", byCode(sheet(recapFile(), "Pohon Kinerja"), 0, "Capaian (%)"));
        others.put("tanda terima", receipts());
        others.put("Tabel LAKIP (xlsx)", byName(sheet(newest(WORK, "Tabel LAKIP 2026 TW II", "xlsx"),
                "Capaian Kinerja")));
        others.put("Tabel LAKIP (docx)", docx(newest(WORK, "Tabel LAKIP 2026 TW II", "docx")));
        assertThat(others.get("tanda terima")).containsKeys("KASI-KWU-01", "KABID-PUM-02", "KADIS-04", "KADIS-03");
        assertThat(others.get("Tabel LAKIP (docx)")).containsKeys("KABID-PUM-02", "KADIS-04", "KADIS-03");
        others.forEach((output, shown) -> shown.forEach((code, capaian) -> {
            assertThat(recap).as("%s shows %s", output, code).containsKey(code);
            if (recap.get(code) == null) {
                assertThat(capaian).as("%s: %s has no capaian in the recap", output, code).isNull();
            } else {
                assertThat(capaian).as("%s: capaian of %s", output, code).isNotNull()
                        .isCloseTo(recap.get(code), within(output.endsWith("(docx)") ? 0.05 : 1e-9));
            }
        }));
        scoresAreMadeOfTheseCapaian(recap);
    }

    /** Each position's score is the mean of its indicators' capaian (capped at 100); Ringkasan's the dinas's. */
    private void scoresAreMadeOfTheseCapaian(Map<String, Double> recap) throws IOException {
        Sheet units = sheet(recapFile(), "Rekap Unit");
        int checked = 0;
        for (Position p : catalogue.positions()) {
            List<Double> capaian = catalogue.indicatorsOf(p.code()).stream().map(i -> recap.get(i.code()))
                    .filter(c -> c != null).map(c -> Math.min(c, 100)).toList();
            Row row = rowWithName(units, p.name());
            if (capaian.isEmpty() || row == null
                    || catalogue.positions().stream().filter(q -> q.name().equals(p.name())).count() > 1) {
                continue;
            }
            assertThat(num(row, 3)).as("score of %s", p.name()).isCloseTo(capaian.stream().mapToDouble(d -> d)
                    .average().orElseThrow(), within(1e-9));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
        Double dinas = num(rowWithName(units, catalogue.root().name()), 3);
        assertThat(num(sheet(recapFile(), "Ringkasan").getRow(4), 1)).isCloseTo(dinas, within(1e-9));
    }

    private static Path recapFile() throws IOException {
        return newest(WORK, "Rekap Kinerja 2026 TW II", "xlsx");
    }

    private static Sheet sheet(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Workbook wb = WorkbookFactory.create(in);
            return wb.getSheet(name);
        }
    }

    /** Code in column {@code codeCol} → the number under the heading whose first line is {@code heading}. */
    private static Map<String, Double> byCode(Sheet sheet, int codeCol, String heading) {
        int header = headerRow(sheet, heading);
        int col = column(sheet.getRow(header), heading);
        Map<String, Double> out = new HashMap<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String code = row == null ? "" : FMT.formatCellValue(row.getCell(codeCol)).strip();
            if (CATALOGUE.indicator(code).isPresent()) {
                out.put(code, value(row.getCell(col)));
            }
        }
        return out;
    }

    /** The LAKIP sheet: indicator name → capaian, by code. */
    private Map<String, Double> byName(Sheet sheet) {
        int header = headerRow(sheet, "Capaian (%)");
        int name = column(sheet.getRow(header), "Indikator Kinerja");
        int col = column(sheet.getRow(header), "Capaian (%)");
        Map<String, Double> out = new HashMap<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            codeOf(row == null ? "" : FMT.formatCellValue(row.getCell(name))).ifPresent(c -> out.put(c,
                    value(row.getCell(col))));
        }
        return out;
    }

    /** Section E of every receipt of the quarter: code → capaian. */
    private static Map<String, Double> receipts() throws IOException {
        Map<String, Double> out = new HashMap<>();
        try (Stream<Path> files = Files.list(WORK.resolve("output/2026 TW II/tanda-terima"))) {
            for (Path f : files.toList()) {
                Sheet sheet = sheet(f, "Tanda Terima");
                int header = headerRow(sheet, "Target yang dipakai");
                for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    String code = row == null ? "" : FMT.formatCellValue(row.getCell(1)).strip();
                    if (CATALOGUE.indicator(code).isEmpty()) {
                        break;
                    }
                    out.put(code, value(row.getCell(5)));
                }
            }
        }
        return out;
    }

    /** Every table of the Word draft with a capaian column: indicator name → capaian, by code. */
    private Map<String, Double> docx(Path file) throws IOException {
        Map<String, Double> out = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable table : doc.getTables()) {
                List<String> header = texts(table.getRow(0));
                int name = header.indexOf("Indikator Kinerja");
                int col = header.indexOf(header.stream().filter(h -> h.startsWith("Capaian (%)")).findFirst()
                        .orElse("-"));
                if (name < 0 || col < 0) {
                    continue;
                }
                for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                    List<String> cells = texts(row);
                    codeOf(cells.get(name)).ifPresent(c -> out.put(c, cells.get(col).isEmpty() ? null
                            : Double.valueOf(cells.get(col).replace(".", "").replace(',', '.'))));
                }
            }
        }
        assertThat(out.values()).as("the Word table's figures read as Indonesian text")
                .allSatisfy(v -> assertThat(v == null || IndonesianNumbers.percent(v).contains(",")).isTrue());
        return out;
    }

    private java.util.Optional<String> codeOf(String name) {
        return catalogue.indicators().stream().filter(i -> i.name().equals(name.strip())).map(Indicator::code)
                .findFirst();
    }

    private static List<String> texts(XWPFTableRow row) {
        List<String> out = new ArrayList<>();
        row.getTableCells().forEach(c -> out.add(c.getText().strip()));
        return out;
    }

    private static int headerRow(Sheet sheet, String heading) {
        for (Row row : sheet) {
            if (column(row, heading) >= 0) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("judul " + heading + " tidak ada di " + sheet.getSheetName());
    }

    /** The column whose heading's first line is {@code heading}, or -1. */
    private static int column(Row row, String heading) {
        for (Cell c : row) {
            if (FMT.formatCellValue(c).strip().split("\n")[0].equals(heading)) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    private static Double value(Cell cell) {
        return cell == null || cell.getCellType() != CellType.NUMERIC ? null : cell.getNumericCellValue();
    }

    private static Row rowWithName(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && FMT.formatCellValue(row.getCell(0)).strip().equals(name)) {
                return row;
            }
        }
        return null;
    }
}
