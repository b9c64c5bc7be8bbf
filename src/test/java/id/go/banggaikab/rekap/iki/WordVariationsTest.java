package id.go.banggaikab.rekap.iki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.iki.IkiDocxBuilder.Layout;
import id.go.banggaikab.rekap.iki.IkiDocxBuilder.Row;
import id.go.banggaikab.rekap.shared.BadSetting;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * IKI documents the dinas has not sent yet: the same template laid out as Word users lay it out, and documents that
 * are no IKI document at all, which are refused with a message that says what to do.
 */
class WordVariationsTest {

    private static final List<String> TUGAS = List.of("a. Menyiapkan bahan pelatihan usaha mikro;",
            "b. Membuat laporan pelaksanaan tugas sesuai pencapaian/target kinerja;");
    private static final List<Row> ROWS = List.of(
            new Row("Terlaksananya Pelatihan Kewirausahaan", "Jumlah Peserta Pelatihan Usaha Mikro",
                    "Jumlah Peserta Pelatihan Usaha Mikro", "Data Pelatihan"),
            new Row(null, "Jumlah Modul Pelatihan yang Disusun", "Σ modul yang disusun", "Data Pelatihan"),
            new Row("Tersedianya Data Kewirausahaan", "Persentase Peserta yang Lulus",
                    "Peserta yang lulus / Peserta pelatihan x 100%", "Data Pelatihan"));

    private static IkiDocument read(IkiDocxBuilder doc) throws Exception {
        return IkiDocxReader.read("iki.docx", doc.bytes());
    }

    private static IkiDocxBuilder one(Layout layout) {
        return new IkiDocxBuilder().position("KEPALA SEKSI PENINGKATAN KUALITAS KEWIRAUSAHAAN", TUGAS,
                List.of("a. penyiapan bahan;", "b. pelaksanaan evaluasi."), "SASARAN KINERJA KEGIATAN", ROWS,
                List.of("KEPALA SEKSI PENINGKATAN KUALITAS", "KEWIRAUSAHAAN"), "HASMA K. AIMANG, SP",
                "NIP. 19690425 199803 2 003", layout);
    }

    @Test
    void shouldReadJabatanTugasAndFungsiWrittenInATableAndInLowerCase() throws Exception {
        DocPosition p = read(one(new Layout(true, false, false, false, false, true, false))).positions().get(0);
        assertThat(p.title()).isEqualTo("KEPALA SEKSI PENINGKATAN KUALITAS KEWIRAUSAHAAN");
        assertThat(p.tugas()).containsExactlyElementsOf(TUGAS);
        assertThat(p.fungsi()).containsExactly("a. penyiapan bahan;", "b. pelaksanaan evaluasi.");
        assertThat(p.rows()).hasSize(3);
        assertThat(p.nip()).isEqualTo("19690425 199803 2 003");
    }

    @Test
    void shouldReadATableWithANoColumnHeadersRepeatedBlankRowsNumberedSasaranAndColumnNumbers() throws Exception {
        DocPosition p = read(one(new Layout(false, true, true, true, true, false, true))).positions().get(0);
        assertThat(p.rows()).extracting(DocRow::indicator).containsExactly("Jumlah Peserta Pelatihan Usaha Mikro",
                "Jumlah Modul Pelatihan yang Disusun", "Persentase Peserta yang Lulus");
        assertThat(p.rows()).extracting(DocRow::sasaran).containsExactly("Terlaksananya Pelatihan Kewirausahaan",
                "Terlaksananya Pelatihan Kewirausahaan", "Tersedianya Data Kewirausahaan");
        assertThat(p.rows()).allSatisfy(r -> assertThat(r.level()).isEqualTo(Level.KEGIATAN));
        assertThat(p.rows().get(2).source()).isEqualTo("Data Pelatihan");
    }

    @Test
    void shouldReadAWordEquationAsTheFormulaOfARatioWithItsParts() throws Exception {
        IkiDocxBuilder doc = one(Layout.PLAIN);
        XWPFTable table = doc.document().getTables().get(0);
        XWPFTableRow row = table.createRow();
        row.getCell(1).setText("Persentase Usaha Mikro yang Dilatih");
        XWPFParagraph p = row.getCell(2).getParagraphs().get(0);
        IkiDocxBuilder.equation(p, new String[] {"∑", "Usaha mikro yang dilatih"},
                new String[] {"∑", "Usaha Mikro binaan"}, "×100%");
        row.getCell(3).setText("Data Usaha Mikro");
        DocRow read = read(doc).positions().get(0).rows().get(3);
        assertThat(FormulaText.plain(read.formula())).isEqualTo("Σ Usaha mikro yang dilatih / Σ Usaha Mikro binaan"
                + " x 100%");
        FormulaReading.Reading r = FormulaReading.of(read.indicator(), read.formula(), null);
        assertThat(r.kind()).isEqualTo(IndicatorKind.RASIO);
        assertThat(r.numerator().name()).isEqualTo("Usaha mikro yang dilatih");
        assertThat(r.denominator().name()).isEqualTo("Usaha Mikro binaan");
        assertThat(r.denominator().accumulation()).isEqualTo(Accumulation.TERAKHIR);
        assertThat(r.reasons()).anyMatch(s -> s.startsWith("jenis rasio"));
    }

    @Test
    void shouldReadALetteredListWhoseLettersWordDrawsAndASigmaPutInWithInsertSymbol() throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder().title("INDIKATOR KINERJA INDIVIDU").paragraph("1. JABATAN : KEPALA"
                + " BIDANG PEMBERDAYAAN USAHA MIKRO").paragraph("2. TUGAS :").letteredList(List.of("Memimpin"
                        + " operasional;", "Melaksanakan evaluasi;")).paragraph("3. FUNGSI : -");
        XWPFTable table = doc.document().createTable(2, 4);
        String[] head = {"SASARAN KINERJA PROGRAM", "INDIKATOR KINERJA", "PENJELASAN/FORMULASI PENGHITUNGAN",
            "SUMBER DATA"};
        for (int c = 0; c < 4; c++) {
            table.getRow(0).getCell(c).setText(head[c]);
        }
        table.getRow(1).getCell(0).setText("Meningkatnya Pengembangan Usaha Mikro");
        table.getRow(1).getCell(1).setText("Jumlah Usaha Mikro Binaan");
        IkiDocxBuilder.insert(table.getRow(1).getCell(2).getParagraphs().get(0), "<w:r xmlns:w=\"http://schemas"
                + ".openxmlformats.org/wordprocessingml/2006/main\"><w:sym w:font=\"Symbol\" w:char=\"F053\"/><w:t"
                + " xml:space=\"preserve\"> Usaha mikro binaan</w:t></w:r>");
        doc.paragraph("ABD. SAMAD AMBANAGA, S.Sos").paragraph("NIP. 19621206 198402 1 001");
        DocPosition p = read(doc).positions().get(0);
        assertThat(p.tugas()).containsExactly("a. Memimpin operasional;", "b. Melaksanakan evaluasi;");
        assertThat(p.rows().get(0).formula()).isEqualTo("Σ Usaha mikro binaan");
        assertThat(p.rows().get(0).level()).isEqualTo(Level.PROGRAM);
    }

    @Test
    void shouldSplitACellOfSeveralIndicatorsBesideAsManyFormulasAndCarryATableOnAcrossAPageBreak()
            throws Exception {
        IkiDocxBuilder doc = one(Layout.PLAIN);
        XWPFTableRow last = doc.document().getTables().get(0).getRow(3);
        last.getCell(1).addParagraph().createRun().setText("- Jumlah Alumni yang Berwirausaha");
        last.getCell(2).addParagraph().createRun().setText("Σ alumni yang memulai usaha");
        XWPFTable next = doc.tableAfterFirst(4);
        next.getRow(0).getCell(1).setText("Jumlah Pendamping Usaha");
        next.getRow(0).getCell(2).setText("Σ pendamping yang dilatih");
        next.getRow(0).getCell(3).setText("Data Pelatihan");
        DocPosition p = read(doc).positions().get(0);
        assertThat(p.rows()).extracting(DocRow::indicator).containsExactly("Jumlah Peserta Pelatihan Usaha Mikro",
                "Jumlah Modul Pelatihan yang Disusun", "Persentase Peserta yang Lulus",
                "Jumlah Alumni yang Berwirausaha", "Jumlah Pendamping Usaha");
        assertThat(p.rows().get(3).formula()).isEqualTo("Σ alumni yang memulai usaha");
        assertThat(p.rows().get(4).sasaran()).isEqualTo("Tersedianya Data Kewirausahaan");
    }

    @Test
    void shouldReadOtherLabelsAndTellTheHoldersSignatureFromItsSuperiors() throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder().paragraph("Nama Jabatan : Pengolah Data Kepegawaian")
                .paragraph("Uraian Tugas :").paragraph("a. Mengumpulkan dokumen data kepegawaian;")
                .paragraph("b. Menginput data pegawai.").paragraph("Fungsi : -");
        XWPFTable table = doc.document().createTable(2, 4);
        String[] head = {"Sasaran Kinerja Kegiatan", "Indikator Kinerja Individu", "Cara Pengukuran", "Sumber"};
        for (int c = 0; c < 4; c++) {
            table.getRow(0).getCell(c).setText(head[c]);
        }
        table.getRow(1).getCell(0).setText("Meningkatnya tertib administrasi Kepegawaian");
        table.getRow(1).getCell(1).setText("Jumlah Dokumen Data Kepegawaian");
        table.getRow(1).getCell(2).setText("Σ Dokumen Data Kepegawaian");
        table.getRow(1).getCell(3).setText("Kepegawaian");
        doc.paragraph("Luwuk, 2 Januari 2027").paragraph("Mengetahui,").paragraph("KEPALA SUB BAGIAN UMUM, ASET DAN"
                + " KEPEGAWAIAN").paragraph("SYAMRIAH").paragraph("__________________")
                .paragraph("NIP. 19670305 198910 2 001").paragraph("PENGOLAH DATA KEPEGAWAIAN")
                .paragraph("DIANA M. NAUNSI").paragraph("__________________").paragraph("NIP : 19850610 201001 2 008");
        DocPosition p = read(doc).positions().get(0);
        assertThat(p.title()).isEqualTo("Pengolah Data Kepegawaian");
        assertThat(p.tugas()).containsExactly("a. Mengumpulkan dokumen data kepegawaian;", "b. Menginput data pegawai.");
        assertThat(p.fungsi()).isEmpty();
        assertThat(p.rows()).singleElement().satisfies(r -> {
            assertThat(r.formula()).isEqualTo("Σ Dokumen Data Kepegawaian");
            assertThat(r.source()).isEqualTo("Kepegawaian");
            assertThat(r.level()).isEqualTo(Level.KEGIATAN);
        });
        assertThat(p.holderName()).isEqualTo("DIANA M. NAUNSI");
        assertThat(p.nip()).isEqualTo("19850610 201001 2 008");
        assertThat(p.signatureTitle()).isEqualTo("PENGOLAH DATA KEPEGAWAIAN");
    }

    @Test
    void shouldRefuseWhatIsNoIkiDocumentWithAMessageThatSaysWhatToDo() throws Exception {
        assertThatThrownBy(() -> IkiDocxReader.read("kosong.docx", new byte[0])).isInstanceOf(BadSetting.class)
                .hasMessage("Dokumen IKI kosong.docx tidak dapat dibaca: berkas kosong (0 byte)");
        assertThatThrownBy(() -> IkiDocxReader.read("iki.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
            (byte) 0xE0, 0, 0})).hasMessageContaining("dokumen Word lama (.doc) atau dilindungi kata sandi")
                .hasMessageContaining("simpan sebagai Word Document (.docx)");
        assertThatThrownBy(() -> IkiDocxReader.read("iki.docx", "JABATAN : KEPALA DINAS".getBytes(
                StandardCharsets.UTF_8))).hasMessageContaining("bukan dokumen Word (.docx)");
        assertThatThrownBy(() -> IkiDocxReader.read("iki.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .hasMessageContaining("berkas rusak atau bukan dokumen Word (.docx)");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Target");
            wb.write(xlsx);
        }
        assertThatThrownBy(() -> IkiDocxReader.read("target.docx", xlsx.toByteArray()))
                .hasMessageContaining("bukan dokumen Word (.docx)");
        assertThatThrownBy(() -> read(new IkiDocxBuilder().paragraph("Dengan hormat, bersama ini kami sampaikan")))
                .hasMessageContaining("tidak ada jabatan yang dikenali");
        assertThatThrownBy(() -> read(new IkiDocxBuilder().paragraph("1. JABATAN : KEPALA DINAS").paragraph(
                "2. TUGAS :").paragraph("Memimpin dinas."))).hasMessageContaining("1 jabatan ditemukan, tetapi tidak"
                        + " ada tabel indikator");
    }
}
