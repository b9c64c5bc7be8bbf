package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.Periode;
import java.nio.file.Path;

/** Where the per-unit outputs of a quarter go: {@code output/2026 TW III/formulir} and {@code .../tanda-terima}. */
final class QuarterFolders {

    private QuarterFolders() {
    }

    static Path forms(Path outputDir, Periode periode) {
        return quarter(outputDir, periode).resolve("formulir");
    }

    static Path receipts(Path outputDir, Periode periode) {
        return quarter(outputDir, periode).resolve("tanda-terima");
    }

    private static Path quarter(Path outputDir, Periode periode) {
        return outputDir.resolve(periode.tahun() + " " + periode.label());
    }
}
