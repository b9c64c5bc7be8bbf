package id.go.banggaikab.rekap.targets;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Targets;
import id.go.banggaikab.rekap.shared.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The targets of a year from {@code config/target-<tahun>.xlsx}. When the workbook is missing a pre-filled one is
 * written (every indicator, empty targets) and the run goes on without capaian, saying so; a sample run never writes
 * into the real config folder.
 */
public final class YearTargets {

    private static final Logger log = LoggerFactory.getLogger(YearTargets.class);

    private final Path configDir;
    private final boolean sample;

    public YearTargets(Path configDir, boolean sample) {
        this.configDir = configDir;
        this.sample = sample;
    }

    public Targets load(Catalogue catalogue, int tahun, List<Problem> problems) throws IOException {
        Path file = TargetWorkbook.pathFor(configDir, tahun);
        if (Files.exists(file)) {
            return new TargetReader(catalogue).read(file, tahun);
        }
        String name = file.getFileName().toString();
        if (sample) {
            problems.add(Problem.warning(name, null, null, null, "Berkas target " + file
                    + " belum ada; capaian data contoh kosong."));
            return Targets.none(name, List.of());
        }
        new TargetWorkbook(catalogue.forYear(tahun)).write(file, tahun, Map.of(), "Diisi otomatis oleh Rekap Kinerja:"
                + " semua indikator, target kosong. Isi target Perjanjian Kinerja dan Rencana Aksi " + tahun + ", simpan,"
                + " lalu jalankan lagi.");
        String message = "Berkas target " + file + " belum ada; berkas isian dibuat. Capaian kosong sampai target"
                + " diisi.";
        log.warn(message);
        problems.add(Problem.warning(name, null, null, null, message));
        return Targets.none(name, List.of());
    }
}
