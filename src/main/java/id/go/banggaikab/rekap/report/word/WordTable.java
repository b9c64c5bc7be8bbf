package id.go.banggaikab.rekap.report.word;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A Word table that fits the text width exactly: style Table Grid, a fixed layout, a {@code tblGrid} whose columns
 * add up to the table's width and a width on every cell that matches its grid column, the header row repeated on
 * every page and no row split across pages. Cells hold text in the Tabel Isi style; a column merged down a group
 * continues with {@code vMerge}.
 */
public final class WordTable {

    private static final String HEADER_FILL = "D9E2F3";
    private static final String GROUP_FILL = "F2F2F2";

    private final XWPFTable table;
    private final int[] widths;
    private boolean first = true;

    WordTable(XWPFDocument doc, int[] weights, int textWidth) {
        this.widths = widths(weights, textWidth);
        this.table = doc.createTable();
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = CTTblPr.Factory.newInstance();
        pr.addNewTblStyle().setVal("TableGrid");
        var w = pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(textWidth));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        ct.setTblPr(pr);
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    private static int[] widths(int[] weights, int total) {
        int sum = 0;
        for (int wt : weights) {
            sum += wt;
        }
        int[] out = new int[weights.length];
        int used = 0;
        for (int c = 0; c < weights.length; c++) {
            out[c] = c == weights.length - 1 ? total - used : total * weights[c] / sum;
            used += out[c];
        }
        return out;
    }

    /** The header row, shaded, bold and centred, repeated on every page. */
    public void header(List<String> names) {
        XWPFTableRow row = row();
        row.setRepeatHeader(true);
        for (int c = 0; c < names.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            var tcPr = cell.getCTTc().getTcPr();
            var shd = tcPr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(HEADER_FILL);
            tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
            text(cell, names.get(c), true, ParagraphAlignment.CENTER);
        }
    }

    /** A new row with one empty cell per grid column, each as wide as its column. */
    public XWPFTableRow row() {
        XWPFTableRow row = first ? table.getRow(0) : table.createRow();
        first = false;
        row.setCantSplitRow(true);
        while (row.getTableCells().size() < widths.length) {
            row.addNewTableCell();
        }
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            var w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(widths[c]));
        }
        return row;
    }

    /** A row of texts, left aligned but for the columns in {@code right} (numbers). */
    public XWPFTableRow add(List<String> values, int... right) {
        XWPFTableRow row = row();
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        for (int c : right) {
            numbers.add(c);
        }
        for (int c = 0; c < values.size(); c++) {
            text(row.getCell(c), values.get(c), false, numbers.contains(c) ? ParagraphAlignment.RIGHT
                    : ParagraphAlignment.LEFT);
        }
        return row;
    }

    /** A row of one bold cell across every column, a group's title ("Sasaran Strategis 1: …"), kept with the next. */
    public XWPFTableRow span(String text) {
        XWPFTableRow row = row();
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        CTTcPr tcPr = cell.getCTTc().getTcPr();
        tcPr.getTcW().setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        tcPr.addNewGridSpan().setVal(BigInteger.valueOf(widths.length));
        var shd = tcPr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(GROUP_FILL);
        text(cell, text, true, ParagraphAlignment.LEFT);
        keepWithNext(row);
        return row;
    }

    /** Writes {@code value} into a cell, one paragraph per line. */
    public static void text(XWPFTableCell cell, String value, boolean bold, ParagraphAlignment align) {
        String[] lines = value == null ? new String[] {""} : value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setStyle("TabelIsi");
            p.setAlignment(align);
            if (!lines[i].isEmpty()) {
                XWPFRun run = p.createRun();
                run.setBold(bold);
                run.setText(lines[i]);
            }
        }
    }

    /** Keeps a row on the page of the next one: a sasaran's rows, merged down, stay together. */
    public static void keepWithNext(XWPFTableRow row) {
        for (XWPFTableCell cell : row.getTableCells()) {
            cell.getParagraphs().forEach(p -> p.setKeepNext(true));
        }
    }

    /** Marks a cell as the start ({@code start}) or a continuation of a block merged down its column. */
    public static void mergeDown(XWPFTableCell cell, boolean start) {
        var vMerge = cell.getCTTc().getTcPr().addNewVMerge();
        if (start) {
            vMerge.setVal(STMerge.RESTART);
        }
    }
}
