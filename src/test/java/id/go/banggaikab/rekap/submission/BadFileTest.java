package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Problem;
import static id.go.banggaikab.rekap.submission.ReaderFixture.KATALOG;
import static id.go.banggaikab.rekap.submission.ReaderFixture.KWU;
import static id.go.banggaikab.rekap.submission.ReaderFixture.kwuForm;
import static id.go.banggaikab.rekap.submission.ReaderFixture.reader;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.spreadsheet.TestZip;
import id.go.banggaikab.rekap.submission.WorkbookOpener.FileStamp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be used are refused as a whole with a reason in Bahasa Indonesia; nothing throws. */
class BadFileTest {

    @TempDir
    Path input;

    private Submission read(String name, byte[] bytes) throws Exception {
        Path file = input.resolve(name);
        Files.write(file, bytes);
        return reader().read(file, input);
    }

    private static void assertRejected(Submission s, String file, String reason) {
        assertThat(s.accepted()).isFalse();
        assertThat(s.rows()).isEmpty();
        assertThat(s.problems()).containsExactly(Problem.file(file, reason));
    }

    @Test
    void shouldRefuseEmptyFile() throws Exception {
        assertRejected(read("kosong.xlsx", new byte[0]), "kosong.xlsx", "Berkas kosong (0 byte)");
    }

    @Test
    void shouldRefuseWordDocumentRenamedToXlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Laporan triwulan");
            doc.write(out);
        }
        assertRejected(read("laporan.xlsx", out.toByteArray()), "laporan.xlsx",
                "Berkas ini dokumen Word, bukan buku kerja Excel");
    }

    @Test
    void shouldRefuseCsvRenamedToXlsx() throws Exception {
        byte[] csv = "No;Indikator Kinerja;Realisasi\n1;Jumlah Peserta Pelatihan Usaha Mikro;12\n"
                .getBytes(StandardCharsets.UTF_8);
        assertRejected(read("kwu.xlsx", csv), "kwu.xlsx",
                "Berkas teks (mis. CSV), bukan buku kerja Excel; simpan ulang sebagai .xlsx");
    }

    @Test
    void shouldRefuseTruncatedWorkbookAsNotYetCopiedNotAsCorrupt() throws Exception {
        byte[] whole = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 3).bytes();
        assertRejected(read("rusak.xlsx", Arrays.copyOf(whole, whole.length / 2)), "rusak.xlsx",
                InflatedAndCutOffFilesTest.CUT_OFF);
    }

    @Test
    void shouldRefusePasswordProtectedWorkbook() throws Exception {
        byte[] plain = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 3).bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("rahasia");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain));
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
        }
        assertRejected(read("kwu.xlsx", out.toByteArray()), "kwu.xlsx",
                "Berkas dilindungi kata sandi; simpan ulang tanpa kata sandi");
    }

    @Test
    void shouldRefuseFileAboveTheSizeLimitBeforeOpeningIt() throws Exception {
        byte[] form = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 3).bytes();
        Path file = input.resolve("besar.xlsx");
        Files.write(file, form);

        Submission s = new SubmissionReader(KATALOG, new ReaderSettings(2048, 2020, 2035))
                .read(file, input);

        assertThat(s.accepted()).isFalse();
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .startsWith("Berkas terlalu besar").endsWith("; batas 2 KB)"));
        assertThat(s.file().sha256()).isEqualTo(org.apache.commons.codec.digest.DigestUtils.sha256Hex(form));
    }

    @Test
    void shouldRefuseZipBomb() throws Exception {
        byte[] form = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 3).bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(form));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/media/padding.bin"));
            zip.write(new byte[50 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertRejected(read("bom.xlsx", out.toByteArray()), "bom.xlsx",
                "Berkas dicurigai bom zip (isi terkompresi jauh lebih besar dari wajarnya); tidak dibuka");
    }

    @Test
    void shouldRefuseWorkbookWithoutRecognisableTable() throws Exception {
        byte[] bytes = FormBuilder.xlsx().header(KWU, 2026, "II").title("Data belum diisi").bytes();
        assertRejected(read("kwu.xlsx", bytes), "kwu.xlsx", "Tidak ada tabel indikator yang dikenali di lembar "
                + "mana pun (perlu kolom Indikator Kinerja dan Realisasi atau Pembilang/Penyebut)");
    }

    @Test
    void shouldRefuseUnitThatIsNotInTheCatalogue() throws Exception {
        byte[] bytes = FormBuilder.xlsx().header("Seksi Promosi Wisata", 2026, "II")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Peserta Pelatihan Usaha Mikro", 1).bytes();
        assertRejected(read("x.xlsx", bytes), "x.xlsx", "Unit kerja \"Seksi Promosi Wisata\" tidak ada dalam katalog");
    }

    @Test
    void shouldRefuseFileWhoseQuarterCannotBeTold() throws Exception {
        byte[] bytes = FormBuilder.xlsx().label("Unit Kerja", KWU).label("Tahun", 2026)
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Peserta Pelatihan Usaha Mikro", 1).bytes();
        assertRejected(read("laporan.xlsx", bytes), "laporan.xlsx", "Tidak dapat menentukan triwulan dari isi "
                + "berkas maupun nama berkas/foldernya; isi kolom Unit Kerja, Tahun dan Triwulan di atas tabel");
    }

    @Test
    void shouldRefuseYearOutsideTheAcceptedRange() throws Exception {
        byte[] bytes = FormBuilder.xlsx().header(KWU, 2019, "II")
                .columns("Indikator Kinerja", "Realisasi").row("Jumlah Peserta Pelatihan Usaha Mikro", 1).bytes();
        assertRejected(read("kwu.xlsx", bytes), "kwu.xlsx", "Tahun 2019 di luar rentang yang diterima (2020–2035)");
    }

    @Test
    void shouldAskToRetryAFileThatChangedWhileBeingRead() throws Exception {
        Path file = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 3)
                .writeTo(input.resolve("kwu.xlsx"));
        Submission read = reader().read(file, input);
        assertThat(SubmissionReader.changedWhileRead(file, read.file())).isFalse();
        Files.write(file, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);

        assertThat(SubmissionReader.changedWhileRead(file, read.file())).isTrue();
        assertThat(SubmissionReader.stillCopying(read.file())).isEqualTo(Problem.warning("kwu.xlsx", null, null, null,
                "Berkas masih disalin, dicoba lagi pada proses berikutnya"));
    }

    @Test
    void shouldLeaveTheFileBytesAndDateUntouched() throws Exception {
        Path file = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 3)
                .writeTo(input.resolve("kwu.xlsx"));
        Instant old = Instant.parse("2026-07-01T08:00:00Z");
        Files.setLastModifiedTime(file, FileTime.from(old));
        byte[] before = Files.readAllBytes(file);

        Submission s = reader().read(file, input);

        assertThat(s.accepted()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(old);
        assertThat(s.file().modified()).isEqualTo(old);
        try (var listing = Files.list(input)) {
            assertThat(listing).containsExactly(file);
        }
    }

    private static byte[] zip(String... namesAndContents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                if (namesAndContents[i].equals("mimetype")) { // stored, as OpenDocument requires
                    TestZip.putStored(zip, namesAndContents[i], content);
                    continue;
                }
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void shouldNameTheBinaryWorkbookFormatAndAskForXlsx() throws Exception {
        byte[] xlsb = zip("[Content_Types].xml", "<Types/>", "xl/workbook.bin", "\u0083\u0001",
                "xl/worksheets/sheet1.bin", "x");
        assertRejected(read("kwu.xlsb", xlsb), "kwu.xlsb", "Berkas Excel Binary Workbook (.xlsb) tidak dapat dibaca;"
                + " buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx");
    }

    @Test
    void shouldNameAppleNumbersAndAskForAnExport() throws Exception {
        byte[] numbers = zip("Index/Document.iwa", "x", "Metadata/Properties.plist", "x");
        assertRejected(read("kwu.numbers", numbers), "kwu.numbers", "Berkas Apple Numbers tidak dapat dibaca; di "
                + "Numbers pilih Ekspor ke > Excel (.xlsx) lalu kirim berkas hasil ekspornya");
    }

    @Test
    void shouldNameStrictOpenXmlAndAskForAPlainXlsx() throws Exception {
        byte[] form = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 3).bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(form));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                "http://purl.oclc.org/ooxml/spreadsheetml/main")
                        .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                "http://purl.oclc.org/ooxml/officeDocument/relationships");
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(xml.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        assertRejected(read("kwu.xlsx", out.toByteArray()), "kwu.xlsx", "Berkas disimpan sebagai Strict Open XML "
                + "Spreadsheet, yang tidak dapat dibaca; simpan ulang sebagai Excel Workbook (.xlsx) biasa");
    }

    @Test
    void shouldRefusePdfAndAskForTheWorkbookItself() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        assertRejected(read("kwu.pdf", pdf), "kwu.pdf", "Berkas PDF, bukan buku kerja Excel; kirim buku kerja "
                + "aslinya (.xlsx), bukan hasil cetak atau PDF-nya");
    }

    @Test
    void shouldRefuseAnOdsFileThatCannotBeReadWithAHint() throws Exception {
        byte[] ods = zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<bukan xml",
                "META-INF/manifest.xml", "<manifest/>");
        assertRejected(read("kwu.ods", ods), "kwu.ods", "Berkas .ods ini tidak dapat dibaca; buka di LibreOffice "
                + "lalu simpan ulang sebagai .xlsx");
    }

    @Test
    void shouldRefuseAnOpenDocumentTextAsNoSpreadsheet() throws Exception {
        byte[] odt = zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>");
        assertRejected(read("laporan.ods", odt), "laporan.ods", "Berkas ini dokumen OpenDocument (teks atau "
                + "presentasi), bukan lembar kerja; simpan tabelnya sebagai .xlsx atau .ods");
    }

    @Test
    void shouldRefuseAnOdsFileWhoseMergeReachesPastTheLastColumnInsteadOfCrashing() throws Exception {
        String content = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"R\"><table:table-column/><table:table-row><table:table-cell"
                + " table:number-columns-spanned=\"4\" table:number-rows-spanned=\"2\" office:value-type=\"string\">"
                + "<text:p>Judul</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>"
                + "</office:body></office:document-content>";
        byte[] ods = zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", content,
                "META-INF/manifest.xml", "<manifest/>");
        assertRejected(read("kwu.ods", ods), "kwu.ods", "Berkas .ods ini tidak dapat dibaca; buka di LibreOffice "
                + "lalu simpan ulang sebagai .xlsx");
    }

    @Test
    void shouldRefuseAnOdsFileWithOverlappingMergesInsteadOfCrashing() throws Exception {
        String content = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"R\"><table:table-column table:number-columns-repeated=\"4\"/>"
                + "<table:table-row><table:table-cell table:number-columns-spanned=\"2\""
                + " table:number-rows-spanned=\"2\""
                + " office:value-type=\"string\"><text:p>A</text:p></table:table-cell><table:table-cell/>"
                + "<table:table-cell/><table:table-cell/></table:table-row><table:table-row><table:covered-table-cell/>"
                + "<table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"string\"><text:p>B</text:p>"
                + "</table:table-cell><table:table-cell/><table:table-cell/></table:table-row></table:table>"
                + "</office:spreadsheet></office:body></office:document-content>";
        byte[] ods = zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", content,
                "META-INF/manifest.xml", "<manifest/>");
        assertRejected(read("kwu.ods", ods), "kwu.ods", "Berkas .ods ini tidak dapat dibaca; buka di LibreOffice "
                + "lalu simpan ulang sebagai .xlsx");
    }
}
