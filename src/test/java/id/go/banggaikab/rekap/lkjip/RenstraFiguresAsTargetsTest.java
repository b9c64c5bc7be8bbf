package id.go.banggaikab.rekap.lkjip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueException;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.Targets;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.targets.TargetReader;
import id.go.banggaikab.rekap.targets.TargetWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One figure, one meaning: a value typed into renstra.xlsx (a Renstra target and an earlier year's realisation) gives
 * exactly what the same value typed into the targets workbook gives, both read side by side, so this fails the day the
 * two readers drift apart again. Each way staff type a figure is checked for its number, for how a tolerant reading
 * is told (a note naming file, sheet, cell with its header and the value found) and for how a refusal is told (a
 * finding naming file, sheet, cell, value and the fix, in Indonesian); the renstra.xlsx is read as Excel saves it and
 * as LibreOffice saves it (.ods, a percent cell as a percentage value).
 */
class RenstraFiguresAsTargetsTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("config/katalog.yml"));
    private static final int TAHUN = 2026;
    /** Where the value goes in renstra.xlsx: row 6, Target 2026 (Akhir Renstra) and Realisasi 2025. */
    private static final String TARGET_CELL = "renstra.xlsx, lembar Renstra, sel J6 (Target 2026 (Akhir Renstra))";
    private static final String REALISATION_CELL = "renstra.xlsx, lembar Realisasi Tahun Lalu, sel F6 (Realisasi 2025)";

    @TempDir
    Path dir;

    /** A value as typed: a number cell (shown as a percentage or not), a text, or nothing. */
    record Typed(Object value, boolean percent) {
        static Typed text(String t) {
            return new Typed(t, false);
        }

        @Override
        public String toString() {
            return value == null ? "(kosong)" : percent ? value + " shown as %" : "\"" + value + "\"";
        }
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                Arguments.of(new Typed(0.92, true), 92.0, null),
                Arguments.of(Typed.text("92%"), 92.0, null),
                Arguments.of(Typed.text("92 %"), 92.0, null),
                Arguments.of(new Typed(92, false), 92.0, null),
                Arguments.of(Typed.text("92,5"), 92.5, null),
                Arguments.of(Typed.text("1.234,5"), 1234.5, null),
                Arguments.of(Typed.text("1,234.5"), 1234.5, null),
                Arguments.of(Typed.text("2,5 persen"), 2.5, "dibaca 2,5; satuan \"persen\" diabaikan, cukup tulis"
                        + " angkanya"),
                Arguments.of(Typed.text("45 orang"), 45.0, "dibaca 45; satuan \"orang\" diabaikan, cukup tulis"
                        + " angkanya"),
                Arguments.of(Typed.text("Rp 2.150.000"), 2150000.0, "dibaca 2.150.000; \"Rp\" diabaikan, cukup tulis"
                        + " angkanya"),
                Arguments.of(Typed.text("nihil"), 0.0, "teks \"nihil\" dibaca 0"),
                Arguments.of(Typed.text("belum"), null, "teks \"belum\" dibaca belum dilaporkan (sama dengan \"-\"),"
                        + " bukan 0"),
                Arguments.of(Typed.text("-"), null, null),
                Arguments.of(new Typed(null, false), null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbers")
    void aFigureTypedIntoRenstraXlsxReadsAsTheSameValueTypedIntoTheTargetsWorkbook(Typed typed, Double expected,
            String correction) throws IOException {
        String code = "KADIS-01";
        Target target = targets(code, typed).get(code);
        List<Problem> targetNotes = targetNotes(code, typed);
        Renstra excel = new RenstraWorkbook(CATALOGUE).read(RenstraWorkbook.FILE, Authors.excel(renstra(code, typed)),
                false);
        Renstra ods = new RenstraWorkbook(CATALOGUE).read(RenstraWorkbook.FILE, Authors.ods(renstra(code, typed)),
                false);

        assertThat(target.annual()).as("targets workbook").isEqualTo(expected);
        assertThat(excel.endTarget(code).number()).as("renstra.xlsx, as the targets workbook")
                .isEqualTo(target.annual());
        assertThat(excel.earlier(code, 2025).realisasi().number()).as("an earlier year's realisation")
                .isEqualTo(expected);
        assertThat(ods).as("the same renstra.xlsx saved by LibreOffice").isEqualTo(excel);
        if (correction == null) {
            assertThat(targetNotes).isEmpty();
            assertThat(excel.corrections()).isEmpty();
            return;
        }
        assertThat(targetNotes).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo(typed.value());
            // "Dibaca …" opens the note there, "dibaca …" follows the value here
            assertThat(p.reason()).containsIgnoringCase(correction);
        });
        String shown = "\"" + typed.value() + "\"";
        assertThat(excel.corrections()).containsExactly(
                TARGET_CELL + " berisi " + shown + ": " + correction + ".",
                REALISATION_CELL + " berisi " + shown + ": " + correction + ".");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fractions")
    void aPercentageTypedAsAFractionInAPlainCellIsAskedAboutInRenstraXlsxAsInTheTargetsWorkbook(Typed typed,
            boolean asked) throws IOException {
        String code = "KADIS-01"; // satuan "%"
        List<Problem> targetAsks = readTargets(code, typed).notes().stream()
                .filter(p -> p.reason().startsWith(code + ": target ") && p.reason().contains("maksudnya")).toList();
        Renstra renstra = new RenstraWorkbook(CATALOGUE).read(RenstraWorkbook.FILE, Authors.excel(renstra(code,
                typed)), false);

        assertThat(renstra.endTarget(code).number()).as("used as typed").isEqualTo(readTargets(code, typed)
                .byCode().get(code).annual());
        if (!asked) {
            assertThat(targetAsks).isEmpty();
            assertThat(renstra.corrections()).isEmpty();
            return;
        }
        assertThat(targetAsks).singleElement().satisfies(p -> assertThat(p.reason()).contains("maksudnya 92?"));
        String ask = " berisi 0,92: KADIS-01 dalam persen, tetapi semua angka di barisnya 1 atau kurang;"
                + " maksudnya 92? Tulis angka persennya (mis. 92 atau 92 %); angka ini dipakai apa adanya.";
        assertThat(renstra.corrections()).containsExactly(TARGET_CELL + ask, REALISATION_CELL + ask);
    }

    static Stream<Arguments> fractions() {
        return Stream.of(
                Arguments.of(new Typed(0.92, false), true), // 0,92 in a plain cell: asked, used as typed
                Arguments.of(new Typed(0.92, true), false), // the same shown as 92 %: it is 92, nothing to ask
                Arguments.of(new Typed(92, false), false),
                Arguments.of(new Typed(0, false), false)); // a zero alone says nothing
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("KADIS-01", "enam puluh", "Teks \"enam puluh\" bukan angka; tulis angka saja, mis. 12"),
                Arguments.of("KADIS-01", "2,5 juta", "Teks \"2,5 juta\" bukan angka; tulis angka saja, mis. 12"),
                Arguments.of("KADIS-01", "85% peserta", "Teks \"85% peserta\" bukan angka; tulis angka saja, mis. 12"),
                Arguments.of("KADIS-03", "A+", "Nilai \"A+\" bukan predikat (AA, A, BB, B, CC, C, D)"),
                Arguments.of("KADIS-03", "90", "Nilai \"90\" bukan predikat (AA, A, BB, B, CC, C, D)"));
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @MethodSource("refused")
    void aValueTheTargetsWorkbookRefusesStopsRenstraXlsxNamingFileSheetCellValueAndTheFix(String code, String typed,
            String reason) throws IOException {
        Typed value = Typed.text(typed);
        Target target = targets(code, value).get(code);
        List<Problem> targetNotes = targetNotes(code, value);
        CatalogueException e = catchThrowableOfType(CatalogueException.class, () -> new RenstraWorkbook(CATALOGUE)
                .read(RenstraWorkbook.FILE, Authors.excel(renstra(code, value)), false));

        assertThat(target.annual()).isNull();
        assertThat(target.annualPredikat()).isNull();
        assertThat(targetNotes).singleElement().satisfies(p -> assertThat(p.reason()).contains(reason));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.findings()).containsExactly(TARGET_CELL + ": " + reason + ".", REALISATION_CELL + ": " + reason
                + ".");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("grades")
    void aGradeTypedIntoRenstraXlsxReadsAsInTheTargetsWorkbook(String typed, Predikat expected) throws IOException {
        String code = "KADIS-03";
        Typed value = Typed.text(typed);
        Renstra renstra = new RenstraWorkbook(CATALOGUE).read(RenstraWorkbook.FILE, Authors.excel(renstra(code,
                value)), false);

        assertThat(targets(code, value).get(code).annualPredikat()).isEqualTo(expected);
        assertThat(renstra.endTarget(code)).isEqualTo(Figure.of(expected));
        assertThat(renstra.earlier(code, 2025).realisasi()).isEqualTo(Figure.of(expected));
        assertThat(renstra.corrections()).isEmpty();
        assertThat(targetNotes(code, value)).isEmpty();
    }

    static Stream<Arguments> grades() {
        return Stream.of(Arguments.of(" a ", Predikat.A), Arguments.of("bb", Predikat.BB),
                Arguments.of("Predikat BB", Predikat.BB), Arguments.of("AA", Predikat.AA));
    }

    /** The targets workbook of the year with {@code typed} as the indicator's annual target. */
    private Map<String, Target> targets(String code, Typed typed) throws IOException {
        return readTargets(code, typed).byCode();
    }

    /** The targets workbook's notes on the annual target cell of {@code code} (not its checks of other rows). */
    private List<Problem> targetNotes(String code, Typed typed) throws IOException {
        Targets t = readTargets(code, typed);
        return t.notes().stream().filter(p -> p.cell() != null && p.cell().startsWith("F")
                && p.reason().startsWith(code + ", Target Tahunan")).toList();
    }

    private Targets readTargets(String code, Typed typed) throws IOException {
        Path file = TargetWorkbook.pathFor(dir, TAHUN);
        new TargetWorkbook(CATALOGUE).write(file, TAHUN, Map.of(), "uji");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = wb.getSheetAt(0);
            Row row = null;
            for (Row r : sheet) {
                if (r.getCell(0) != null && r.getCell(0).toString().equals(code)) {
                    row = r;
                }
            }
            assertThat(row).as(code + " in the targets workbook").isNotNull();
            put(wb, row, 5, typed);
            return new TargetReader(CATALOGUE).read(file.getFileName().toString(), Authors.excel(wb), TAHUN);
        }
    }

    /** A renstra.xlsx with one indicator: {@code typed} as its end target (J6) and its 2025 realisation (F6). */
    private static XSSFWorkbook renstra(String code, Typed typed) {
        XSSFWorkbook wb = new XSSFWorkbook();
        String name = CATALOGUE.indicator(code).orElseThrow().name();
        String satuan = CATALOGUE.indicator(code).orElseThrow().satuan();
        Sheet paths = wb.createSheet(RenstraWorkbook.PATHS);
        texts(paths.createRow(4), "Contoh", "Kode", "Indikator Kinerja", "Satuan", "Kondisi Awal 2021", "Target 2022",
                "Target 2023", "Target 2024", "Target 2025", "Target 2026 (Akhir Renstra)");
        Row p = paths.createRow(5);
        texts(p, "", code, name, satuan);
        put(wb, p, 9, typed);
        Sheet earlier = wb.createSheet(RenstraWorkbook.EARLIER);
        texts(earlier.createRow(4), "Contoh", "Kode", "Indikator Kinerja", "Satuan", "Target 2025", "Realisasi 2025");
        Row e = earlier.createRow(5);
        texts(e, "", code, name, satuan);
        put(wb, e, 5, typed);
        return wb;
    }

    private static void texts(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static void put(XSSFWorkbook wb, Row row, int c, Typed typed) {
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (typed.value() == null) {
            cell.setBlank();
        } else if (typed.value() instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(typed.value().toString());
        }
        if (typed.percent()) {
            XSSFCellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            cell.setCellStyle(percent);
        }
    }
}
