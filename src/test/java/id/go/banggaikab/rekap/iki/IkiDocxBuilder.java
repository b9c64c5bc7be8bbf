package id.go.banggaikab.rekap.iki;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Builds IKI documents in Word as offices write them, for the reader's tests: a position's JABATAN, TUGAS and FUNGSI
 * paragraphs (or a table row), its table with the sasaran merged down, formulas typed or as Word equations, header
 * rows repeated, blank rows, a NO column, and the signature block with name and NIP.
 */
final class IkiDocxBuilder {

    static final String M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    /** One indicator row: sasaran (null: merged with the row above), indicator, formula, source. */
    record Row(String sasaran, String indicator, String formula, String source) {
    }

    /** How a position is laid out. */
    record Layout(boolean dutiesInTable, boolean noColumn, boolean repeatHeader, boolean blankRows,
            boolean numberedSasaran, boolean lowerCaseLabels, boolean columnNumbers) {
        static final Layout PLAIN = new Layout(false, false, false, false, false, false, false);
    }

    private final XWPFDocument doc = new XWPFDocument();

    IkiDocxBuilder title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setBold(true);
        r.setText(text);
        return this;
    }

    /** A position in the template of the seed. */
    IkiDocxBuilder position(String jabatan, List<String> tugas, List<String> fungsi, String heading, List<Row> rows,
            List<String> signature, String name, String nip, Layout layout) {
        title("INDIKATOR KINERJA INDIVIDU");
        String j = layout.lowerCaseLabels() ? "Jabatan" : "JABATAN";
        String t = layout.lowerCaseLabels() ? "Tugas" : "TUGAS";
        String f = layout.lowerCaseLabels() ? "Fungsi" : "FUNGSI";
        if (layout.dutiesInTable()) {
            XWPFTable table = doc.createTable(3, 4);
            fill(table.getRow(0), "1.", j, ":", jabatan);
            fill(table.getRow(1), "2.", t, ":", null);
            items(table.getRow(1).getCell(3), tugas);
            fill(table.getRow(2), "3.", f, ":", fungsi.isEmpty() ? "-" : null);
            if (!fungsi.isEmpty()) {
                items(table.getRow(2).getCell(3), fungsi);
            }
        } else {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("1. " + j + " : ");
            XWPFRun bold = p.createRun();
            bold.setBold(true);
            bold.setText(jabatan);
            paragraph("2. " + t + " :");
            tugas.forEach(this::paragraph);
            paragraph("3. " + f + " :" + (fungsi.isEmpty() ? " -" : ""));
            fungsi.forEach(this::paragraph);
        }
        table(heading, rows, layout);
        doc.createParagraph();
        XWPFParagraph sig = doc.createParagraph();
        XWPFRun run = sig.createRun();
        run.setBold(true);
        for (int i = 0; i < signature.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(signature.get(i));
        }
        doc.createParagraph();
        if (name != null) {
            paragraph(name);
        }
        if (nip != null) {
            paragraph(nip);
        }
        return this;
    }

    private void table(String heading, List<Row> rows, Layout layout) {
        List<String> header = new ArrayList<>(List.of(heading, "INDIKATOR KINERJA",
                "PENJELASAN/FORMULASI PENGHITUNGAN", "SUMBER DATA"));
        if (layout.noColumn()) {
            header.add(0, "NO");
        }
        XWPFTable table = doc.createTable(1, header.size());
        fill(table.getRow(0), header.toArray(String[]::new));
        if (layout.columnNumbers()) {
            XWPFTableRow numbers = table.createRow();
            for (int c = 0; c < header.size(); c++) {
                numbers.getCell(c).setText("(" + (c + 1) + ")");
            }
        }
        int offset = layout.noColumn() ? 1 : 0;
        int n = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (layout.repeatHeader() && i == rows.size() / 2 && i > 0) {
                fill(table.createRow(), header.toArray(String[]::new));
            }
            if (layout.blankRows() && i == 1) {
                table.createRow();
            }
            XWPFTableRow row = table.createRow();
            if (layout.noColumn()) {
                row.getCell(0).setText(Integer.toString(++n));
            }
            XWPFTableCell sasaran = row.getCell(offset);
            CTTcPr pr = sasaran.getCTTc().isSetTcPr() ? sasaran.getCTTc().getTcPr() : sasaran.getCTTc().addNewTcPr();
            if (r.sasaran() == null) {
                pr.addNewVMerge();
            } else {
                pr.addNewVMerge().setVal(STMerge.RESTART);
                sasaran.setText((layout.numberedSasaran() ? (i + 1) + ". " : "") + r.sasaran());
            }
            row.getCell(offset + 1).setText(r.indicator().replace("\\sum ", "∑ "));
            formula(row.getCell(offset + 2), r.formula());
            if (r.source() != null) {
                row.getCell(offset + 3).setText(r.source());
            }
        }
    }

    /**
     * A formula cell: "\frac{A}{B} \times 100 \%" as a Word equation (a fraction of two Σ), anything else as typed
     * text with "\sum" typed as ∑.
     */
    private static void formula(XWPFTableCell cell, String formula) {
        if (formula == null) {
            return;
        }
        if (formula.startsWith("$\\frac{")) {
            String body = formula.substring(1, formula.lastIndexOf('$'));
            int split = matching(body, body.indexOf('{'));
            String num = body.substring(body.indexOf('{') + 1, split);
            int denEnd = matching(body, split + 1);
            String den = body.substring(split + 2, denEnd);
            equation(cell.getParagraphs().get(0), sum(num), sum(den), " × 100 %");
            return;
        }
        cell.setText(formula.replace("\\sum ", "∑ ").replace("\\sum", "∑"));
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            depth += s.charAt(i) == '{' ? 1 : s.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException(s);
    }

    /** "\sum \text{PNS …}" as the text under a Σ; null when the part has no Σ. */
    private static String[] sum(String part) {
        String text = part.replaceAll("\\\\text\\{([^}]*)}", "$1").strip();
        return text.startsWith("\\sum") ? new String[] {"∑", text.substring(4).strip()} : new String[] {null, text};
    }

    /** Inserts {@code <m:oMath>} with a fraction whose parts are Σ-sums (or plain text) into the paragraph. */
    static void equation(XWPFParagraph p, String[] num, String[] den, String after) {
        String xml = "<m:oMath xmlns:m=\"" + M + "\"><m:f><m:fPr><m:type m:val=\"bar\"/></m:fPr><m:num>" + part(num)
                + "</m:num><m:den>" + part(den) + "</m:den></m:f><m:r><m:t>" + escape(after) + "</m:t></m:r>"
                + "</m:oMath>";
        insert(p, xml);
    }

    static void insert(XWPFParagraph p, String xml) {
        try {
            XmlObject math = XmlObject.Factory.parse(xml);
            try (XmlCursor src = math.newCursor(); XmlCursor dst = p.getCTP().newCursor()) {
                src.toFirstChild();
                dst.toEndToken();
                src.copyXml(dst);
            }
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(String[] p) {
        String text = "<m:r><m:t>" + escape(p[1]) + "</m:t></m:r>";
        if (p[0] == null) {
            return text;
        }
        return "<m:nary><m:naryPr><m:chr m:val=\"" + p[0] + "\"/><m:limLoc m:val=\"undOvr\"/><m:subHide m:val=\"1\"/>"
                + "<m:supHide m:val=\"1\"/></m:naryPr><m:sub/><m:sup/><m:e>" + text + "</m:e></m:nary>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void fill(XWPFTableRow row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                row.getCell(c).setText(texts[c]);
            }
        }
    }

    private static void items(XWPFTableCell cell, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.createRun().setText(items.get(i));
        }
    }

    /** The positions of the seed's form, laid out plainly. */
    IkiDocxBuilder positions(List<SeedDocument.SeedPosition> positions) {
        return positions(positions, Layout.PLAIN);
    }

    IkiDocxBuilder positions(List<SeedDocument.SeedPosition> positions, Layout layout) {
        for (SeedDocument.SeedPosition p : positions) {
            position(p.title(), p.tugas(), p.fungsi(), p.heading(), p.rows(), p.signature(), p.name(), p.nip(),
                    layout);
        }
        return this;
    }

    /**
     * A table of {@code columns} right after the first table, an empty paragraph between them: the rest of a table
     * Word split at a page break, without a header of its own.
     */
    XWPFTable tableAfterFirst(int columns) {
        XWPFTable first = doc.getTables().get(0);
        XmlCursor c = first.getCTTbl().newCursor();
        c.toEndToken();
        c.toNextToken();
        XWPFParagraph gap = doc.insertNewParagraph(c);
        XmlCursor after = gap.getCTP().newCursor();
        after.toEndToken();
        after.toNextToken();
        XWPFTable table = doc.insertNewTbl(after);
        XWPFTableRow row = table.getRow(0);
        for (int i = row.getTableCells().size(); i < columns; i++) {
            row.addNewTableCell();
        }
        return table;
    }

    IkiDocxBuilder paragraph(String text) {
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    /** An automatic lettered list ("a.", "b.", …) whose letters are not in the text, as Word keeps them. */
    IkiDocxBuilder letteredList(List<String> items) {
        BigInteger numId = Numbering.lowerLetter(doc);
        for (String item : items) {
            XWPFParagraph p = doc.createParagraph();
            p.setNumID(numId);
            p.setNumILvl(BigInteger.ZERO);
            p.createRun().setText(item);
        }
        return this;
    }

    XWPFDocument document() {
        return doc;
    }

    Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return file;
    }

    byte[] bytes() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        return out.toByteArray();
    }
}
