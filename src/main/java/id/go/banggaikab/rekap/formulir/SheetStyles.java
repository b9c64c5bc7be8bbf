package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one form or receipt, made once per workbook because a workbook holds a limited number of styles.
 * Every style is locked (the Excel default) except {@link #input} and {@link #inputText}: on a protected sheet the
 * yellow cells are exactly the ones staff can type in, which is the whole point of the colour.
 */
final class SheetStyles {

    /** Light yellow: "type here". */
    static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    /** Light grey: "computed or not applicable". */
    static final byte[] GREY_FILL = {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6};
    private static final byte[] HEADER_FILL = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle label;
    final XSSFCellStyle plain;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle centred;
    final XSSFCellStyle small;
    final XSSFCellStyle input;
    final XSSFCellStyle inputText;
    final XSSFCellStyle computed;
    final XSSFCellStyle unused;
    final XSSFCellStyle previous;
    final XSSFCellStyle section;

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> numbers = new HashMap<>();

    SheetStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        title = style(font(14, true, false), false, null);
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = style(font(11, true, false), false, null);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        label = style(font(10, true, false), false, null);
        plain = style(font(10, false, false), false, null);
        plain.setAlignment(HorizontalAlignment.LEFT);
        note = style(font(9, false, true), false, null);
        note.setWrapText(true);
        section = style(font(11, true, false), false, null);
        header = style(font(10, true, false), true, HEADER_FILL);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        text = style(font(10, false, false), true, null);
        text.setWrapText(true);
        centred = style(font(10, false, false), true, null);
        centred.setAlignment(HorizontalAlignment.CENTER);
        small = style(font(8, false, false), true, null);
        small.setWrapText(true);
        input = style(font(10, false, false), true, INPUT_FILL);
        input.setLocked(false);
        inputText = style(font(10, false, false), true, INPUT_FILL);
        inputText.setLocked(false);
        inputText.setWrapText(true);
        computed = style(font(10, false, false), true, GREY_FILL);
        computed.setDataFormat(workbook.createDataFormat().getFormat(IndonesianNumbers.FRACTION_FORMAT));
        unused = style(font(10, false, false), true, GREY_FILL);
        previous = style(font(10, false, true), true, null);
        previous.setWrapText(true);
        previous.setAlignment(HorizontalAlignment.RIGHT);
    }

    /** A bordered, locked number cell showing decimals only when the value has them. */
    XSSFCellStyle number(double value) {
        String format = IndonesianNumbers.formatOf(value);
        return numbers.computeIfAbsent(format, f -> {
            XSSFCellStyle s = style(font(10, false, false), true, null);
            s.setDataFormat(workbook.createDataFormat().getFormat(f));
            return s;
        });
    }

    private XSSFFont font(int points, boolean bold, boolean italic) {
        XSSFFont f = workbook.createFont();
        f.setFontName("Arial");
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    private XSSFCellStyle style(XSSFFont font, boolean bordered, byte[] fill) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setFont(font);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        if (fill != null) {
            s.setFillForegroundColor(new XSSFColor(fill, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }
}
