package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.catalogue.RegisterRule;
import java.time.Instant;
import java.util.List;

/**
 * What a rule counted for one quarter of the recap's year: the figure, whether it is a year to date (a yearly sum
 * such as the volume usaha of the year, which is no quarter's own), the register files it came from and the sheet of
 * the first, the newest modification time among them, and how many rows it rests on.
 */
public record CountedFigure(RegisterRule rule, int triwulan, double value, boolean cumulative, List<String> files,
        String sheet, Instant modified, int rows) {

    public CountedFigure {
        files = List.copyOf(files);
    }

    /** The files as the Jejak Data and Masalah sheets name them. */
    public String source() {
        return String.join(", ", files);
    }
}
