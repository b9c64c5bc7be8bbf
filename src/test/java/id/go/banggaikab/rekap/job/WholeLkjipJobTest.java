package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.output.DocumentName;
import id.go.banggaikab.rekap.output.InputDigest;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole LKjIP over the two years of {@link LkjipJobTest} (2025 TW I–IV, 2026 TW I–III from three units, the
 * staff's renstra.xlsx, targets and budget), with the Seksi Kewirausahaan's Kendala on its own kegiatan indicator in
 * 2026 TW III: while 2026 is open the document is a draft "s.d. TW III" saying so on its cover and every page; its
 * capaian are the recap's; its chapters draw the tugas and fungsi, the PK targets and every position from the
 * configuration; once 2025's TW IV is locked, 2025's LKjIP is the final under the plain name, and a rerun with the
 * same inputs adds no file.
 */
class WholeLkjipJobTest extends JobTestSupport {

    private static final DataFormatter FMT = new DataFormatter();

    @Autowired
    Map<String, Job> jobs;
    @Autowired
    RekapProperties properties;
    @Autowired
    RunLocks runLocks;
    @Autowired
    DatabaseTrouble trouble;

    @BeforeAll
    static void twoYears() throws IOException {
        LkjipJobTest.formsAndWorkbooks();
        FormBuilder.xlsx().header(LkjipJobTest.KWU, 2026, "III").blankRow().columns(LkjipJobTest.COLUMNS)
                .row(1, "KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", 30, null, null, 12_500_000,
                        "Pelatihan angkatan 3", "Instruktur dari provinsi batal datang", "Instruktur lokal dilatih")
                .row(2, "KABID-PUM-02", "Persentase Usaha Mikro yang Dilatih", null, 8, 240, null, null,
                        "Peserta dari kecamatan jauh tidak hadir")
                .writeTo(WORK.resolve("input/2026/TW3/kwu.xlsx"));
    }

    @Test
    void shouldDraftTheWholeLkjipWhileTheYearIsOpenAndWriteTheFinalOnceTwIvIsLocked() throws Exception {
        assertThat(run("rekap", new Periode(2026, 3), Map.of())).isEqualTo(ExitCodes.OK);
        Path draft = lkjip(2026);
        assertThat(draft.getFileName().toString()).startsWith("LKjIP 2026 (draf s.d. TW III ").endsWith(").docx");
        try (XWPFDocument doc = open(draft)) {
            statusIsSaid(doc, "DRAF s.d. Triwulan III — belum final");
            chapters(doc);
            fields(doc);
            babOne(doc);
            perjanjianKinerja(doc);
            capaianAreTheRecaps(doc);
            lampiran(doc);
        }

        assertThat(run("rekap", new Periode(2026, 3), Map.of())).isEqualTo(ExitCodes.OK);
        assertThat(versions(2026)).as("the same inputs: no new file").containsExactly(draft);

        assertThat(run("rekap", new Periode(2025, 4), Map.of())).isEqualTo(ExitCodes.OK);
        Path draft2025 = lkjip(2025);
        assertThat(draft2025.getFileName().toString()).startsWith("LKjIP 2025 (draf s.d. TW IV ");
        assertThat(run("kunci", new Periode(2025, 4), Map.of(LockTasklet.CONFIRMATION, "9"))).isEqualTo(ExitCodes.OK);
        Path plain = WORK.resolve("output/LKjIP 2025.docx");
        assertThat(plain).as("TW IV locked: the final under the plain name").isRegularFile();
        assertThat(InputDigest.of(plain).finalVersion()).isTrue();
        assertThat(versions(2025)).as("the draft is kept beside it").contains(draft2025, plain);
        try (XWPFDocument doc = open(plain)) {
            assertThat(texts(doc)).contains("FINAL — data Triwulan IV telah dikunci");
            assertThat(doc.getHeaderList().get(0).getText()).doesNotContain("DRAF");
        }
        assertThat(run("rekap", new Periode(2025, 4), Map.of())).isEqualTo(ExitCodes.OK);
        assertThat(versions(2025)).as("a rerun of the locked quarter keeps the final and adds nothing")
                .containsExactlyInAnyOrder(draft2025, plain);
        assertThat(WORK.resolve("output/LKjIP 2026.docx")).as("2026 is still open").doesNotExist();
    }

    private void statusIsSaid(XWPFDocument doc, String status) {
        assertThat(texts(doc)).as("on the cover").contains(status);
        assertThat(doc.getHeaderList()).hasSize(1);
        assertThat(doc.getHeaderList().get(0).getText()).as("on every page after the cover").contains(status);
    }

    private void chapters(XWPFDocument doc) {
        List<String> chapters = styled(doc, "Heading1");
        assertThat(chapters).containsExactly("KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "BAB I PENDAHULUAN",
                "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN");
        assertThat(styled(doc, "Heading2")).containsSubsequence("A. Latar Belakang", "B. Tugas dan Fungsi",
                "C. Struktur Organisasi", "D. Sumber Daya Manusia", "E. Isu Strategis", "A. Rencana Strategis",
                "B. Perjanjian Kinerja Tahun 2026", "A. Capaian Kinerja Organisasi", "B. Realisasi Anggaran",
                "A. Simpulan", "B. Rencana Tindak Lanjut", "Lampiran 1. Perjanjian Kinerja Tahun 2026",
                "Lampiran 2. Indikator Kinerja Individu Setiap Jabatan", "Lampiran 3. Rencana Aksi Tahun 2026");
        assertThat(styled(doc, "Isian")).anySatisfy(t -> assertThat(t).startsWith("[DIISI PENYUSUN] Isu strategis"));
    }

    private void fields(XWPFDocument doc) {
        String xml = doc.getDocument().xmlText();
        assertThat(xml).contains("TOC \\o \"1-3\" \\h \\z \\u", "TOC \\h \\z \\c \"Tabel\"",
                "TOC \\h \\z \\c \"Gambar\"", "SEQ Tabel", "SEQ Gambar");
        assertThat(styled(doc, "TOC1")).contains("BAB I PENDAHULUAN", "LAMPIRAN");
        assertThat(styled(doc, "TableofFigures")).contains("Tabel 2.2 Perjanjian Kinerja Tahun 2026",
                "Gambar 1.1 Struktur Organisasi Dinas Koperasi dan UKM Kabupaten Banggai");
        assertThat(doc.isEnforcedUpdateFields()).as("Word updates the lists when it opens the document").isTrue();
    }

    private void babOne(XWPFDocument doc) {
        Position kadis = CATALOGUE.position("KADIS").orElseThrow();
        List<String> quoted = styled(doc, "Kutipan");
        assertThat(quoted).startsWith("Memimpin dan melaksanakan tugas membantu Bupati dalam urusan pemerintahan yang"
                + " menjadi kewenangan daerah dan tugas pembantuan di bidang Koperasi dan UKM meliputi perumusan"
                + " kebijakan, pelaksanaan kebijakan, pelaksanaan evaluasi, pelaporan dan pelaksanaan administrasi tugas"
                + " kesekretariatan, kelembagaan dan pengawasan, pemberdayaan dan pengembangan koperasi, serta"
                + " pemberdayaan usaha mikro berdasarkan Peraturan Perundang-undangan yang berlaku.");
        assertThat(quoted).as("the second 'c.' kept as the document has it").endsWith(
                "d. Pelaksanaan administrasi di bidang Koperasi dan Usaha Kecil Menengah; dan",
                "c. Pelaksanaan fungsi lain yang diberikan oleh Bupati sesuai dengan tugas dan fungsinya.");
        assertThat(quoted).hasSize(kadis.duties().tugas().size() + kadis.duties().fungsi().size());
        assertThat(styled(doc, "Isian")).anySatisfy(t -> assertThat(t).startsWith("[PERIKSA]").contains(
                "Butir FUNGSI di dokumen berhuruf a, b, c, d, c (huruf c dua kali)"));
        XWPFTable positions = table(doc, "Jabatan", "Pemegang");
        assertThat(rowWith(positions, "Kepala Dinas").getCell(2).getText()).isEqualTo("ERNAINI MUSTATIM, SH.,MH");
        assertThat(doc.getAllPictures()).as("the organisation chart and sasaran 2's trend").hasSize(2);
    }

    private void perjanjianKinerja(XWPFDocument doc) {
        XWPFTable pk = doc.getTables().stream().filter(t -> header(t).equals(List.of("No", "Indikator Kinerja",
                "Satuan", "Target 2026"))).findFirst().orElseThrow();
        assertThat(rowWith(pk, "Persentase Peningkatan Disiplin ASN").getCell(3).getText()).isEqualTo("92");
        assertThat(rowWith(pk, "Nilai Akuntabilitas Kinerja").getCell(3).getText()).isEqualTo("A");
        assertThat(rowWith(pk, "Persentase PNS yang Mendapat Pelayanan Kepegawaian").getCell(3).getText())
                .isEqualTo("100");
        assertThat(rowWith(pk, "Persentase Usaha Mikro yang Dilatih").getCell(3).getText()).isEqualTo("40");
        assertThat(rowWith(pk, "Persentase Koperasi Aktif").getCell(3).getText()).isEqualTo("belum ditetapkan");
        XWPFTable renstra = table(doc, "Indikator Kinerja", "Kondisi Awal 2021");
        XWPFTableRow disiplin = rowWith(renstra, "Persentase Peningkatan Disiplin ASN");
        assertThat(disiplin.getTableCells().stream().skip(3).map(c -> c.getText()).toList())
                .containsExactly("80", "84", "86", "88", "90", "92");
    }

    /** Bab III, the Ikhtisar and Bab IV say the capaian the recap's Rekap Indikator says. */
    private void capaianAreTheRecaps(XWPFDocument doc) throws IOException {
        Map<String, Row> recap;
        int col;
        try (InputStream in = Files.newInputStream(newest(WORK, "Rekap Kinerja 2026 TW III", "xlsx"));
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Rekap Indikator");
            recap = RekapJobTest.rowsByCode(sheet);
            col = columnOf(sheet, "Capaian (%)");
        }
        List<String> paragraphs = texts(doc);
        for (String[] i : new String[][] {{"KADIS-04", "Persentase Peningkatan Disiplin ASN"},
            {"KABID-PUM-02", "Persentase Usaha Mikro yang Dilatih"}, {"KADIS-03", "Nilai Akuntabilitas Kinerja"}}) {
            String capaian = IndonesianNumbers.percent(recap.get(i[0]).getCell(col).getNumericCellValue());
            XWPFTable babThree = doc.getTables().stream().filter(t -> header(t).contains("Kategori")
                    && t.getText().contains(i[1]) && header(t).contains("Realisasi")).findFirst().orElseThrow();
            XWPFTableRow row = rowWith(babThree, i[1]);
            assertThat(row.getCell(header(babThree).indexOf(header(babThree).stream()
                    .filter(h -> h.startsWith("Capaian (%)")).findFirst().orElseThrow())).getText()).as(i[0])
                    .isEqualTo(capaian);
            assertThat(paragraphs).as("Bab IV").anySatisfy(p -> assertThat(p).contains(i[1] + ": ")
                    .contains("capaian " + capaian + " %"));
        }
        assertThat(IndonesianNumbers.percent(recap.get("KADIS-04").getCell(col).getNumericCellValue()))
                .isEqualTo("98,9");
        XWPFTable summary = table(doc, "Sasaran Strategis", "Kategori");
        XWPFTable babThree = table(doc, "Sasaran", "Dasar");
        String sasaran = "Meningkatnya Tata Kelola Dinas Koperasi dan UKM yang Baik, Bersih dan Akuntabel";
        assertThat(rowWith(summary, sasaran).getCell(2).getText()).as("the Ikhtisar's is Tabel 3.1's")
                .isEqualTo(rowWith(babThree, sasaran).getCell(2).getText()).isEqualTo("91,1");
        assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("Sasaran strategis 2 \"" + sasaran
                + "\" tercapai rata-rata 91,1 % (Sangat Tinggi)"));
        String seksi = "Seksi Peningkatan Kualitas Kewirausahaan, tentang indikatornya \"Jumlah Peserta Pelatihan"
                + " Usaha Mikro\"";
        assertThat(paragraphs).as("Bab III: the seksi's words under its bidang's indicator").anySatisfy(p -> assertThat(p)
                .startsWith("– " + seksi).contains("Kendala: Instruktur dari provinsi batal datang"));
        assertThat(paragraphs).as("Bab IV: its Kendala under the bidang's indicator below target").anySatisfy(p ->
                assertThat(p).startsWith(seksi).endsWith("): Instruktur dari provinsi batal datang"));
        assertThat(paragraphs).as("Bab IV: its Solusi among the follow-up").contains("– Persentase Usaha Mikro yang"
                + " Dilatih — " + seksi + ": Instruktur lokal dilatih");
    }

    private void lampiran(XWPFDocument doc) {
        XWPFTable iki = table(doc, "Kode", "Indikator Kinerja Individu");
        String all = iki.getText();
        for (Position p : CATALOGUE.positions()) {
            if (p.upkeep().covers(2026)) {
                assertThat(all).as(p.code()).contains(p.name() + " (");
            }
        }
        assertThat(all).contains("ERNAINI MUSTATIM, SH.,MH", "KASI-KWU-01");
        XWPFTable plan = table(doc, "TW I", "TW IV");
        XWPFTableRow dilatih = rowWith(plan, "Persentase Usaha Mikro yang Dilatih");
        assertThat(dilatih.getTableCells().stream().skip(3).map(c -> c.getText()).toList())
                .containsExactly("10", "20", "30", "40");
    }

    private int run(String job, Periode periode, Map<String, String> others) throws Exception {
        return new QuarterRun(jobs, job, launcher, properties, runLocks, trouble).run(periode, others);
    }

    private static Path lkjip(int tahun) throws IOException {
        return new DocumentName("LKjIP " + tahun, "docx").newestIn(WORK.resolve("output")).orElseThrow();
    }

    private static List<Path> versions(int tahun) throws IOException {
        return new DocumentName("LKjIP " + tahun, "docx").versionsIn(WORK.resolve("output"));
    }

    private static XWPFDocument open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip).toList();
    }

    private static List<String> styled(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
                .map(String::strip).toList();
    }

    private static List<String> header(XWPFTable t) {
        return t.getRow(0).getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    private static XWPFTable table(XWPFDocument doc, String... headers) {
        return doc.getTables().stream().filter(t -> header(t).containsAll(List.of(headers))).findFirst()
                .orElseThrow(() -> new AssertionError("tabel dengan kolom " + List.of(headers)));
    }

    private static XWPFTableRow rowWith(XWPFTable t, String text) {
        return t.getRows().stream().filter(r -> r.getTableCells().stream().anyMatch(c -> c.getText().strip()
                .equals(text))).findFirst().orElseThrow(() -> new AssertionError("baris " + text));
    }

    private static int columnOf(Sheet sheet, String heading) {
        for (Row row : sheet) {
            for (var cell : row) {
                if (FMT.formatCellValue(cell).strip().startsWith(heading)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("kolom " + heading);
    }
}
