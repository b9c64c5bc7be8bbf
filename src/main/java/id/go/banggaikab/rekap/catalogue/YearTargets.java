package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.job.RekapProperties;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.TargetWorkbook;
import id.go.banggaikab.rekap.shared.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The targets of a year from {@code config/target-<tahun>.xlsx}. When the workbook is missing a pre-filled one is
 * written (every indicator, empty targets) and the run goes on without capaian, saying so.
 */
@Component
public class YearTargets {

    private static final Logger log = LoggerFactory.getLogger(YearTargets.class);

    private final Catalogue catalogue;
    private final RekapProperties properties;

    public YearTargets(Catalogue catalogue, RekapProperties properties) {
        this.catalogue = catalogue;
        this.properties = properties;
    }

    public Map<String, Target> load(int tahun, List<Problem> problems) throws IOException {
        Path file = TargetWorkbook.pathFor(properties.configDir(), tahun);
        TargetWorkbook workbook = new TargetWorkbook(catalogue);
        if (Files.exists(file)) {
            return workbook.read(file, tahun);
        }
        if (properties.contoh().aktif()) {
            // A sample run never writes into the real config folder.
            problems.add(Problem.warning(file.getFileName().toString(), null, null, null, "Berkas target " + file
                    + " belum ada; capaian data contoh kosong."));
            return Map.of();
        }
        workbook.write(file, tahun, Map.of(), "Diisi otomatis oleh Rekap Kinerja: semua indikator, target kosong."
                + " Isi target Perjanjian Kinerja dan Rencana Aksi " + tahun + ", simpan, lalu jalankan lagi.");
        String message = "Berkas target " + file + " belum ada; berkas isian dibuat. Capaian kosong sampai target"
                + " diisi.";
        log.warn(message);
        problems.add(Problem.warning(file.getFileName().toString(), null, null, null, message));
        return Map.of();
    }
}
