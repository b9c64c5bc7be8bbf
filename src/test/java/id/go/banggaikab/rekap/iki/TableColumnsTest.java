package id.go.banggaikab.rekap.iki;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Indicator;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * What the indicator table's own columns say, across the tables it is split into: a sasaran merged down the first
 * table goes on in a second one that repeats the header after a page break, and a Satuan column gives the satuan,
 * which is then no guess.
 */
class TableColumnsTest {

    private static final String TITLE = "KEPALA SEKSI PEMBIAYAAN KOPERASI";
    private static final String[] HEADER = {"No.", "Sasaran", "Indikator Kinerja Individu", "Satuan", "Formulasi",
        "Sumber Data"};
    private static final String SASARAN = "Meningkatnya akses pembiayaan koperasi";

    private static XWPFTable table(IkiDocxBuilder doc, String[]... rows) {
        XWPFTable t = doc.document().createTable(rows.length + 1, HEADER.length);
        fill(t.getRow(0), HEADER);
        for (int r = 0; r < rows.length; r++) {
            fill(t.getRow(r + 1), rows[r]);
        }
        return t;
    }

    private static void fill(XWPFTableRow row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                row.getCell(c).setText(texts[c]);
            }
        }
    }

    private static void merge(XWPFTableCell cell, boolean restart) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var merge = pr.addNewVMerge();
        if (restart) {
            merge.setVal(STMerge.RESTART);
        }
    }

    private static IkiDocument twoTables() throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder().paragraph("1. JABATAN : " + TITLE).paragraph("2. TUGAS :")
                .paragraph("a. Menyiapkan bahan pembiayaan;").paragraph("3. FUNGSI : -");
        XWPFTable first = table(doc, new String[] {"1.", SASARAN, "Jumlah koperasi yang difasilitasi pembiayaan",
            "Koperasi", "Σ koperasi yang difasilitasi", "Seksi Pembiayaan"}, new String[] {"2.", null,
                "Jumlah pelatihan pengelola keuangan koperasi", "Kegiatan", "Σ pelatihan", "Seksi Pembiayaan"});
        merge(first.getRow(1).getCell(1), true);
        merge(first.getRow(2).getCell(1), false);
        doc.paragraph("");
        XWPFTable second = table(doc, new String[] {"3.", null, "Jumlah koperasi yang dibina manajemen keuangannya",
            "Koperasi", "Σ koperasi yang dibina", "Seksi Pembiayaan"});
        merge(second.getRow(1).getCell(1), false);
        doc.paragraph(TITLE).paragraph("RAHMAT DJAFAR, S.E").paragraph("NIP. 19790101 200604 1 009");
        return IkiDocxReader.read("iki.docx", doc.bytes());
    }

    @Test
    void shouldCarryTheSasaranMergedDownIntoTheTableContinuedWithItsHeaderRepeated() throws Exception {
        IkiDocument read = twoTables();
        assertThat(read.positions().get(0).rows()).extracting(DocRow::sasaran).containsExactly(SASARAN, SASARAN,
                SASARAN);
        Catalogue inForce = CatalogueLoader.load(Path.of("config/katalog.yml"));
        Proposal p = new ProposalBuilder(inForce, 2027).build(read);
        assertThat(p.findings()).extracting(DocumentFindings.Finding::text).noneMatch(t -> t.contains("SASARAN"));
    }

    @Test
    void shouldTakeTheSatuanTheDocumentGivesAndNotMarkItAsAGuess() throws Exception {
        Catalogue inForce = CatalogueLoader.load(Path.of("config/katalog.yml"));
        Proposal p = new ProposalBuilder(inForce, 2027).build(twoTables());
        Indicator training = p.catalogue().indicators().stream().filter(i -> i.name().equals("Jumlah pelatihan"
                + " pengelola keuangan koperasi")).findFirst().orElseThrow();
        assertThat(training.satuan()).isEqualTo("Kegiatan");
        assertThat(p.marks().guessed().get("indikator:" + training.code())).doesNotContain("satuan");
        assertThat(p.marks().notes().get("indikator:" + training.code())).contains("kolom Satuan");
        assertThat(p.changes()).filteredOn(c -> c.code().equals(training.code())).extracting(Change::note)
                .allMatch(n -> !n.contains("satuan Kegiatan (tebakan"));
        List<String> satuan = p.catalogue().indicators().stream().filter(i -> i.positionCode().equals(
                training.positionCode())).map(Indicator::satuan).toList();
        assertThat(satuan).containsExactly("Koperasi", "Kegiatan", "Koperasi");
    }

    @Test
    void shouldListASatuanTheDocumentChangesForAnIndicatorInForce() throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder().paragraph("1. JABATAN : KEPALA SEKSI PENINGKATAN KUALITAS"
                + " KEWIRAUSAHAAN").paragraph("2. TUGAS :").paragraph("a. Menyiapkan bahan pelatihan;")
                .paragraph("3. FUNGSI : -");
        table(doc, new String[] {"1.", "Terlaksananya Pelatihan Kewirausahaan Bagi Usaha Mikro", "Jumlah Peserta"
            + " Pelatihan Usaha Mikro", "Peserta", "Jumlah Peserta Pelatihan Usaha Mikro", "Data Pelatihan"});
        doc.paragraph("HASMA K. AIMANG, SP").paragraph("NIP. 19690425 199803 2 003");
        Catalogue inForce = CatalogueLoader.load(Path.of("config/katalog.yml"));
        Proposal p = new ProposalBuilder(inForce, 2027).build(IkiDocxReader.read("iki.docx", doc.bytes()));
        assertThat(p.changes()).filteredOn(c -> c.kind() == Change.Kind.SATUAN).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("KASI-KWU-01");
            assertThat(c.before()).isEqualTo(inForce.indicator("KASI-KWU-01").orElseThrow().satuan());
            assertThat(c.after()).isEqualTo("Peserta");
        });
        assertThat(p.catalogue().indicator("KASI-KWU-01").orElseThrow().satuan()).isEqualTo("Peserta");
    }
}
