package id.go.banggaikab.rekap.spreadsheet;

import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * One rule for what a zip bomb is, for the forms' fast path, POI's usermodel and the registers alike: a part that
 * inflates past what any workbook of its kind holds, or a big part (tens of megabytes) packed more than a hundredfold.
 * The ratio alone is not the rule: long repetitive text (a note copied down a column) packs a hundredfold too, and a
 * form with it is a form; a bomb is what would cost the run memory or minutes. POI's own guard is set to the same rule,
 * so a file is named a bomb whichever path opens it, instead of "damaged" past POI's in-memory limit.
 */
final class ZipBomb {

    static final Refusal REFUSAL = Refusal.of(Refusal.Reason.ZIP_BOMB, "Berkas dicurigai bom zip (isi terkompresi"
            + " jauh lebih besar dari wajarnya); tidak dibuka");
    /** More than any form part holds (a form's sheet is kilobytes; a sheet of 300,000 rows some 60 MB). */
    static final long FORM_PART_BYTES = 64L * 1024 * 1024;
    /** Below this a part may pack as tightly as it likes: repetitive text does, and costs nothing. */
    static final long RATIO_GRACE_BYTES = 32L * 1024 * 1024;
    /** POI's ratio: a part packed more than a hundredfold, past the grace size, is suspicious. */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMaxEntrySize(FORM_PART_BYTES);
        ZipSecureFile.setGraceEntrySize(RATIO_GRACE_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private ZipBomb() {
    }

    /** Makes sure POI's guard follows this rule before POI opens a package (the class's loading sets it). */
    static void guardPoi() {
        // the static initialiser did it
    }

    /** Whether a part that says it inflates from {@code packed} to {@code size} bytes is a bomb. */
    static boolean is(long size, long packed, long partLimit) {
        return size > partLimit || size > RATIO_GRACE_BYTES && packed >= 0 && packed < size * MIN_INFLATE_RATIO;
    }

    /** {@link #REFUSAL} when a part of {@code zip} declares it is a bomb for {@code partLimit}, else null. */
    static Refusal refusal(ZipFile zip, long partLimit) {
        return refusal(ZipParts.partsOf(Collections.list(zip.getEntries())), partLimit);
    }

    /** {@link #REFUSAL} when one of these parts declares it is a bomb for {@code partLimit}, else null. */
    static Refusal refusal(List<ZipParts.Part> parts, long partLimit) {
        long total = 0;
        for (ZipParts.Part p : parts) {
            if (is(p.size(), p.packed(), partLimit)) {
                return REFUSAL;
            }
            total += Math.max(0, p.size());
            if (total > 4 * partLimit) {
                return REFUSAL;
            }
        }
        return null;
    }
}
