package id.go.banggaikab.rekap.contoh;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates N distinct forms for the import benchmark ({@code scripts/benchmark.sh}): every reporting unit, every
 * quarter of 2026 first, then further years, then second versions of the same unit and quarter (which replace the
 * first, as late corrections do in real life). Each form differs in content so none is skipped as already seen.
 */
public final class BenchmarkForms {

    private BenchmarkForms() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        Path input = Path.of(args[1]);
        Catalogue catalogue = CatalogueLoader.load(Path.of(args.length > 2 ? args[2] : "config/katalog.yml"));
        SampleForms forms = new SampleForms(catalogue);
        List<Unit> units = catalogue.reportingUnits();
        int years = 2035 - 2020 + 1;
        for (int n = 0; n < count; n++) {
            Unit unit = units.get(n % units.size());
            int slot = n / units.size();
            int triwulan = slot % 4 + 1;
            int year = 2026 + (slot / 4) % years;
            if (year > 2035) {
                year -= years;
            }
            int variant = slot / (4 * years);
            Path file = input.resolve(year + "/TW" + triwulan + "/v" + variant + "/"
                    + unit.name().replace('/', '-') + ".xlsx");
            forms.write(file, unit, new Periode(year, triwulan), variant + n);
        }
        System.out.println(count + " formulir ditulis ke " + input.toAbsolutePath());
    }
}
