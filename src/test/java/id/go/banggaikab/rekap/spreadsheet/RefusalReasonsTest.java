package id.go.banggaikab.rekap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The layer's refusals as a program sees them: each way bytes give no sheets carries its {@link Refusal.Reason}, so a
 * caller can tell a copy still under way (read again next run) from a password or a bomb without reading the
 * Indonesian message, and {@code orThrow} turns the refusal into {@link UnreadableWorkbook} with the same reason.
 */
class RefusalReasonsTest {

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Formulir").createRow(0).createCell(0).setCellValue(42);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Refusal.Reason reason(byte[] bytes) {
        WorkbookSheets.Result read = WorkbookSheets.read(bytes);
        assertThat(read.sheets()).isNull();
        return read.refusal().reason();
    }

    @Test
    void aWorkbookGivesItsSheetsAndNoRefusal() throws Exception {
        WorkbookSheets.Result read = WorkbookSheets.read(workbook());

        assertThat(read.refusal()).isNull();
        assertThat(read.orThrow()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Formulir");
            assertThat(s.value(0, 0).number()).isEqualTo(42.0);
        });
    }

    @Test
    void aCopyThatStoppedHalfWayIsCutOffNotDamaged() throws Exception {
        byte[] whole = workbook();

        assertThat(reason(Arrays.copyOf(whole, whole.length * 2 / 3))).isEqualTo(Refusal.Reason.CUT_OFF);
    }

    @Test
    void aPasswordIsEncryptedAndOrThrowCarriesTheReason() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("rahasia");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(workbook()));
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
        }

        assertThat(reason(out.toByteArray())).isEqualTo(Refusal.Reason.ENCRYPTED);
        assertThatThrownBy(() -> WorkbookSheets.read(out.toByteArray()).orThrow())
                .isInstanceOfSatisfying(UnreadableWorkbook.class,
                        e -> assertThat(e.reason()).isEqualTo(Refusal.Reason.ENCRYPTED))
                .hasMessageContaining("kata sandi");
    }

    @Test
    void aPartThatInflatesPastAnyFormIsAZipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] mb = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++) {
                zip.write(mb); // 80 MB of zeros pack into some 80 KB
            }
            zip.closeEntry();
        }

        assertThat(reason(out.toByteArray())).isEqualTo(Refusal.Reason.ZIP_BOMB);
    }

    @Test
    void otherFilesAreNoWorkbookAndOldFormatsAreNamedAsSuch() throws Exception {
        assertThat(reason("NIB;Nama\n123;Toko\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Refusal.Reason.NOT_A_WORKBOOK);
        assertThat(reason("%PDF-1.7\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(Refusal.Reason.NOT_A_WORKBOOK);

        ByteArrayOutputStream xlsb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(xlsb)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.bin"));
            zip.write(new byte[] {1, 2, 3});
        }
        assertThat(reason(xlsb.toByteArray())).isEqualTo(Refusal.Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void aStreamOfNoBytesIsEmptyAndBrokenBytesAreDamaged() {
        RowStream.Reader none = new RowStream.Reader() {
            @Override
            public RowStream.Plan plan(SheetView top) {
                return null;
            }

            @Override
            public void row(SheetRow row) {
                throw new AssertionError("no row expected");
            }
        };

        assertThat(RowStream.read(new SeekableInMemoryByteChannel(new byte[0]), 10, none))
                .isEqualTo(Refusal.EMPTY);
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        assertThat(RowStream.read(new SeekableInMemoryByteChannel(junk), 10, none).reason())
                .isEqualTo(Refusal.Reason.DAMAGED);
    }
}
