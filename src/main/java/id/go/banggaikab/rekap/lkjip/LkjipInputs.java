package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.targets.TargetReader;
import id.go.banggaikab.rekap.targets.TargetWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LKjIP's workbooks in {@code config/}, loaded for one run: {@code renstra.xlsx} and {@code anggaran-<tahun>.xlsx}
 * as the targets workbook is. A missing workbook is written pre-filled with examples marked CONTOH and the run goes
 * on without its figures, saying so; rows still marked CONTOH are left out and counted. A sample run never writes
 * into the config folder: it reads the files there, examples included, or the examples alone. A broken workbook
 * stops the run with its findings, before any form is read.
 */
public final class LkjipInputs {

    private static final Logger log = LoggerFactory.getLogger(LkjipInputs.class);

    private final Path configDir;
    private final boolean sample;

    public LkjipInputs(Path configDir, boolean sample) {
        this.configDir = configDir;
        this.sample = sample;
    }

    /** The Renstra and earlier years; {@code targets} (of the year) only shape the examples of a new workbook. */
    public Renstra renstra(Catalogue catalogue, int tahun, Map<String, Target> targets, List<String> notes)
            throws IOException {
        Path file = RenstraWorkbook.pathFor(configDir);
        RenstraWorkbook workbook = new RenstraWorkbook(catalogue);
        if (Files.exists(file)) {
            Renstra renstra = workbook.read(file, sample);
            examplesLeft(file, renstra.examples(), notes);
            renstra.corrections().forEach(note -> {
                log.warn(note);
                notes.add(note);
            });
            return renstra;
        }
        if (sample) {
            notes.add(RenstraWorkbook.FILE + " belum ada; dipakai angka CONTOH Renstra dan tahun-tahun sebelumnya.");
            return workbook.example(tahun, targets);
        }
        workbook.write(file, tahun, targets, "Dibuat otomatis oleh Rekap Kinerja dengan angka CONTOH. Isi kondisi"
                + " awal dan target Renstra, serta realisasi tahun sebelum riwayat, simpan, lalu jalankan lagi.");
        written(file, "target Akhir Renstra dan realisasi tahun-tahun sebelumnya kosong", notes);
        return Renstra.NONE;
    }

    /** The budget of the year. */
    public Budget budget(Catalogue catalogue, int tahun, List<String> notes) throws IOException {
        Path file = BudgetWorkbook.pathFor(configDir, tahun);
        BudgetWorkbook workbook = new BudgetWorkbook(catalogue);
        if (Files.exists(file)) {
            Budget budget = workbook.read(file, tahun, sample);
            examplesLeft(file, budget.examples(), notes);
            return budget;
        }
        if (sample) {
            notes.add(file.getFileName() + " belum ada; dipakai anggaran CONTOH.");
            return workbook.example(tahun);
        }
        workbook.write(file, tahun, "Dibuat otomatis oleh Rekap Kinerja dengan program dan kegiatan CONTOH. Isi"
                + " program, kegiatan, pagu dan indikator dari DPA " + tahun + ", simpan, lalu jalankan lagi.");
        written(file, "tabel Realisasi Anggaran kosong", notes);
        return Budget.none(tahun);
    }

    /** Last year's annual targets from {@code target-<tahun-1>.xlsx} when it exists; never written. */
    public Map<String, Target> targetsOf(Catalogue catalogue, int tahun) {
        Path file = TargetWorkbook.pathFor(configDir, tahun);
        return Files.exists(file) ? new TargetReader(catalogue).read(file, tahun).byCode() : Map.of();
    }

    private void examplesLeft(Path file, int examples, List<String> notes) {
        if (examples > 0) {
            String note = file.getFileName() + ": " + examples + " baris masih bertanda CONTOH dan tidak dipakai."
                    + " Ganti angkanya dengan angka resmi lalu hapus kata CONTOH di kolom A.";
            log.warn(note);
            notes.add(note);
        }
    }

    private static void written(Path file, String consequence, List<String> notes) {
        String note = "Berkas " + file + " belum ada; berkas isian dengan contoh dibuat. Sampai diisi, "
                + consequence + ".";
        log.warn(note);
        notes.add(note);
    }
}
