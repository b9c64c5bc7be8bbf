package id.go.banggaikab.rekap.iki;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.iki.IkiDocxBuilder.Row;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What Word keeps around and inside an IKI document that is not on the printed page as the reader first sees it: a
 * title broken over two lines with Shift+Enter, a table of contents listing every JABATAN, and table rows deleted
 * with Track Changes on.
 */
class WordStructureTest {

    private static final String TITLE = "KEPALA SEKSI KELEMBAGAAN KOPERASI";
    private static final List<Row> ROWS = List.of(
            new Row("Meningkatnya kualitas kelembagaan koperasi", "Jumlah Koperasi yang Dibina",
                    "Σ Koperasi yang dibina", "Seksi Kelembagaan"),
            new Row(null, "Persentase Koperasi yang Melaksanakan RAT", "Σ Koperasi RAT / Σ Koperasi aktif x 100%",
                    "Data Keragaan Koperasi"));

    private static IkiDocument read(IkiDocxBuilder doc) throws Exception {
        return IkiDocxReader.read("iki.docx", doc.bytes());
    }

    private static IkiDocxBuilder position(IkiDocxBuilder doc, String title) {
        return doc.position(title, List.of("a. Menyiapkan bahan pembinaan kelembagaan koperasi;"), List.of(),
                "SASARAN KINERJA KEGIATAN", ROWS, List.of(title), "HAMKA LAMUSU, S.E", "NIP. 19720817 199803 1 005",
                IkiDocxBuilder.Layout.PLAIN);
    }

    @Test
    void shouldReadAJabatanTitleBrokenOverTwoLinesWithShiftEnter() throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder().title("INDIKATOR KINERJA INDIVIDU");
        XWPFParagraph p = doc.document().createParagraph();
        p.createRun().setText("1. JABATAN : ");
        XWPFRun title = p.createRun();
        title.setBold(true);
        title.setText("KEPALA SEKSI");
        title.addBreak();
        title.setText("KELEMBAGAAN KOPERASI");
        doc.paragraph("2. TUGAS :").paragraph("a. Menyiapkan bahan;").paragraph("3. FUNGSI : -");
        position(doc, "PENGOLAH DATA KELEMBAGAAN");
        List<DocPosition> positions = read(doc).positions();
        assertThat(positions).extracting(DocPosition::title).containsExactly(TITLE, "PENGOLAH DATA KELEMBAGAAN");
        assertThat(positions.get(0).tugas()).containsExactly("a. Menyiapkan bahan;");
    }

    @Test
    void shouldPassOverATableOfContentsThatListsEveryJabatan() throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder().title("INDIKATOR KINERJA INDIVIDU").title("DAFTAR ISI");
        XWPFDocument word = doc.document();
        CTStyle toc = CTStyle.Factory.newInstance();
        toc.setStyleId("Daftarisi1");
        toc.setType(STStyleType.PARAGRAPH);
        toc.addNewName().setVal("toc 1");
        word.createStyles().addStyle(new XWPFStyle(toc));
        for (String entry : List.of(TITLE, "PENGOLAH DATA KELEMBAGAAN")) {
            XWPFParagraph p = word.createParagraph();
            p.setStyle("Daftarisi1");
            XWPFRun r = p.createRun();
            r.setText("1. JABATAN : " + entry);
            r.addTab();
            r.setText("3");
        }
        doc.paragraph("JABATAN : KEPALA BIDANG KELEMBAGAAN ........................ 5");
        position(doc, TITLE);
        position(doc, "PENGOLAH DATA KELEMBAGAAN");
        IkiDocument read = read(doc);
        assertThat(read.positions()).extracting(DocPosition::title).containsExactly(TITLE,
                "PENGOLAH DATA KELEMBAGAAN");
        assertThat(read.positions()).allSatisfy(p -> assertThat(p.rows()).hasSize(2));
    }

    @Test
    void shouldLeaveOutATableRowDeletedWithTrackChangesAndKeepOneInserted() throws Exception {
        IkiDocxBuilder doc = position(new IkiDocxBuilder(), TITLE);
        List<XWPFTableRow> rows = doc.document().getTables().get(0).getRows();
        trackedRow(rows.get(1), "del");
        trackedRow(rows.get(2), "ins");
        assertThat(read(doc).positions().get(0).rows()).extracting(DocRow::indicator)
                .containsExactly("Persentase Koperasi yang Melaksanakan RAT");
    }

    private static void trackedRow(XWPFTableRow row, String change) {
        var pr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
        var mark = change.equals("del") ? pr.addNewDel() : pr.addNewIns();
        mark.setId(java.math.BigInteger.valueOf(change.equals("del") ? 901 : 902));
        mark.setAuthor("Sub Bagian Perencanaan");
    }
}
