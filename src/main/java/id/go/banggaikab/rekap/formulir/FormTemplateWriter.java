package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.output.NewWorkbook;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.output.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank quarterly form of one unit: the "Realisasi" sheet pre-filled with every indicator the unit
 * reports and its targets, and a "Petunjuk" sheet. A form the office did not have to build is a form the reader
 * understands; the acceptance test is that a filled copy reads back with no problem at all. The sheets are protected
 * without a password (only the yellow cells take input) and the workbook structure is locked so the sheet cannot be
 * renamed by accident; anyone can lift either in Excel, and reading needs neither lifted.
 */
public final class FormTemplateWriter {

    static final String SHEET = "Realisasi";

    private final Catalogue catalogue;
    private final boolean sample;
    private final Paper paper;

    public FormTemplateWriter(Catalogue catalogue) {
        this(catalogue, false);
    }

    /** {@code sample}: the run is on sample data, so its targets are sample figures and the form says so. */
    public FormTemplateWriter(Catalogue catalogue, boolean sample) {
        this(catalogue, sample, Paper.A4);
    }

    /** As {@link #FormTemplateWriter(Catalogue, boolean)}, set up to print on {@code paper} ({@code rekap.kertas}). */
    public FormTemplateWriter(Catalogue catalogue, boolean sample, Paper paper) {
        this.catalogue = catalogue;
        this.sample = sample;
        this.paper = paper;
    }

    /**
     * Writes {@code <dir>/<unit name> - <tahun> TW <roman>.xlsx}, replacing an earlier blank of that name.
     * {@code targets} and {@code lastQuarter} are keyed by indicator code; either may lack entries.
     */
    public Path write(Unit unit, Periode periode, Map<String, Target> targets, Map<String, PreviousValue> lastQuarter,
            Path dir) {
        List<Indicator> indicators = catalogue.indicatorsReportableBy(unit.code());
        Map<String, PreviousValue> previous = lastQuarter == null ? Map.of() : lastQuarter;
        boolean withPrevious = indicators.stream()
                .anyMatch(i -> previous.get(i.code()) != null && !previous.get(i.code()).isEmpty());
        FormLayout layout = FormLayout.of(withPrevious);
        try (XSSFWorkbook workbook = new NewWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(SHEET);
            FormHeader.write(sheet, styles, layout, catalogue.dinasName(), unit, periode);
            if (sample) {
                SheetWriting.sampleBanner(sheet, styles, FormHeader.BLANK_ROW, layout.last());
            }
            int last = new IndicatorRows(catalogue, sheet, styles, layout, periode).write(indicators,
                    FormLayout.HEADER_ROW + 1, targets == null ? Map.of() : targets, previous);
            int end = signature(sheet, styles, layout, unit, periode, last + 2);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            finish(sheet, layout, end, paper);
            InstructionsSheet.write(workbook, styles, unit, periode, indicators, sample, counted(indicators));
            workbook.setActiveSheet(0);
            workbook.lockStructure();
            return OutputFile.write(workbook, OutputFile.of(dir, unit, periode));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the Petunjuk says of each part of these indicators that a register gives. */
    private List<String> counted(List<Indicator> indicators) {
        List<String> out = new java.util.ArrayList<>();
        for (Indicator i : indicators) {
            List<String> parts = catalogue.registerRules().stream().filter(r -> r.indicatorCode().equals(i.code()))
                    .map(r -> r.slot().word() + " dari " + r.describe().replaceFirst(": ", " (") + ")").toList();
            if (!parts.isEmpty()) {
                out.add(i.code() + " " + i.name() + ": " + String.join("; ", parts) + ".");
            }
        }
        return out;
    }

    /**
     * The signing block under the table, on its right (Pembilang to Bukti), inside the print area: the form is signed
     * on paper. Its first line starts with "Luwuk," which is where the reader stops reading rows, so nothing below can
     * be mistaken for an indicator.
     */
    private int signature(XSSFSheet sheet, SheetStyles styles, FormLayout layout, Unit unit, Periode periode, int r) {
        int first = layout.col(FormColumn.PEMBILANG);
        int lastCol = layout.last();
        int width = 0;
        for (int c = first; c <= lastCol; c++) {
            width += layout.columns().get(c).width();
        }
        Optional<Position> head = catalogue.headOf(unit.code());
        String title = head.map(Position::name).orElse("Kepala " + unit.name());
        String name = head.map(p -> p.holder() == null ? null : p.holder().name()).orElse(null);
        String nip = head.map(p -> p.holder() == null ? null : p.holder().nip()).orElse(null);
        String[] lines = {"Luwuk, ........................ " + periode.tahun(), title, "", "",
            name == null || name.isBlank() ? "(...................................)" : name,
            "NIP. " + (nip == null || nip.isBlank() ? "..............................." : nip)};
        for (int i = 0; i < lines.length; i++) {
            SheetWriting.text(sheet, r + i, first, lines[i], i == 4 ? styles.label : styles.plain);
            SheetWriting.merge(sheet, r + i, first, lastCol, i == 4 ? styles.label : styles.plain);
        }
        SheetWriting.height(sheet, r + 1, SheetWriting.lines(title, width));
        return r + lines.length - 1;
    }

    private static void finish(XSSFSheet sheet, FormLayout layout, int lastRow, Paper paper) {
        for (int c = 0; c <= layout.last(); c++) {
            sheet.setColumnWidth(c, layout.columns().get(c).width() * 256 + 200);
        }
        sheet.createFreezePane(layout.col(FormColumn.INDIKATOR) + 1, FormLayout.HEADER_ROW + 1);
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        SheetWriting.printSetup(sheet, FormLayout.HEADER_ROW, layout.last(), lastRow, paper);
        sheet.setDisplayGridlines(false);
        sheet.setZoom(90);
    }
}
