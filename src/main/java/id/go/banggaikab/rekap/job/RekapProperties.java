package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.output.Paper;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The settings under {@code rekap.*} in {@code config/application.yml}, overridable by {@code --rekap.x=y};
 * {@code kertas} is the paper the recap is set up to print on (A4 or F4). {@code registerDir} is where the registers
 * counted from sit; unset, the folder {@code register} inside the input folder ({@code input/register}), which then
 * follows the input folder wherever it is set (and into the sample folder on sample data).
 */
@ConfigurationProperties("rekap")
public record RekapProperties(@DefaultValue("input") Path inputDir, @DefaultValue("output") Path outputDir,
        @DefaultValue("config") Path configDir, @DefaultValue("data") Path dataDir, @DefaultValue Contoh contoh,
        @DefaultValue("20MB") DataSize berkasMaks, @DefaultValue("2020") int tahunMin,
        @DefaultValue("2035") int tahunMaks, @DefaultValue Skor skor, @DefaultValue("A4") Paper kertas,
        Path registerDir) {

    @ConstructorBinding
    public RekapProperties {
    }

    /** Settings with the register folder where it is by default, inside the input folder. */
    public RekapProperties(Path inputDir, Path outputDir, Path configDir, Path dataDir, Contoh contoh,
            DataSize berkasMaks, int tahunMin, int tahunMaks, Skor skor, Paper kertas) {
        this(inputDir, outputDir, configDir, dataDir, contoh, berkasMaks, tahunMin, tahunMaks, skor, kertas, null);
    }

    /** The register folder in force: {@code rekap.register-dir}, or {@code register} inside the input folder. */
    public Path registers() {
        return registerDir != null ? registerDir : inputDir.resolve("register");
    }

    /** The file whose lock makes one run at a time per database (taken for the migration and for each run). */
    public Path lockFile() {
        return dataDir.resolve("rekap.lock");
    }

    /** Sample mode: the run reads generated sample forms into a database of its own. */
    public record Contoh(@DefaultValue("true") boolean otomatis, @DefaultValue("false") boolean aktif,
            @DefaultValue("data/contoh") Path folder) {
    }

    /** Scoring: the cap on capaian used in unit scores. */
    public record Skor(@DefaultValue("100") double batasCapaian) {
    }
}
