package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.MissingReport;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.ScoreNode;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last lines a run leaves on the console, for the planner who started it: how many units reported and who did
 * not, the dinas score with what it rests on, whether the recap is provisional, how many files and cells were refused,
 * and where the recap and the LAKIP table are. Built from the computed recap and the files written, so it never says
 * more than the workbook does.
 */
public final class RunSummary {

    /** Up to this many missing units are named; more are left to the Belum Lapor sheet. */
    private static final int NAMED = 3;

    private RunSummary() {
    }

    public static List<String> lines(Recap recap, Path recapFile, List<Path> lakipFiles) {
        return lines(recap, recapFile, lakipFiles, false);
    }

    /**
     * As {@link #lines(Recap, Path, List)}; {@code unchanged} when the run added no file because its inputs were
     * those of the files named (nothing new since they were written).
     */
    public static List<String> lines(Recap recap, Path recapFile, List<Path> lakipFiles, boolean unchanged) {
        return lines(recap, recapFile, lakipFiles, null, unchanged);
    }

    /** As {@link #lines(Recap, Path, List, boolean)}, ending with the year's LKjIP when one was written. */
    public static List<String> lines(Recap recap, Path recapFile, List<Path> lakipFiles, Path lkjipFile,
            boolean unchanged) {
        List<String> out = new ArrayList<>();
        if (recap.sample()) {
            out.add(Wording.SAMPLE_BANNER + ".");
        }
        out.add(recap.periode().longLabel() + ": " + reported(recap));
        out.add("Skor " + Wording.office(recap) + ": " + score(recap) + ".");
        if (!recap.quarterEnded()) {
            out.add("Rekap sementara: " + recap.periode().longLabel() + " belum berakhir (berakhir "
                    + Wording.date(recap.periode().lastDay()) + ").");
        }
        out.add(refused(recap.problems()));
        if (recap.targets().example()) {
            out.add("Target: " + Wording.EXAMPLE_TARGETS + " (" + recap.targets().file() + " masih bertanda CONTOH);"
                    + " ganti dengan target Perjanjian Kinerja dan Rencana Aksi lalu hapus kata CONTOH.");
        }
        int notes = FollowUpSheets.catalogueNotes(recap);
        if (notes > 0) {
            out.add("Catatan katalog dan target: " + notes + " (lembar " + FollowUpSheets.CATALOGUE
                    + "), bukan masalah formulir.");
        }
        if (unchanged) {
            out.add("Tidak ada yang baru sejak rekap terakhir (angka yang berlaku, katalog, target dan berkas lain"
                    + " sama): tidak ada berkas baru; rekap yang berlaku tetap di bawah ini.");
        }
        out.add((recap.verification().isFinal() ? "Rekap (FINAL): " : "Rekap (draf): ") + recapFile.toAbsolutePath());
        lakipFiles.forEach(f -> out.add("Tabel LAKIP: " + f.toAbsolutePath()));
        if (lkjipFile != null) {
            out.add("LKjIP " + recap.periode().tahun() + ": " + lkjipFile.toAbsolutePath());
        }
        return out;
    }

    private static String reported(Recap recap) {
        String line = recap.receivedUnits() + " dari " + recap.expectedUnits() + " unit melapor";
        List<String> missing = recap.missing().stream().map(MissingReport::unit).map(u -> u.name()).toList();
        if (missing.isEmpty()) {
            return line + ".";
        }
        if (missing.size() <= NAMED) {
            return line + "; belum melapor: " + String.join(", ", missing) + ".";
        }
        return line + "; " + missing.size() + " unit belum melapor (lembar " + FollowUpSheets.MISSING + ").";
    }

    private static String score(Recap recap) {
        ScoreNode dinas = recap.scores();
        if (dinas.score() == null) {
            return Wording.category(dinas, recap);
        }
        return IndonesianNumbers.percent(dinas.score()) + " (" + dinas.kategori() + "), " + Wording.basis(dinas, recap);
    }

    private static String refused(List<Problem> problems) {
        long files = problems.stream().filter(p -> p.severity() == Severity.BERKAS_DITOLAK).count();
        long cells = problems.stream().filter(p -> p.severity() == Severity.SEL_DITOLAK).count();
        String line = "Ditolak: " + files + " berkas, " + cells + " sel";
        return files + cells == 0 ? line + "." : line + " (rincian di lembar " + FollowUpSheets.PROBLEMS + ").";
    }
}
