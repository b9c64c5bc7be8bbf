package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.catalogue.RegisterKind;
import id.go.banggaikab.rekap.catalogue.RegisterRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that count the same rows (same register kind, conditions, summed column and year, and the same rows
 * listed), evaluated once per row and listed once: the usaha mikro binaan of KABID-PUM-01, -02 and -03 are one
 * count. Holds what the reading found for each source of rows: this year's registers, or a register of last year.
 */
final class RuleGroup {

    /** Whose rows: registers of the recap's year (or undated), or a register dated the year before. */
    enum Source {
        CURRENT, PREVIOUS
    }

    /** What one source gave: per quarter the figure and its rows, the files and sheets that took part. */
    static final class Tally {
        /** Per quarter (index 1 to 4) the sum and the number of rows; null where nothing was counted. */
        private final double[][] figures = new double[5][];
        final Set<String> files = new LinkedHashSet<>();
        String sheet;
        Instant modified;
        int sheets;
        int withFigure;
        final List<String> incomplete = new ArrayList<>();
        /** The rows behind the figure, at most {@link RegisterCounter#LISTED_ROWS}; those past it only counted. */
        final List<RegisterDetail.Row> rows = new ArrayList<>();
        int unlisted;

        void add(int tw, double v) {
            double[] f = figures[tw];
            if (f == null) {
                f = new double[2];
                figures[tw] = f;
            }
            f[0] += v;
            f[1]++;
        }

        /** {sum, rows} of a quarter, or null when no row counted in it. */
        double[] figure(int tw) {
            return figures[tw];
        }

        void took(String file, String sheetName, Instant time) {
            files.add(file);
            sheet = sheet == null ? sheetName : sheet;
            modified = modified == null || time != null && time.isAfter(modified) ? time : modified;
            sheets++;
        }
    }

    final String signature;
    final List<RegisterRule> rules = new ArrayList<>();
    final Map<Source, Tally> tallies = new HashMap<>();
    /** Rows that met the first condition but not a later one, for the recap's quarter, and a few of their names. */
    int excluded;
    final List<String> excludedNames = new ArrayList<>();
    final Set<String> skippedConditions = new LinkedHashSet<>();

    RuleGroup(String signature) {
        this.signature = signature;
    }

    RegisterRule first() {
        return rules.get(0);
    }

    RegisterKind kind() {
        return first().kind();
    }

    Tally tally(Source s) {
        return tallies.computeIfAbsent(s, k -> new Tally());
    }

    static String signature(RegisterRule r, boolean flow) {
        StringBuilder s = new StringBuilder(r.kind().name()).append('|').append(r.sumColumn()).append('|')
                .append(r.lastYear()).append('|').append(flow).append('|');
        r.conditions().forEach(c -> s.append(c.describe()).append(';'));
        return s.toString();
    }
}
