import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.contoh.SampleForms;
import id.go.banggaikab.rekap.shared.Periode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the sample forms of one quarter for chosen units, as the sample year writes them, so that
 * render-recap-checks.sh can set up a quarter only some units sent. Run against the classes of the built jar:
 * java -cp "BOOT-INF/classes:BOOT-INF/lib/*" scripts/SampleQuarterForms.java katalog.yml input-dir tahun triwulan
 * (only|skip) UNIT-CODE,UNIT-CODE [variant [name-suffix]]
 * A variant other than 0 changes the figures and, with a suffix, writes beside the first form a corrected one
 * ("Seksi Fasilitasi Usaha Mikro (perbaikan).xlsx"), as a unit sends when it replaces what it sent.
 */
public class SampleQuarterForms {

    public static void main(String[] args) throws Exception {
        Catalogue catalogue = CatalogueLoader.load(Path.of(args[0]));
        Path input = Path.of(args[1]);
        Periode periode = new Periode(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        boolean only = args[4].equals("only");
        List<String> codes = Arrays.asList(args[5].split(","));
        int variant = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        String suffix = args.length > 7 ? args[7] : "";
        SampleForms forms = new SampleForms(catalogue);
        for (Unit unit : catalogue.reportingUnits()) {
            if (codes.contains(unit.code()) == only) {
                Path file = input.resolve(periode.tahun() + "/TW" + periode.triwulan() + "/"
                        + unit.name().replace('/', '-') + suffix + ".xlsx");
                forms.write(file, unit, periode, variant);
                System.out.println("Formulir contoh: " + file);
            }
        }
    }
}
