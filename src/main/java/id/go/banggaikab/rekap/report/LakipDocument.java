package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The LAKIP table as a Word table for Bab III of the LKjIP: A4 landscape, bordered, the header row repeated on every
 * page and rows kept whole, No and Sasaran merged down each sasaran. Figures are written as Indonesian text
 * (1.234,5) since Word does not format numbers.
 */
final class LakipDocument {

    /** A4 landscape in twentieths of a point, with 2 cm margins. */
    private static final int PAGE_W = 16838;
    private static final int PAGE_H = 11906;
    private static final int MARGIN = 1134;
    private static final int[] WEIGHTS = {4, 21, 26, 7, 7, 8, 8, 10, 8, 10};

    private LakipDocument() {
    }

    static void write(Recap recap, LakipTable table, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            if (recap.sample()) {
                text(doc.createParagraph(), Wording.SAMPLE_BANNER, true, 12, "C00000");
            }
            XWPFParagraph heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            text(heading, "Tabel 3.1 ", true, 12, null);
            text(heading, table.title(), true, 12, null).addBreak();
            XWPFParagraph note = doc.createParagraph();
            note.setAlignment(ParagraphAlignment.CENTER);
            text(note, Wording.runLine(recap), false, 9, "595959");
            table(doc, table);
            doc.write(out);
        }
    }

    private static void table(XWPFDocument doc, LakipTable table) {
        List<String> columns = table.columns();
        int[] widths = widths(columns.size());
        XWPFTable t = doc.createTable(1, columns.size());
        t.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        t.setWidth(Integer.toString(PAGE_W - 2 * MARGIN));
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor("D9E2F3");
            fill(cell, columns.get(c), true, widths[c], ParagraphAlignment.CENTER);
        }
        for (LakipTable.Group g : table.groups()) {
            boolean first = true;
            for (IndicatorResult r : g.indicators()) {
                XWPFTableRow row = t.createRow();
                row.setCantSplitRow(true);
                List<String> values = new ArrayList<>(List.of(first ? g.number() : "", first ? g.sasaran() : "",
                        r.indicator().name(), r.indicator().satuan(), Wording.figure(r.target()),
                        Wording.figure(r.ytd()), Wording.percent(r.capaian()),
                        Wording.category(r.kategori(), r.ytd(), r.target())));
                if (table.withLastYear()) {
                    values.add(Wording.figure(r.lastYear()));
                    values.add(LakipTable.change(r));
                }
                for (int c = 0; c < values.size(); c++) {
                    ParagraphAlignment align = c >= 4 && c != 7 ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
                    fill(row.getCell(c), values.get(c), c < 2, widths[c], align);
                }
                if (g.indicators().size() > 1) {
                    merge(row.getCell(0), first);
                    merge(row.getCell(1), first);
                }
                first = false;
            }
        }
    }

    private static void merge(XWPFTableCell cell, boolean start) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var vMerge = tcPr.addNewVMerge();
        if (start) {
            vMerge.setVal(STMerge.RESTART);
        }
    }

    private static void fill(XWPFTableCell cell, String value, boolean bold, int width, ParagraphAlignment align) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        text(p, value, bold, 9, null);
    }

    private static XWPFRun text(XWPFParagraph p, String value, boolean bold, int size, String color) {
        XWPFRun run = p.createRun();
        run.setText(value == null ? "" : value);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("Arial");
        if (color != null) {
            run.setColor(color);
        }
        return run;
    }

    private static int[] widths(int columns) {
        int total = 0;
        for (int c = 0; c < columns; c++) {
            total += WEIGHTS[c];
        }
        int[] out = new int[columns];
        for (int c = 0; c < columns; c++) {
            out[c] = (PAGE_W - 2 * MARGIN) * WEIGHTS[c] / total;
        }
        return out;
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.addNewPgMar();
        for (var setter : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom,
                margins::setLeft, margins::setRight)) {
            setter.accept(BigInteger.valueOf(MARGIN));
        }
    }
}
