package id.go.banggaikab.rekap.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells a form's format from its bytes, not its name (staff rename .csv to .xlsx), and names every format that cannot
 * be read with what to do instead. Zip-based formats are told apart by their part names, which a zip stores
 * uncompressed, so even a truncated file is recognised.
 */
final class FormatCheck {

    enum Format {
        XLSX, XLS, ODS
    }

    /** The format, or why the bytes are no workbook we read; exactly one is set. */
    record Detected(Format format, Refusal refusal) {
        static Detected refused(Refusal reason) {
            return new Detected(null, reason);
        }

        static Detected notWorkbook(String message) {
            return refused(Refusal.of(Refusal.Reason.NOT_A_WORKBOOK, message));
        }

        static Detected unsupported(String message) {
            return refused(Refusal.of(Refusal.Reason.UNSUPPORTED_FORMAT, message));
        }
    }

    private static final String SAVE_AS = "; buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx";

    private FormatCheck() {
    }

    static Detected of(byte[] bytes) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            return Detected.refused(Refusal.DAMAGED);
        }
        return switch (magic) {
            case OOXML -> zip(bytes);
            case OLE2 -> ole2(bytes);
            case XML -> xml(bytes);
            case HTML -> Detected.notWorkbook("Berkas HTML yang diberi nama buku kerja; simpan ulang sebagai .xlsx");
            case PDF -> Detected.notWorkbook("Berkas PDF, bukan buku kerja Excel; kirim buku kerja aslinya (.xlsx),"
                    + " bukan hasil cetak atau PDF-nya");
            case BIFF2, BIFF3, BIFF4 -> Detected.unsupported("Format Excel lama (sebelum Excel 97) tidak didukung"
                    + SAVE_AS);
            default -> looksLikeText(bytes)
                    ? Detected.notWorkbook("Berkas teks (mis. CSV), bukan buku kerja Excel; simpan ulang sebagai .xlsx")
                    : Detected.refused(Refusal.DAMAGED);
        };
    }

    private static Detected zip(byte[] bytes) {
        if (CutOff.zip(bytes)) {
            return Detected.refused(CutOff.REFUSAL); // its names may not even have arrived yet
        }
        if (workbookByDirectory(bytes)) {
            return new Detected(Format.XLSX, null);
        }
        String names = new String(bytes, StandardCharsets.ISO_8859_1);
        if (names.contains("word/document")) {
            return Detected.notWorkbook("Berkas ini dokumen Word, bukan buku kerja Excel");
        }
        if (names.contains("ppt/presentation")) {
            return Detected.notWorkbook("Berkas ini presentasi PowerPoint, bukan buku kerja Excel");
        }
        if (names.contains("xl/workbook.bin")) {
            return Detected.unsupported("Berkas Excel Binary Workbook (.xlsb) tidak dapat dibaca" + SAVE_AS);
        }
        if (names.contains("xl/")) {
            return new Detected(Format.XLSX, null);
        }
        if (names.contains("application/vnd.oasis.opendocument.spreadsheet")
                || !names.contains("application/vnd.oasis.opendocument.") && names.contains("content.xml")
                && names.contains("META-INF/manifest.xml")) {
            return new Detected(Format.ODS, null);
        }
        if (names.contains("application/vnd.oasis.opendocument.")) {
            return Detected.notWorkbook("Berkas ini dokumen OpenDocument (teks atau presentasi), bukan lembar kerja;"
                    + " simpan tabelnya sebagai .xlsx atau .ods");
        }
        if (names.contains("Index/Document.iwa") || names.contains("Index.zip")) {
            return Detected.unsupported("Berkas Apple Numbers tidak dapat dibaca; di Numbers pilih Ekspor ke > Excel"
                    + " (.xlsx) lalu kirim berkas hasil ekspornya");
        }
        return Detected.refused(Refusal.DAMAGED);
    }

    /**
     * Whether the zip's directory, when it is one {@link ZipParts} reads, names a workbook's parts and nothing of
     * Word, PowerPoint or .xlsb: the usual form, told from its names without searching all its bytes (what the checks
     * above do for every other zip, including those whose directory is unreadable).
     */
    private static boolean workbookByDirectory(byte[] bytes) {
        List<ZipParts.Part> parts;
        try {
            parts = ZipParts.directory(bytes);
        } catch (RuntimeException e) {
            return false;
        }
        return parts != null && parts.stream().anyMatch(p -> p.name().contains("xl/"))
                && parts.stream().map(ZipParts.Part::name).noneMatch(n -> n.contains("word/document")
                        || n.contains("ppt/presentation") || n.contains("xl/workbook.bin"));
    }

    private static Detected ole2(byte[] bytes) {
        if (CutOff.ole2(bytes)) {
            return Detected.refused(CutOff.REFUSAL);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                return Detected.refused(Refusal.ENCRYPTED);
            }
            if (root.hasEntry("WordDocument")) {
                return Detected.notWorkbook("Berkas ini dokumen Word (.doc), bukan buku kerja Excel");
            }
            if (root.hasEntry("PowerPoint Document")) {
                return Detected.notWorkbook("Berkas ini presentasi PowerPoint (.ppt), bukan buku kerja Excel");
            }
            return root.hasEntry("Workbook") || root.hasEntry("Book") ? new Detected(Format.XLS, null)
                    : Detected.refused(Refusal.DAMAGED);
        } catch (IOException | RuntimeException e) {
            return Detected.refused(Refusal.DAMAGED);
        }
    }

    private static Detected xml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        if (head.contains("opendocument.spreadsheet")) {
            return Detected.unsupported("Berkas OpenDocument datar (.fods) tidak dapat dibaca; simpan ulang sebagai"
                    + " .ods atau .xlsx");
        }
        return Detected.notWorkbook("Berkas XML (mis. XML Spreadsheet 2003), bukan buku kerja Excel; simpan ulang"
                + " sebagai .xlsx");
    }

    /** Text files have next to no control bytes; binary junk has plenty. */
    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                control++;
            }
        }
        return control <= n / 100;
    }
}
