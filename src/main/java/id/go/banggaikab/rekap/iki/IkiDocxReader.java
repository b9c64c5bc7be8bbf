package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.shared.BadSetting;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens an IKI document (.docx) and reads it into {@link IkiDocument}. Whatever makes the file unusable (missing,
 * empty, too large, an old .doc, a password, not Word at all, damaged, or Word without the JABATAN / table pattern of
 * an IKI document) is refused with a message in Bahasa Indonesia that says what to do; a document with defects is
 * read as it is, its defects are for {@link DocumentFindings} to name.
 */
public final class IkiDocxReader {

    /** Larger than this is no IKI document of a dinas (those are some hundred kilobytes). */
    static final long LARGEST = 50L * 1024 * 1024;

    private IkiDocxReader() {
    }

    static IkiDocument read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw refused(file.toString(), "berkas itu tidak ada. Tulis jalur lengkapnya, mis."
                    + " dokumen=\"D:\\IKI\\IKI 2027.docx\"");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > LARGEST) {
                throw refused(name, "berkas sebesar " + IndonesianNumbers.fileSize(Files.size(file)) + " terlalu besar"
                        + " untuk dokumen IKI");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(name, "berkas tidak dapat dibuka (" + e.getMessage() + "); tutup dulu di Word");
        }
        return read(name, bytes);
    }

    static IkiDocument read(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw refused(name, "berkas kosong (0 byte)");
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            throw refused(name, "berkas ini dokumen Word lama (.doc) atau dilindungi kata sandi. Buka di Word, hapus"
                    + " kata sandinya bila ada, lalu simpan sebagai Word Document (.docx)");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw refused(name, "berkas ini bukan dokumen Word (.docx)" + (name.toLowerCase().endsWith(".pdf")
                    || bytes[0] == '%' ? "; PDF tidak dapat dibaca, pakai berkas Word aslinya" : ""));
        }
        List<Block> blocks;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            blocks = DocxBlocks.of(doc.getBodyElements());
        } catch (IOException | RuntimeException e) {
            throw refused(name, "berkas rusak atau bukan dokumen Word (.docx) (" + e.getClass().getSimpleName()
                    + "). Buka di Word lalu simpan ulang sebagai Word Document (.docx)");
        }
        IkiDocument document = new PositionReading(name).read(blocks);
        if (document.positions().isEmpty()) {
            throw refused(name, "tidak ada jabatan yang dikenali. Dokumen IKI memuat per jabatan baris \"JABATAN :\","
                    + " TUGAS, FUNGSI, tabel SASARAN | INDIKATOR KINERJA | PENJELASAN/FORMULASI PENGHITUNGAN |"
                    + " SUMBER DATA, dan tanda tangan dengan NIP");
        }
        if (document.indicators() == 0) {
            throw refused(name, document.positions().size() + " jabatan ditemukan, tetapi tidak ada tabel indikator."
                    + " Baris judul tabel harus memuat kolom INDIKATOR KINERJA dan SASARAN, PENJELASAN/FORMULASI"
                    + " PENGHITUNGAN atau SUMBER DATA");
        }
        return document;
    }

    private static BadSetting refused(String name, String why) {
        return new BadSetting("Dokumen IKI " + name + " tidak dapat dibaca: " + why);
    }
}
