package id.go.banggaikab.rekap.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Whether a workbook's bytes stop before the workbook's own end: a copy into the shared folder that stalled or is
 * still under way, a download cut off. Such a file is not damaged and must not be called so; the office only has to
 * let the copy finish or copy it again. A zip package (.xlsx, .xlsm, .ods) ends with its central directory; a legacy
 * .xls (OLE2) names in its header the sectors of its allocation table, which must lie inside the file.
 */
final class CutOff {

    static final Refusal REFUSAL = Refusal.of(Refusal.Reason.CUT_OFF, "Berkas belum selesai disalin: isinya"
            + " berhenti sebelum akhir berkas (penyalinan terhenti atau belum selesai). Tunggu sampai penyalinan"
            + " selesai, atau salin ulang berkasnya ke folder bersama; berkas ini dibaca lagi pada proses berikutnya");

    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    /** The end record is 22 bytes, followed by a comment of at most 65,535. */
    private static final int LONGEST_END = 22 + 0xFFFF;
    private static final int OLE2_HEADER = 512;
    private static final int FREE_SECTOR = -1;

    private CutOff() {
    }

    /** A zip package without its end record. */
    static boolean zip(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - LONGEST_END); i--) {
            if (b.getInt(i) == END_OF_CENTRAL_DIRECTORY) {
                return false;
            }
        }
        return true;
    }

    /**
     * An OLE2 file whose header or allocation table names sectors past its end: a sector in use (by a stream, the
     * directory or the table itself) that the file does not hold.
     */
    static boolean ole2(byte[] bytes) {
        if (bytes.length < OLE2_HEADER) {
            return true;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int shift = b.getShort(30);
        if (shift != 9 && shift != 12) {
            return false; // not a header POI reads either: let it say so
        }
        int sectorSize = 1 << shift;
        long sectors = (bytes.length - (long) Math.max(OLE2_HEADER, sectorSize)) / sectorSize;
        if (b.getInt(48) >= sectors) { // the first directory sector
            return true;
        }
        int perSector = sectorSize / 4;
        for (int i = 0; i < 109; i++) {
            int fat = b.getInt(76 + 4 * i);
            if (fat == FREE_SECTOR || fat < 0) {
                continue;
            }
            if (fat >= sectors) {
                return true;
            }
            long first = Math.max(OLE2_HEADER, sectorSize) + (long) fat * sectorSize;
            for (int k = 0; k < perSector; k++) {
                long used = (long) i * perSector + k;
                if (b.getInt((int) (first + 4L * k)) != FREE_SECTOR && used >= sectors) {
                    return true;
                }
            }
        }
        return false;
    }
}
