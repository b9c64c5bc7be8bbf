package id.go.banggaikab.rekap.warmup;

import id.go.banggaikab.rekap.output.NewWorkbook;
import id.go.banggaikab.rekap.output.PngImages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A small Word document with what the LAKIP table and the LKjIP hold (styled paragraphs, a table with merged and
 * shaded cells, a landscape section, a footer with the page number, a picture drawn with Java2D as the trend and
 * organisation charts are), written to memory and thrown away.
 */
final class DocumentWork {

    private DocumentWork() {
    }

    /** Java2D and the PNG encoder: text in the sans-serif face, measured and drawn smoothed. Returns the PNG. */
    static byte[] picture() {
        Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(9f);
        Font bold = plain.deriveFont(Font.BOLD);
        double width = bold.getStringBounds("Kepala Dinas", new FontRenderContext(null, true, true)).getWidth();
        BufferedImage image = new BufferedImage(160, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setPaint(new Color(0, 128, 128));
            g.setStroke(new BasicStroke(2f));
            g.drawLine(4, 50, 150, 10);
            g.setFont(bold);
            g.drawString("Kepala Dinas", 4, 20);
            g.setFont(plain);
            g.drawString(String.valueOf(Math.round(width)), 4, 40);
        } finally {
            g.dispose();
        }
        return PngImages.encode(image);
    }

    /** The document's bytes. */
    static byte[] write() throws Exception {
        byte[] png = picture();
        XWPFDocument doc = new XWPFDocument();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles();
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setKeepNext(true);
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setFontFamily("Arial");
            run.setFontSize(12);
            run.setText("Pengukuran Kinerja");
            table(doc);
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                    "pemanasan.png", Units.toEMU(120), Units.toEMU(45));
            footer(doc);
            CTBody body = doc.getDocument().getBody();
            CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr(); // the footer made one
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            size.setOrient(STPageOrientation.LANDSCAPE);
            section.addNewPgMar().setLeft(BigInteger.valueOf(1134));
            doc.write(out);
            return out.toByteArray();
        } finally {
            NewWorkbook.discard(doc); // let go as WordDocument lets the job's documents go, without a second save
        }
    }

    private static void table(XWPFDocument doc) {
        XWPFTable table = doc.createTable(3, 3);
        table.setWidth("100%");
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                cell.setText(r == 0 ? "Indikator" : "1,5");
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                if (r == 0) {
                    cell.setColor("D9E1F2");
                }
            }
        }
        table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
        table.getRow(0).setRepeatHeader(true);
    }

    private static void footer(XWPFDocument doc) {
        doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("LKjIP");
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        CTR field = p.createRun().getCTR();
        field.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        field.addNewInstrText().setStringValue("PAGE");
        field.addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
