package id.go.banggaikab.rekap.catalogue;

import java.util.Locale;
import java.util.Optional;

/** The SAKIP grade scale, best first: AA > A > BB > B > CC > C > D. */
public enum Predikat {
    AA, A, BB, B, CC, C, D;

    /** Rank where D = 1 and AA = 7, so that a higher rank is a better grade. */
    public int rank() {
        return values().length - ordinal();
    }

    public static Optional<Predikat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace("\"", "").replace("'", "");
        for (Predikat p : values()) {
            if (p.name().equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
