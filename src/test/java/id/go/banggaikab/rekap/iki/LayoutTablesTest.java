package id.go.banggaikab.rekap.iki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * IKI forms laid out in tables the way offices lay them out: JABATAN and its title in two cells without a colon,
 * TUGAS and FUNGSI side by side, two signatures side by side row by row, and the whole form (JABATAN, TUGAS, FUNGSI,
 * the indicators and the signature) in one table.
 */
class LayoutTablesTest {

    private static final String TITLE = "KEPALA SEKSI PEMBIAYAAN KOPERASI";
    private static final String[] HEADER = {"SASARAN KINERJA KEGIATAN", "INDIKATOR KINERJA",
        "PENJELASAN/FORMULASI PENGHITUNGAN", "SUMBER DATA"};

    private static DocPosition only(IkiDocxBuilder doc) throws Exception {
        List<DocPosition> positions = IkiDocxReader.read("iki.docx", doc.bytes()).positions();
        assertThat(positions).hasSize(1);
        return positions.get(0);
    }

    private static void fill(XWPFTableRow row, int from, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            row.getCell(from + c).setText(texts[c]);
        }
    }

    private static void lines(XWPFTableCell cell, String... texts) {
        cell.setText(texts[0]);
        for (int i = 1; i < texts.length; i++) {
            cell.addParagraph().createRun().setText(texts[i]);
        }
    }

    private static void indicators(IkiDocxBuilder doc) {
        XWPFTable t = doc.document().createTable(3, 4);
        fill(t.getRow(0), 0, HEADER);
        fill(t.getRow(1), 0, "Meningkatnya akses pembiayaan koperasi", "Jumlah koperasi yang difasilitasi",
                "Σ koperasi yang difasilitasi", "Seksi Pembiayaan");
        fill(t.getRow(2), 1, "Persentase koperasi yang mengakses KUR", "Σ koperasi KUR / Σ koperasi aktif x 100%",
                "Seksi Pembiayaan");
        merge(t.getRow(1).getCell(0), STMerge.RESTART);
        merge(t.getRow(2).getCell(0), null);
    }

    private static void merge(XWPFTableCell cell, STMerge.Enum how) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var merge = pr.addNewVMerge();
        if (how != null) {
            merge.setVal(how);
        }
    }

    @Test
    void shouldReadJabatanWithoutAColonAndTugasBesideFungsiInTables() throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder().title("INDIKATOR KINERJA INDIVIDU");
        XWPFTable head = doc.document().createTable(2, 2);
        fill(head.getRow(0), 0, "Jabatan", TITLE);
        fill(head.getRow(1), 0, "Unit Kerja", "Bidang Pemberdayaan dan Pengembangan Koperasi");
        doc.paragraph("");
        XWPFTable duties = doc.document().createTable(2, 2);
        fill(duties.getRow(0), 0, "TUGAS", "FUNGSI");
        lines(duties.getRow(1).getCell(0), "Memimpin dan melaksanakan kegiatan pembiayaan koperasi.");
        lines(duties.getRow(1).getCell(1), "a. penyiapan bahan perumusan kebijakan pembiayaan;",
                "b. pelaksanaan evaluasi dan pelaporan.");
        indicators(doc);
        doc.paragraph("RAHMAT DJAFAR, S.E").paragraph("NIP. 19790101 200604 1 009");
        DocPosition p = only(doc);
        assertThat(p.title()).isEqualTo(TITLE);
        assertThat(p.tugas()).containsExactly("Memimpin dan melaksanakan kegiatan pembiayaan koperasi.");
        assertThat(p.fungsi()).containsExactly("a. penyiapan bahan perumusan kebijakan pembiayaan;",
                "b. pelaksanaan evaluasi dan pelaporan.");
        assertThat(p.rows()).hasSize(2);
        assertThat(p.nip()).isEqualTo("19790101 200604 1 009");
    }

    @Test
    void shouldTellTheHoldersSignatureFromTheSuperiorsInATableWrittenRowByRow() throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder().paragraph("1. JABATAN : " + TITLE).paragraph("2. TUGAS :")
                .paragraph("a. Menyiapkan bahan pembiayaan;").paragraph("3. FUNGSI : -");
        indicators(doc);
        doc.paragraph("Luwuk, 2 Januari 2027");
        XWPFTable sign = doc.document().createTable(5, 2);
        fill(sign.getRow(0), 0, "Mengetahui,", "");
        fill(sign.getRow(1), 0, "KEPALA BIDANG PEMBERDAYAAN DAN PENGEMBANGAN KOPERASI", TITLE);
        fill(sign.getRow(3), 0, "Drs. ABDUL KADIR", "RAHMAT DJAFAR, S.E");
        fill(sign.getRow(4), 0, "NIP. 19650505 199003 1 011", "NIP. 19790101 200604 1 009");
        DocPosition p = only(doc);
        assertThat(p.holderName()).isEqualTo("RAHMAT DJAFAR, S.E");
        assertThat(p.nip()).isEqualTo("19790101 200604 1 009");
        assertThat(p.signatureTitle()).isEqualTo(TITLE);
    }

    @Test
    void shouldReadAWholeFormKeptInOneTable() throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder();
        XWPFTable t = doc.document().createTable(9, 4);
        fill(t.getRow(0), 0, "INDIKATOR KINERJA INDIVIDU");
        fill(t.getRow(1), 0, "JABATAN", TITLE);
        fill(t.getRow(2), 0, "TUGAS");
        lines(t.getRow(2).getCell(1), "a. Menyiapkan bahan fasilitasi pembiayaan koperasi;",
                "b. Melaksanakan evaluasi pembiayaan.");
        fill(t.getRow(3), 0, "FUNGSI", "-");
        fill(t.getRow(4), 0, HEADER);
        fill(t.getRow(5), 0, "Meningkatnya akses pembiayaan koperasi", "Jumlah koperasi yang difasilitasi",
                "Σ koperasi yang difasilitasi", "Seksi Pembiayaan");
        fill(t.getRow(6), 1, "Persentase koperasi yang mengakses KUR", "Σ koperasi KUR / Σ koperasi aktif x 100%",
                "Seksi Pembiayaan");
        fill(t.getRow(7), 2, TITLE);
        lines(t.getRow(8).getCell(2), "RAHMAT DJAFAR, S.E", "NIP. 19790101 200604 1 009");
        DocPosition p = only(doc);
        assertThat(p.title()).isEqualTo(TITLE);
        assertThat(p.tugas()).hasSize(2);
        assertThat(p.fungsi()).isEmpty();
        assertThat(p.rows()).extracting(DocRow::indicator).containsExactly("Jumlah koperasi yang difasilitasi",
                "Persentase koperasi yang mengakses KUR");
        assertThat(p.holderName()).isEqualTo("RAHMAT DJAFAR, S.E");
        assertThat(p.nip()).isEqualTo("19790101 200604 1 009");
    }
}
