package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.Target;
import java.util.Map;

/**
 * The example figures the pre-filled workbooks carry under CONTOH, plausible for each indicator so that a planner
 * sees what belongs where: a Renstra path rising from the kondisi awal to an end target a little above this year's
 * target, and earlier years' realisations near that path. The same on every run.
 */
final class Examples {

    /** The Renstra of Kabupaten Banggai that the examples assume ends in 2026 and every five years after. */
    private static final int RENSTRA_END = 2026;

    private final Map<String, Target> targets;

    Examples(Map<String, Target> targets) {
        this.targets = targets;
    }

    /** The end year of the five-year Renstra period a year falls in. */
    static int renstraEnd(int tahun) {
        return RENSTRA_END + 5 * Math.floorDiv(tahun - RENSTRA_END + 4, 5);
    }

    /** Indicators of the LKjIP: those of sasaran strategis and sasaran program. */
    static boolean inLkjip(Indicator i) {
        return i.level() != Level.KEGIATAN;
    }

    /** The Renstra's figure for a year: the kondisi awal at {@code awal}, the end target at {@code akhir}. */
    Figure renstra(Indicator i, int tahun, int awal, int akhir) {
        if (i.kind() == IndicatorKind.PREDIKAT) {
            return Figure.of(tahun == awal ? Predikat.B : tahun >= akhir - 1 ? Predikat.A : Predikat.BB);
        }
        double base = base(i);
        double share = (tahun - awal) / (double) Math.max(1, akhir - awal);
        return Figure.of(round(i, base * (0.8 + 0.3 * share)));
    }

    /** Last years' target (the Renstra's) and a realisation near it. */
    Figure[] earlier(Indicator i, int tahun, int awal, int akhir) {
        Figure target = renstra(i, tahun, awal, akhir);
        if (i.kind() == IndicatorKind.PREDIKAT) {
            return new Figure[] {target, Figure.of(Predikat.BB)};
        }
        double factor = 0.9 + 0.05 * Math.floorMod(i.code().hashCode() + tahun, 4);
        return new Figure[] {target, Figure.of(round(i, target.number() * factor))};
    }

    private double base(Indicator i) {
        Target t = targets.get(i.code());
        if (t != null && t.annual() != null && t.annual() > 0) {
            return t.annual();
        }
        return "%".equals(i.satuan()) ? 60 : 100;
    }

    private static double round(Indicator i, double v) {
        if ("%".equals(i.satuan())) {
            return Math.min(i.max100() ? 100 : Double.MAX_VALUE, Math.round(v * 10) / 10.0);
        }
        return Math.round(v);
    }
}
