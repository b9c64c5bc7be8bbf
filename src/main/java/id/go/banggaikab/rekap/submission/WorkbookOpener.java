package id.go.banggaikab.rekap.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Opens a user's file without ever touching it: the bytes are read once through a read-only stream and the workbook
 * is built from memory, so Excel on the office PC keeps its lock and the file's date stays as it was. The format is
 * told from the bytes, not the extension (staff rename .csv to .xlsx), and every way a file can be unusable becomes a
 * message in Bahasa Indonesia. POI's zip-bomb guards stay at their defaults.
 */
final class WorkbookOpener {

    /** The file as found; {@code workbook} is null exactly when {@code problem} says why. */
    record Opened(SourceFile source, FileStamp stamp, Workbook workbook, String problem) {
    }

    /** Size and modification time, compared before and after reading to catch a file still being copied. */
    record FileStamp(long size, Instant modified) {
        static FileStamp of(Path file) throws IOException {
            return new FileStamp(Files.size(file), Files.getLastModifiedTime(file).toInstant());
        }
    }

    private final ReaderSettings settings;

    WorkbookOpener(ReaderSettings settings) {
        this.settings = settings;
    }

    Opened open(Path file, String relativePath) {
        FileStamp stamp;
        try {
            stamp = FileStamp.of(file);
        } catch (IOException e) {
            return new Opened(new SourceFile(relativePath, 0, null, null), null, null,
                    "Berkas tidak dapat dibaca: " + e.getMessage());
        }
        try {
            if (stamp.size() > settings.maxFileBytes()) {
                SourceFile source = new SourceFile(relativePath, stamp.size(), stamp.modified(), hashOf(file));
                return new Opened(source, stamp, null, "Berkas terlalu besar (" + IndonesianNumbers.fileSize(stamp.size())
                        + "; batas " + IndonesianNumbers.fileSize(settings.maxFileBytes()) + ")");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
                bytes = in.readNBytes((int) settings.maxFileBytes() + 1);
            }
            SourceFile source = new SourceFile(relativePath, bytes.length, stamp.modified(), DigestUtils.sha256Hex(bytes));
            if (bytes.length == 0) {
                return new Opened(source, stamp, null, "Berkas kosong (0 byte)");
            }
            if (bytes.length > settings.maxFileBytes()) {
                return new Opened(source, stamp, null, "Berkas terlalu besar (batas "
                        + IndonesianNumbers.fileSize(settings.maxFileBytes()) + ")");
            }
            String refusal = refusalByContent(bytes);
            return refusal != null ? new Opened(source, stamp, null, refusal) : build(source, stamp, bytes);
        } catch (IOException e) {
            return new Opened(new SourceFile(relativePath, stamp.size(), stamp.modified(), null), stamp, null,
                    "Berkas tidak dapat dibaca: " + e.getMessage());
        }
    }

    private static Opened build(SourceFile source, FileStamp stamp, byte[] bytes) {
        try {
            return new Opened(source, stamp, WorkbookFactory.create(new ByteArrayInputStream(bytes)), null);
        } catch (EncryptedDocumentException e) {
            return new Opened(source, stamp, null, "Berkas dilindungi kata sandi; simpan ulang tanpa kata sandi");
        } catch (StackOverflowError e) {
            // XML nested thousands deep: no spreadsheet program writes that, a broken or hostile file does
            return new Opened(source, stamp, null, "Berkas rusak atau bukan buku kerja Excel (susunan isinya terlalu"
                    + " dalam)");
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
            if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return new Opened(source, stamp, null,
                        "Berkas dicurigai bom zip (isi terkompresi jauh lebih besar dari wajarnya); tidak dibuka");
            }
            return new Opened(source, stamp, null, "Berkas rusak atau bukan buku kerja Excel");
        }
    }

    /** Why the bytes are no Excel workbook, or null when they may be one. */
    static String refusalByContent(byte[] bytes) throws IOException {
        FileMagic magic = FileMagic.valueOf(bytes);
        return switch (magic) {
            case OOXML -> ooxmlRefusal(bytes);
            case OLE2 -> ole2Refusal(bytes);
            case XML -> "Berkas XML (mis. XML Spreadsheet 2003), bukan buku kerja Excel; simpan ulang sebagai .xlsx";
            case HTML -> "Berkas HTML yang diberi nama buku kerja; simpan ulang sebagai .xlsx";
            case PDF -> "Berkas PDF, bukan buku kerja Excel";
            case BIFF2, BIFF3, BIFF4 -> "Format Excel lama (sebelum Excel 97) tidak didukung; simpan ulang sebagai .xlsx";
            default -> looksLikeText(bytes)
                    ? "Berkas teks (mis. CSV), bukan buku kerja Excel; simpan ulang sebagai .xlsx"
                    : "Berkas rusak atau bukan buku kerja Excel";
        };
    }

    /** A zip that is a Word or PowerPoint document: its part names are stored uncompressed and readable as bytes. */
    private static String ooxmlRefusal(byte[] bytes) {
        String names = new String(bytes, StandardCharsets.ISO_8859_1);
        if (names.contains("word/document")) {
            return "Berkas ini dokumen Word, bukan buku kerja Excel";
        }
        if (names.contains("ppt/presentation")) {
            return "Berkas ini presentasi PowerPoint, bukan buku kerja Excel";
        }
        return names.contains("xl/") ? null : "Berkas rusak atau bukan buku kerja Excel";
    }

    private static String ole2Refusal(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                return "Berkas dilindungi kata sandi; simpan ulang tanpa kata sandi";
            }
            if (fs.getRoot().hasEntry("WordDocument")) {
                return "Berkas ini dokumen Word (.doc), bukan buku kerja Excel";
            }
            return fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book") ? null
                    : "Berkas rusak atau bukan buku kerja Excel";
        } catch (IOException | RuntimeException e) {
            return "Berkas rusak atau bukan buku kerja Excel";
        }
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

    private static String hashOf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
            return DigestUtils.sha256Hex(in);
        }
    }
}
