package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.Targets;
import id.go.banggaikab.rekap.targets.YearTargets;
import id.go.banggaikab.rekap.lkjip.Budget;
import id.go.banggaikab.rekap.lkjip.LkjipInputs;
import id.go.banggaikab.rekap.lkjip.Renstra;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run works with, loaded when the run first asks and dropped when it ends: the catalogue (with the clerks'
 * abbreviations), the targets, the Renstra and the budget as their files say now, the notes those gave, and the problems of this run that the history does not
 * keep (a form still being copied, a form the import could not store). A job-scoped bean: in scheduled mode the
 * process lives for months, and an edit of {@code katalog.yml} must count at the next run while a note of one run
 * must never reach the next.
 */
class RunInputs {

    private final RekapProperties properties;
    private Catalogue catalogue;
    private final Map<Integer, Catalogue> byYear = new HashMap<>();
    private final Map<Integer, Targets> targets = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private Renstra renstra;
    private final Map<Integer, Budget> budgets = new HashMap<>();
    private final List<String> lkjipNotes = new ArrayList<>();
    private final Map<Periode, RegisterFigures.Applied> counts = new HashMap<>();
    private final Map<Periode, RecapMaker.Made> made = new HashMap<>();

    RunInputs(RekapProperties properties) {
        this.properties = properties;
    }

    /**
     * The catalogue as {@code config/katalog.xlsx} (or, without it, {@code config/katalog.yml}) says at this run; a
     * broken file fails the run with its findings.
     */
    synchronized Catalogue catalogue() {
        if (catalogue == null) {
            catalogue = CatalogueLoader.loadFrom(properties.configDir());
        }
        return catalogue;
    }

    /** The catalogue of one year: the entries that apply in it (the same object for every call of that year). */
    synchronized Catalogue catalogue(int tahun) {
        return byYear.computeIfAbsent(tahun, y -> catalogue().forYear(y));
    }

    /** What the registers give a quarter with this run's catalogue, kept for the run (see RegisterFigures#ofRun). */
    synchronized RegisterFigures.Applied registerCounts(Periode periode,
            java.util.function.Supplier<RegisterFigures.Applied> count) {
        return counts.computeIfAbsent(periode, p -> count.get());
    }

    /** What a quarter's outputs show, computed once for the run (see RecapMaker#make). */
    synchronized RecapMaker.Made made(Periode periode, java.util.function.Supplier<RecapMaker.Made> compute) {
        RecapMaker.Made m = made.get(periode);
        if (m == null) {
            m = compute.get();
            made.put(periode, m);
        }
        return m;
    }

    /** The targets of a year; a missing workbook is noted among this run's problems. */
    synchronized Targets targets(int tahun) {
        return targets.computeIfAbsent(tahun, y -> {
            try {
                return new YearTargets(properties.configDir(), properties.contoh().aktif()).load(catalogue(), y,
                        problems);
            } catch (IOException e) {
                throw new UncheckedIOException("Berkas target " + y + " tidak dapat dibaca: " + e.getMessage(), e);
            }
        });
    }

    /** {@code config/renstra.xlsx}; written pre-filled when missing ({@code tahun} sets its period). */
    synchronized Renstra renstra(int tahun) {
        if (renstra == null) {
            try {
                renstra = lkjip().renstra(catalogue(), tahun, targets(tahun).byCode(), lkjipNotes);
            } catch (IOException e) {
                throw new UncheckedIOException("Berkas Renstra tidak dapat ditulis: " + e.getMessage(), e);
            }
        }
        return renstra;
    }

    /** {@code config/anggaran-<tahun>.xlsx}; written pre-filled when missing. */
    synchronized Budget budget(int tahun) {
        return budgets.computeIfAbsent(tahun, y -> {
            try {
                return lkjip().budget(catalogue(), y, lkjipNotes);
            } catch (IOException e) {
                throw new UncheckedIOException("Berkas anggaran " + y + " tidak dapat ditulis: " + e.getMessage(), e);
            }
        });
    }

    /** Last year's annual targets, when its workbook exists (never written). */
    synchronized Map<String, Target> lastYearTargets(int tahun) {
        return lkjip().targetsOf(catalogue(), tahun - 1);
    }

    /** What the LKjIP's inputs said at this run (examples left out, a workbook written). */
    synchronized List<String> lkjipNotes() {
        return List.copyOf(lkjipNotes);
    }

    private LkjipInputs lkjip() {
        return new LkjipInputs(properties.configDir(), properties.contoh().aktif());
    }

    synchronized void note(Problem problem) {
        problems.add(problem);
    }

    /** This run's own problems, in the order they were noted. */
    synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }
}
