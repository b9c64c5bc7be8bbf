package id.go.banggaikab.rekap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The in-memory zip reader gives exactly what Commons Compress gives for the same bytes: the same parts in the same
 * order with the same sizes, and the same bytes for each part; a zip it does not read itself (zip64, junk before the
 * zip, a name not in ASCII) is read by Commons Compress behind the same face.
 */
class ZipPartsTest {

    private static final byte[] SHEET = ("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>42</v></c></row>"
            + "</sheetData></worksheet>").repeat(40).getBytes(StandardCharsets.UTF_8);

    @Test
    void aWorkbookAsPoiWritesItIsReadPlainAndGivesCommonsCompressesPartsAndBytes() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Formulir").createRow(0).createCell(0).setCellValue("Capaian");
            wb.write(out);
            bytes = out.toByteArray();
        }

        assertSameAsCommonsCompress(bytes, true);
    }

    @Test
    void storedAndDeflatedPartsWithDataDescriptorsAndACommentAreReadPlain() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setComment("disimpan oleh kantor");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml")); // deflated, sizes after the data
            zip.write(SHEET);
            TestZip.putStored(zip, "xl/sharedStrings.xml",
                    "<sst><si><t>Capaian</t></si></sst>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("kosong.xml"));
        }

        assertSameAsCommonsCompress(out.toByteArray(), true);
    }

    @Test
    void zip64JunkBeforeTheZipAndANonAsciiNameAreLeftToCommonsCompress() throws Exception {
        ByteArrayOutputStream zip64 = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(zip64)) {
            zip.setUseZip64(Zip64Mode.Always);
            zip.putArchiveEntry(new ZipArchiveEntry("xl/worksheets/sheet1.xml"));
            zip.write(SHEET);
            zip.closeArchiveEntry();
        }
        assertSameAsCommonsCompress(zip64.toByteArray(), false);

        byte[] plain = zipOf("xl/worksheets/sheet1.xml");
        ByteArrayOutputStream prefixed = new ByteArrayOutputStream();
        prefixed.write("junk before the zip".getBytes(StandardCharsets.US_ASCII));
        prefixed.write(plain);
        assertThat(ZipParts.directory(prefixed.toByteArray())).isNull();

        assertSameAsCommonsCompress(zipOf("xl/lembar-ü.xml"), false);
    }

    @Test
    void aPartThatInflatesPastTheSizeItDeclaresIsRefusedAndTheFormGoesToPoi() throws Exception {
        byte[] bytes = zipOf("xl/worksheets/sheet1.xml");
        int entry = lastIndexOf(bytes, new byte[] {0x50, 0x4b, 0x01, 0x02});
        bytes[entry + 24] = 10; // inflated size: 10 bytes, where the part holds several kilobytes
        bytes[entry + 25] = 0;
        bytes[entry + 26] = 0;
        bytes[entry + 27] = 0;

        try (ZipParts zip = ZipParts.of(bytes)) {
            assertThat(zip.plain()).isTrue();
            assertThatThrownBy(() -> zip.open(zip.part("xl/worksheets/sheet1.xml")).readAllBytes())
                    .isInstanceOf(IOException.class).hasMessageContaining("inflates past its declared 10 bytes");
        }
    }

    @Test
    void aPartIsFoundByItsNameInAnyCaseAsExcelFindsIt() throws Exception {
        try (ZipParts zip = ZipParts.of(zipOf("XL/Worksheets/Sheet1.xml"))) {
            assertThat(zip.part("xl/worksheets/sheet1.xml").name()).isEqualTo("XL/Worksheets/Sheet1.xml");
            assertThat(zip.part("xl/worksheets/sheet2.xml")).isNull();
        }
    }

    private static byte[] zipOf(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(SHEET);
        }
        return out.toByteArray();
    }

    private static int lastIndexOf(byte[] b, byte[] what) {
        for (int i = b.length - what.length; i >= 0; i--) {
            boolean match = true;
            for (int j = 0; j < what.length && match; j++) {
                match = b[i + j] == what[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }

    private static void assertSameAsCommonsCompress(byte[] bytes, boolean plain) throws IOException {
        try (ZipParts parts = ZipParts.of(bytes);
                ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            assertThat(parts.plain()).isEqualTo(plain);
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            for (ZipArchiveEntry e : entries) {
                expected.add(e.getName() + " " + e.getSize() + " " + e.getCompressedSize());
            }
            for (ZipParts.Part p : parts.parts()) {
                actual.add(p.name() + " " + p.size() + " " + p.packed());
            }
            assertThat(actual).isNotEmpty().isEqualTo(expected);
            for (ZipArchiveEntry e : entries) {
                try (InputStream theirs = zip.getInputStream(e); InputStream ours = parts.open(parts.part(e.getName()))) {
                    assertThat(ours.readAllBytes()).as(e.getName()).isEqualTo(theirs.readAllBytes());
                }
            }
        }
    }
}
