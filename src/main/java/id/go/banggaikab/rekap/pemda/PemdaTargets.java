package id.go.banggaikab.rekap.pemda;

import id.go.banggaikab.rekap.catalogue.PemdaConfig;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.Targets;
import id.go.banggaikab.rekap.targets.TargetReader;
import id.go.banggaikab.rekap.targets.TargetWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The IKU targets of a year from {@code config/target-pemda-<tahun>.xlsx}, the offices' target workbook with one row
 * per IKU, read by the same reader (a bad cell stops the recap, exit 2). When the workbook is missing, a pre-filled one
 * is written and the recap goes on without capaian, saying so.
 */
public final class PemdaTargets {

    private PemdaTargets() {
    }

    public static Path pathFor(Path configDir, int tahun) {
        return configDir.resolve("target-pemda-" + tahun + ".xlsx");
    }

    public static Map<String, Target> load(Path configDir, PemdaConfig config, int tahun, List<String> notes)
            throws IOException {
        Path file = pathFor(configDir, tahun);
        if (Files.exists(file)) {
            Targets targets = new TargetReader(config.asCatalogue()).read(file, tahun);
            targets.notes().forEach(p -> notes.add(p.toString()));
            if (targets.example()) {
                notes.add(file.getFileName() + " masih bertanda CONTOH: target contoh, belum resmi.");
            }
            return targets.byCode();
        }
        new TargetWorkbook(config.asCatalogue()).write(file, tahun, Map.of(), "Diisi otomatis oleh Rekap Kinerja: semua IKU pemda.yml, target kosong."
                + " Isi target IKU " + tahun + " (tahunan dan kumulatif per triwulan), simpan, lalu jalankan lagi.");
        notes.add("Berkas target " + file.getFileName() + " belum ada; berkas isian dibuat di " + file.toAbsolutePath()
                + ". Capaian kosong sampai target diisi.");
        return Map.of();
    }
}
