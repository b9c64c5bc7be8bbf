package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.spreadsheet.SheetView;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Evaluasi Renja layout (Permendagri 86/2017): each quarter heading ({@code Triwulan I} … {@code Triwulan IV},
 * {@code TW I} …) merged over two sub-columns {@code K} (kinerja) and {@code Rp} (anggaran), either on the header's
 * top row or under a heading such as "Realisasi Kinerja Pada Triwulan" (then the quarters may be bare {@code I} …
 * {@code IV}). {@code K} is the indicator's realisation of that quarter; {@code Rp} is money spent, never an
 * indicator's figure. An amount in thousands ("Rp (000)") is not taken as rupiah.
 */
final class QuarterPairs {

    private static final Set<String> KINERJA = Set.of("k", "kinerja");
    private static final Set<String> RUPIAH = Set.of("rp", "rupiah", "anggaran", "anggaran rp", "keuangan",
            "keuangan rp");
    private static final String QUARTER = "(triwulan|tw|trw)( ke)? ?(iv|iii|ii|i|[1-4])";
    /** A heading that names a quarter and nothing else but realisation: not "Target TW II", not "Capaian TW II". */
    private static final Pattern QUARTER_HEADING = Pattern.compile("^(realisasi( kinerja)?( pada)? )?"
            + "((s d|sd|sampai dengan|kumulatif) )?" + QUARTER + "$");
    private static final Pattern BARE_QUARTER = Pattern.compile("^(iv|iii|ii|i|[1-4])$");
    private static final Pattern MENTIONS_QUARTERS = Pattern.compile("\\b(triwulan|tw|trw)\\b");

    private QuarterPairs() {
    }

    /**
     * The role of column {@code c} when row {@code q} holds a quarter heading over K/Rp in row {@code q + 1};
     * {@code above} is the heading over the quarters, if any ("Realisasi Kinerja Pada Triwulan").
     */
    static Optional<Column> part(SheetView sheet, int q, int c, String above) {
        if (sheet.mergedWidth(q, c) < 2 || sheet.mergedWithBelow(q, c) || !isQuarter(sheet.label(q, c), above)) {
            return Optional.empty();
        }
        String sub = TextKeys.key(sheet.label(q + 1, c));
        return KINERJA.contains(sub) ? Optional.of(Column.REALISASI)
                : RUPIAH.contains(sub) ? Optional.of(Column.ANGGARAN) : Optional.empty();
    }

    /** Whether row {@code r} heads quarters in row {@code r + 1} that sit over K/Rp in row {@code r + 2}. */
    static boolean threeRows(SheetView sheet, int r, int c) {
        return sheet.mergedWidth(r, c) > 1 && !sheet.mergedWithBelow(r, c)
                && part(sheet, r + 1, c, sheet.label(r, c)).isPresent();
    }

    /** Whether a K/Rp header of two or three rows starts on row {@code r}. */
    static boolean startAt(SheetView sheet, int r, int width) {
        for (int c = 0; c <= width; c++) {
            if (part(sheet, r, c, "").isPresent() || threeRows(sheet, r, c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuarter(String heading, String above) {
        String k = TextKeys.key(heading);
        return QUARTER_HEADING.matcher(k).matches()
                || BARE_QUARTER.matcher(k).matches() && MENTIONS_QUARTERS.matcher(TextKeys.key(above)).find();
    }
}
