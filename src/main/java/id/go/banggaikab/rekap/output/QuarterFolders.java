package id.go.banggaikab.rekap.output;

import id.go.banggaikab.rekap.shared.Periode;
import java.nio.file.Path;

/** Where the per-unit outputs of a quarter go: {@code output/2026 TW III/formulir} and {@code .../tanda-terima}. */
public final class QuarterFolders {

    private QuarterFolders() {
    }

    public static Path forms(Path outputDir, Periode periode) {
        return quarter(outputDir, periode).resolve("formulir");
    }

    public static Path receipts(Path outputDir, Periode periode) {
        return quarter(outputDir, periode).resolve("tanda-terima");
    }

    private static Path quarter(Path outputDir, Periode periode) {
        return outputDir.resolve(periode.tahun() + " " + periode.label());
    }
}
