package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.aggregation.RecapInput;
import id.go.banggaikab.rekap.aggregation.RecapSettings;
import id.go.banggaikab.rekap.aggregation.Verification;
import id.go.banggaikab.rekap.lkjip.LkjipInput;
import id.go.banggaikab.rekap.output.InputDigest;
import id.go.banggaikab.rekap.output.Paper;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two runs of a quarter "the same" (so that the second adds no file): the same inputs. The fingerprint
 * covers the program's version; the quarter, sample mode, paper and settings; the bytes of the configuration the
 * outputs were computed from (katalog.yml, singkatan.yml, the targets of the year and the year before, renstra.xlsx,
 * the budget; for a locked quarter what its lock kept); every figure in force (with its file, sheet and cell) and the
 * register rows behind the counted ones; which catalogue file was used and what its check noted (a katalog.yml left
 * beside katalog.xlsx is such a note); every problem the recap lists; which units sent a form each quarter and what is
 * known of a unit without a usable report (a file counted for another period); every
 * lock and reopen; whether the quarter had ended; and what the LKjIP adds (earlier years, rows without a figure, its
 * notes). Not the run's time: a rerun a minute or a month later with nothing new is the same recap.
 */
final class RecapDigest {

    private RecapDigest() {
    }

    static String of(RecapInput input, boolean quarterEnded, RecapSettings settings, Paper paper,
            Map<String, byte[]> sources, LkjipInput lkjip) {
        InputDigest d = new InputDigest()
                .add("program", String.valueOf(RecapDigest.class.getPackage().getImplementationVersion()))
                .add("periode", input.periode().toString())
                .add("contoh", Boolean.toString(input.sample()))
                .add("triwulan berakhir", Boolean.toString(quarterEnded))
                .add("pengaturan", settings.toString())
                .add("kertas", paper.name());
        new TreeMap<>(sources).forEach((name, bytes) -> {
            if (!name.startsWith(RecapOutputs.KEPT)) {
                d.add("berkas " + name, bytes);
            }
        });
        d.add("katalog", input.catalogue().source())
                .addAll("catatan katalog", input.catalogue().warnings())
                .addAll("realisasi", input.rows())
                .addAll("masalah", input.problems())
                .addAll("unit melapor", input.submittedUnits().entrySet().stream()
                        .map(e -> e.getKey() + "=" + new java.util.TreeSet<>(e.getValue())).toList())
                .addAll("kunci", input.verification().history().stream().map(RecapDigest::entry).toList())
                .add("kunci triwulan ini", input.verification().lock() == null ? "" : entry(input.verification()
                        .lock()))
                .add("register", input.registers().toString())
                .addAll("tanpa laporan", new TreeMap<>(input.absenceNotes()).entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList())
                .addAll("lkjip riwayat", lkjip.earlierRows())
                .addAll("lkjip tanpa angka", lkjip.unfiguredRows())
                .addAll("lkjip catatan", lkjip.notes());
        return d.hex();
    }

    /**
     * A lock or reopen without the recap it sealed: the locked recap is written before its name and fingerprint are
     * known, and a rerun after the seal is still the same recap.
     */
    private static String entry(Verification.Entry e) {
        return e.periode() + "|" + e.lock() + "|" + e.when() + "|" + e.user() + "|" + e.reason();
    }
}
