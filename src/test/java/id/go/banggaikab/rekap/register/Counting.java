package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.RegisterRule.Slot;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/** Counting the shipped catalogue's rules over a folder of registers, and looking the results up. */
final class Counting {

    static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("config/katalog.yml"));

    private Counting() {
    }

    static RegisterCounter.Counts count(Path dir, Periode recap) {
        return new RegisterCounter(CountPlan.whole(CATALOGUE, recap)).count(RegisterFolder.list(dir));
    }

    /** The figure a rule counted for an indicator part and quarter; empty when none was counted. */
    static OptionalDouble figure(RegisterCounter.Counts counts, String code, Slot slot, int tw) {
        return counts.figures().stream().filter(f -> f.rule().indicatorCode().equals(code) && f.rule().slot() == slot
                && f.triwulan() == tw).mapToDouble(CountedFigure::value).findFirst();
    }

    static List<String> reasons(RegisterCounter.Counts counts) {
        return counts.problems().stream().map(Problem::reason).toList();
    }
}
