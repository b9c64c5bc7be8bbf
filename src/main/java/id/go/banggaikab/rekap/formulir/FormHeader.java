package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Everything above the table: the title lines, the header block the reader takes who and when from (a label cell,
 * the value in the next cell), a one-line hint, and the column headers. No line here may hold a colon or a word the
 * reader takes for a column, so the header block and the table are found exactly where they are written.
 */
final class FormHeader {

    static final String TITLE = "FORMULIR REALISASI INDIKATOR KINERJA INDIVIDU";
    /** The empty row between the title lines and the header block, where a sample form carries its banner. */
    static final int BLANK_ROW = 3;
    static final String HINT = "Isi hanya sel berlatar kuning. Sel abu-abu dihitung otomatis atau tidak perlu diisi. "
            + "Baca lembar Petunjuk sebelum mengisi.";

    private FormHeader() {
    }

    static void write(XSSFSheet sheet, SheetStyles styles, FormLayout layout, String dinasName, Unit unit,
            Periode periode) {
        int last = layout.last();
        centred(sheet, 0, TITLE, styles.title, last);
        centred(sheet, 1, dinasName.toUpperCase(Locale.ROOT), styles.subtitle, last);
        centred(sheet, 2, periode.longLabel().toUpperCase(Locale.ROOT), styles.subtitle, last);
        labelled(sheet, styles, 4, "Unit Kerja", unit.name());
        labelled(sheet, styles, 5, "Tahun", null);
        SheetWriting.number(sheet, 5, 2, periode.tahun(), styles.plain);
        labelled(sheet, styles, 6, "Triwulan", Periode.roman(periode.triwulan()));
        SheetWriting.text(sheet, 7, 0, HINT, styles.note);
        SheetWriting.merge(sheet, 7, 0, last, styles.note);
        int h = FormLayout.HEADER_ROW;
        int lines = 1;
        for (int c = 0; c <= last; c++) {
            FormColumn column = layout.columns().get(c);
            String header = column.header(periode);
            SheetWriting.text(sheet, h, c, header, styles.header);
            lines = Math.max(lines, SheetWriting.lines(header, column.width()));
        }
        SheetWriting.height(sheet, h, lines);
    }

    private static void centred(XSSFSheet sheet, int r, String text, org.apache.poi.ss.usermodel.CellStyle style,
            int last) {
        SheetWriting.text(sheet, r, 0, text, style);
        SheetWriting.merge(sheet, r, 0, last, style);
        SheetWriting.height(sheet, r, 1);
        SheetWriting.row(sheet, r).setHeightInPoints(r == 0 ? 20 : 16);
    }

    /** Label over the first two columns, value over the next two: the reader looks right of the label. */
    private static void labelled(XSSFSheet sheet, SheetStyles styles, int r, String label, String value) {
        SheetWriting.text(sheet, r, 0, label, styles.label);
        SheetWriting.merge(sheet, r, 0, 1, styles.label);
        if (value != null) {
            SheetWriting.text(sheet, r, 2, value, styles.plain);
        }
        SheetWriting.merge(sheet, r, 2, 3, styles.plain);
    }
}
