package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.targets.TargetWorkbook;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the example targets shipped as {@code config/target-2026.xlsx}: plausible figures, not the dinas's
 * Perjanjian Kinerja, and the workbook says so. Run by hand when the catalogue changes:
 * {@code java -cp target/classes:target/test-classes:<deps> id.go.banggaikab.rekap.catalogue.ExampleTargets}.
 */
public final class ExampleTargets {

    private ExampleTargets() {
    }

    static Map<String, Object[]> values(Catalogue catalogue) {
        Map<String, Object[]> out = new LinkedHashMap<>();
        Map<String, Double> ratios = Map.of("KADIS-01", 60.0, "KABID-KP-01", 45.0, "KADIS-02", 2.0,
                "KABID-PUM-01", 30.0, "KABID-PUM-02", 40.0, "KABID-PUM-03", 25.0);
        for (Indicator i : catalogue.indicators()) {
            out.put(i.code(), switch (i.kind()) {
                case PREDIKAT -> new Object[] {"A", "A", "A", "A", "A"};
                case NILAI -> new Object[] {92, 92, 92, 92, 92};
                case RASIO_PERTUMBUHAN -> new Object[] {105, 25, 50, 78, 105};
                case RASIO -> ratio(i, ratios.getOrDefault(i.code(), 90.0));
                case JUMLAH -> cumulative(switch (i.satuan()) {
                    case "Orang" -> 60;
                    case "Koperasi" -> 24;
                    case "Laporan" -> 12;
                    case "Kemitraan" -> 8;
                    case "Usaha Mikro" -> 100;
                    default -> 40;
                });
            });
        }
        return out;
    }

    /** A ratio whose numerator adds up over a stock denominator grows through the year; others hold steady. */
    private static Object[] ratio(Indicator i, double annual) {
        boolean grows = i.numerator().accumulation() == Accumulation.JUMLAH
                && i.denominator().accumulation() == Accumulation.TERAKHIR;
        return grows ? new Object[] {annual, annual / 4, annual / 2, annual * 3 / 4, annual}
                : new Object[] {annual, annual, annual, annual, annual};
    }

    private static Object[] cumulative(int annual) {
        return new Object[] {annual, annual / 4, annual / 2, annual * 3 / 4, annual};
    }

    public static void main(String[] args) throws Exception {
        Catalogue catalogue = CatalogueLoader.load(Path.of("config/katalog.yml"));
        new TargetWorkbook(catalogue).write(TargetWorkbook.pathFor(Path.of("config"), 2026), 2026,
                values(catalogue), "CONTOH — angka target ini contoh yang wajar, BUKAN Perjanjian Kinerja resmi."
                        + " Ganti dengan target Perjanjian Kinerja dan Rencana Aksi 2026 sebelum dipakai.");
    }
}
