package id.go.banggaikab.rekap.formulir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.targets.TargetReader;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.submission.ReaderSettings;
import id.go.banggaikab.rekap.submission.Submission;
import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance test of the generated form: for every unit of the real catalogue, a form filled the way a clerk
 * would fill it reads back through the real reader with every value as typed and not a single problem.
 */
class FormRoundTripTest {

    static Catalogue catalogue;
    static Map<String, Target> targets;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalogue = CatalogueLoader.load(Path.of("config/katalog.yml"));
        targets = new TargetReader(catalogue).read(Path.of("config/target-2026.xlsx"), 2026).byCode();
    }

    static Stream<String> reportingUnits() {
        return CatalogueLoader.load(Path.of("config/katalog.yml")).reportingUnits().stream().map(Unit::code);
    }

    @ParameterizedTest
    @MethodSource("reportingUnits")
    void filledFormOfEveryUnitReadsBackExactlyWithoutAnyProblem(String unitCode) throws Exception {
        assertRoundTrip(unitCode, new Periode(2026, 2), Map.of(), false);
    }

    @ParameterizedTest
    @MethodSource("reportingUnits")
    void formWithLastQuarterAndRecalculatedFormulasStillReadsWithoutProblem(String unitCode) throws Exception {
        Map<String, PreviousValue> last = new HashMap<>();
        for (Indicator i : catalogue.indicatorsReportableBy(unitCode)) {
            last.put(i.code(), i.isRatio() ? new PreviousValue(null, 8.0, 20.0, null)
                    : new PreviousValue(99.0, null, null, null));
        }
        assertRoundTrip(unitCode, new Periode(2026, 3), last, true);
    }

    /**
     * A script (openpyxl and the like) fills the form and saves it without recalculating: the grey ratio cells keep
     * their formula but lose their result, written as an empty number or not at all. They are computed, so the
     * seksi is never told that a "Realisasi 0" it never typed disagrees with its parts.
     */
    @ParameterizedTest
    @MethodSource("reportingUnits")
    void formFilledByAScriptThatDoesNotRecalculateReadsBackWithoutProblem(String unitCode) throws Exception {
        Unit unit = catalogue.unit(unitCode).orElseThrow();
        Path form = new FormTemplateWriter(catalogue).write(unit, new Periode(2026, 2), targets, Map.of(), dir);
        FilledForm filled = new FilledForm().fill(form, catalogue.indicatorsReportableBy(unitCode), false);
        ScriptSaved.dropFormulaResults(form, unitCode.hashCode() % 2 == 0);

        Submission s = new SubmissionReader(catalogue, ReaderSettings.defaults()).read(form, dir);

        assertEquals(List.of(), s.problems(), "tidak boleh ada masalah sama sekali");
        Map<String, ReadRow> rows = s.rows().stream().collect(Collectors.toMap(ReadRow::indicatorCode,
                Function.identity()));
        filled.expected().forEach((code, e) -> FilledForm.assertReadAsFilled(e, rows.get(code), code));
    }

    @Test
    void blankFormReportsNothingAndComplainsAboutNothing() throws Exception {
        Unit unit = catalogue.unit("SEKSI-FUM").orElseThrow();
        Path form = new FormTemplateWriter(catalogue).write(unit, new Periode(2026, 1), targets, Map.of(), dir);
        Submission s = new SubmissionReader(catalogue, ReaderSettings.defaults()).read(form, dir);
        assertEquals(List.of(), s.problems());
        assertTrue(s.accepted());
        assertFalse(s.rows().stream().anyMatch(ReadRow::hasValue), "formulir kosong tidak boleh berisi nilai");
    }

    @Test
    void aSampleFormCarriesTheDataContohMarkOnBothSheetsAndStillReadsWithoutProblem() throws Exception {
        Unit unit = catalogue.unit("SEKSI-FUM").orElseThrow();
        Path form = new FormTemplateWriter(catalogue, true).write(unit, new Periode(2026, 2), targets, Map.of(), dir);
        try (var in = java.nio.file.Files.newInputStream(form);
                var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertEquals("DATA CONTOH — bukan data resmi", wb.getSheet("Realisasi").getRow(3).getCell(0)
                    .getStringCellValue());
            assertEquals("DATA CONTOH — bukan data resmi", wb.getSheet("Petunjuk").getRow(2).getCell(0)
                    .getStringCellValue());
        }
        FilledForm filled = new FilledForm().fill(form, catalogue.indicatorsReportableBy("SEKSI-FUM"), false);
        Submission s = new SubmissionReader(catalogue, ReaderSettings.defaults()).read(form, dir);
        assertEquals(List.of(), s.problems());
        assertEquals(filled.expected().keySet(), s.rows().stream().map(ReadRow::indicatorCode)
                .collect(Collectors.toSet()));
    }

    private void assertRoundTrip(String unitCode, Periode periode, Map<String, PreviousValue> last,
            boolean recalculate) throws Exception {
        Unit unit = catalogue.unit(unitCode).orElseThrow();
        List<Indicator> indicators = catalogue.indicatorsReportableBy(unitCode);
        Path form = new FormTemplateWriter(catalogue).write(unit, periode, targets, last, dir);
        FilledForm filled = new FilledForm().fill(form, indicators, recalculate);

        Submission s = new SubmissionReader(catalogue, ReaderSettings.defaults()).read(form, dir);

        assertEquals(List.of(), s.problems(), "tidak boleh ada masalah sama sekali");
        assertEquals(unitCode, s.unitCode());
        assertEquals(periode, s.periode());
        Map<String, ReadRow> rows = s.rows().stream().collect(Collectors.toMap(ReadRow::indicatorCode,
                Function.identity()));
        assertEquals(filled.expected().keySet(), rows.keySet());
        filled.expected().forEach((code, e) -> FilledForm.assertReadAsFilled(e, rows.get(code), code));
    }
}
