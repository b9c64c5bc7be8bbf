package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.RecapCalculator;
import id.go.banggaikab.rekap.aggregation.RecapInput;
import id.go.banggaikab.rekap.aggregation.RecapSettings;
import id.go.banggaikab.rekap.aggregation.Verification;
import id.go.banggaikab.rekap.catalogue.Abbreviations;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.CatalogueWorkbookWriter;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.Targets;
import id.go.banggaikab.rekap.targets.TargetReader;
import id.go.banggaikab.rekap.targets.TargetWorkbook;
import id.go.banggaikab.rekap.history.CountedElsewhere;
import id.go.banggaikab.rekap.history.LockedFigures;
import id.go.banggaikab.rekap.history.QuarterLock;
import id.go.banggaikab.rekap.history.QuarterLocks;
import id.go.banggaikab.rekap.history.ReportsWithoutFigures;
import id.go.banggaikab.rekap.history.SubmissionHistory;
import id.go.banggaikab.rekap.lkjip.Budget;
import id.go.banggaikab.rekap.lkjip.BudgetWorkbook;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.LkjipCalculator;
import id.go.banggaikab.rekap.lkjip.LkjipInput;
import id.go.banggaikab.rekap.lkjip.Renstra;
import id.go.banggaikab.rekap.lkjip.RenstraWorkbook;
import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Computes what a quarter's outputs show: the recap from the history, its LKjIP's Bab III from the recap and the
 * Renstra and budget workbooks, and the fingerprint of every input they were computed from ({@link RecapDigest}).
 * A locked quarter's recap is computed from what its lock kept (figures, catalogue, targets), so it comes out the
 * same however often it is rerun; any other recap from what is in force now, the quarters a lock covers taking the
 * locked figures. Computed once per run and quarter: the receipts and the recap show the same capaian.
 */
@Component
class RecapMaker {

    /** The names the catalogue is kept under with a lock: the file it was read from, katalog.xlsx or katalog.yml. */
    static final List<String> KATALOG = List.of(CatalogueWorkbookWriter.FILE, Catalogue.DEFAULT_SOURCE);

    private final SubmissionHistory history;
    private final LockedFigures figures;
    private final QuarterLocks locks;
    private final RekapProperties properties;
    private final Clock clock;
    private final RegisterFigures registers;
    private final CountedElsewhere elsewhere;
    private final ReportsWithoutFigures withoutFigures;

    RecapMaker(SubmissionHistory history, LockedFigures figures, QuarterLocks locks, RekapProperties properties,
            Clock clock, RegisterFigures registers, CountedElsewhere elsewhere, ReportsWithoutFigures withoutFigures) {
        this.history = history;
        this.elsewhere = elsewhere;
        this.withoutFigures = withoutFigures;
        this.figures = figures;
        this.locks = locks;
        this.properties = properties;
        this.clock = clock;
        this.registers = registers;
    }

    /**
     * A quarter's outputs as computed: the recap, its LKjIP, the fingerprint of their inputs, and the quarter's lock
     * when it is locked.
     */
    record Made(Recap recap, Lkjip lkjip, String digest, Optional<QuarterLock> lock) {
    }

    /** The quarter's outputs, computed once per run (the receipts and the recap share them). */
    Made make(RunInputs run, Periode periode) {
        return run.made(periode, () -> compute(run, periode));
    }

    /** The quarter's outputs computed now, whatever the run computed before (a lock changes what they rest on). */
    Made compute(RunInputs run, Periode periode) {
        Optional<QuarterLock> lock = locks.active(periode);
        Map<String, byte[]> kept = lock.map(locks::inputs).orElse(Map.of());
        Catalogue catalogue;
        Targets targets;
        if (lock.isPresent()) {
            catalogue = lockedCatalogue(kept);
            targets = lockedTargets(kept, catalogue, periode.tahun());
        } else {
            catalogue = run.catalogue();
            targets = run.targets(periode.tahun());
        }
        // The recap shows the entries of its year: a retired indicator stays in its years, a new one from its first.
        Catalogue ofYear = lock.isPresent() ? catalogue.forYear(periode.tahun()) : run.catalogue(periode.tahun());
        List<Problem> problems = new ArrayList<>(); // the catalogue's own notes are shown apart, from the catalogue
        problems.addAll(history.problems(periode.tahun()));
        problems.addAll(run.problems());
        problems.addAll(figures.notes(periode));
        RegisterFigures.Applied counted = registers.ofRun(run, ofYear, periode);
        problems.addAll(counted.problems());
        RecapInput input = new RecapInput(ofYear, periode, targets, counted.rows(), problems,
                history.submittedUnits(periode.tahun()), properties.contoh().aktif(), LocalDateTime.now(clock),
                verification(lock), counted.detail(), AbsenceNotes.of(withoutFigures.of(periode),
                        elsewhere.of(periode), catalogue));
        RecapSettings defaults = RecapSettings.defaults();
        RecapSettings settings = new RecapSettings(properties.skor().batasCapaian(), defaults.scale(),
                defaults.redBelow(), defaults.greenAbove());
        Recap recap = new RecapCalculator().calculate(input, settings);
        LkjipInput lkjipInput = lkjipInput(run, periode, catalogue, kept);
        Lkjip lkjip = new LkjipCalculator().calculate(recap, lkjipInput);
        Map<String, byte[]> sources = lock.isPresent() ? kept : configToKeep(periode.tahun());
        String digest = RecapDigest.of(input, recap.quarterEnded(), settings, properties.kertas(), sources,
                lkjipInput);
        return new Made(recap, lkjip, digest, lock);
    }

    /**
     * What the LKjIP needs besides the recap: for a locked quarter the Renstra, budget and last year's targets its
     * lock kept (locks made before these workbooks existed kept none: the files as they are now), else the files as
     * they are now; and the history of the three years before, for last year's and the year before's figures.
     */
    private LkjipInput lkjipInput(RunInputs run, Periode periode, Catalogue catalogue, Map<String, byte[]> kept) {
        int tahun = periode.tahun();
        boolean sample = properties.contoh().aktif();
        byte[] renstraBytes = kept.get(RenstraWorkbook.FILE);
        Renstra renstra = renstraBytes == null ? run.renstra(tahun) : new RenstraWorkbook(catalogue)
                .read(RenstraWorkbook.FILE, new ByteArrayInputStream(renstraBytes), sample);
        byte[] budgetBytes = kept.get(BudgetWorkbook.fileName(tahun));
        Budget budget = budgetBytes == null ? run.budget(tahun) : new BudgetWorkbook(catalogue)
                .read(BudgetWorkbook.fileName(tahun), new ByteArrayInputStream(budgetBytes), tahun, sample);
        Map<String, Target> lastTargets = kept.containsKey(targetName(tahun - 1))
                ? lockedTargets(kept, catalogue, tahun - 1).byCode() : run.lastYearTargets(tahun);
        return new LkjipInput(renstra, budget, lastTargets, figures.ofYears(tahun - 3, tahun - 1), run.lkjipNotes(),
                figures.unfigured(periode));
    }

    private static String targetName(int tahun) {
        return "target-" + tahun + ".xlsx";
    }

    /** The quarter's lock, if it is locked, and every lock and reopen so far, as the recap shows them. */
    private Verification verification(Optional<QuarterLock> lock) {
        return new Verification(lock.map(this::entry).orElse(null), locks.all().stream().map(this::entry).toList());
    }

    private Verification.Entry entry(QuarterLock l) {
        return new Verification.Entry(l.periode(), l.isLock(), IndonesianTime.format(l.when(), clock.getZone()),
                l.user(), l.reason(), l.recap(), l.recapSha256());
    }

    /**
     * The inputs a lock keeps: the catalogue, the abbreviations, the year's targets and the registers, and for the
     * LKjIP the Renstra, the year's budget and last year's targets where they exist, as their bytes now.
     */
    Map<String, byte[]> inputsToKeep(int tahun) throws IOException {
        Map<String, byte[]> out = configToKeep(tahun);
        out.putAll(registers.toKeep());
        return out;
    }

    /** The workbooks and files of {@code config/} the outputs of the year are computed from, as their bytes now. */
    private Map<String, byte[]> configToKeep(int tahun) {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        Path config = properties.configDir();
        String catalogue = Files.isRegularFile(config.resolve(CatalogueWorkbookWriter.FILE))
                ? CatalogueWorkbookWriter.FILE : Catalogue.DEFAULT_SOURCE;
        for (Path p : List.of(config.resolve(catalogue), config.resolve(Abbreviations.FILE),
                TargetWorkbook.pathFor(config, tahun), RenstraWorkbook.pathFor(config), BudgetWorkbook.pathFor(config,
                        tahun), TargetWorkbook.pathFor(config, tahun - 1))) {
            if (Files.isRegularFile(p)) {
                try {
                    out.put(p.getFileName().toString(), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("Berkas " + p + " tidak dapat dibaca: " + e.getMessage(),
                            e);
                }
            }
        }
        return out;
    }

    private static Catalogue lockedCatalogue(Map<String, byte[]> kept) {
        byte[] abbreviations = kept.get(Abbreviations.FILE);
        String file = KATALOG.stream().filter(kept::containsKey).findFirst().orElseThrow();
        return CatalogueLoader.load(file, kept.get(file), abbreviations == null ? Abbreviations.bundled()
                : Abbreviations.of(Abbreviations.FILE, abbreviations));
    }

    private static Targets lockedTargets(Map<String, byte[]> kept, Catalogue catalogue, int tahun) {
        String name = targetName(tahun);
        byte[] bytes = kept.get(name);
        return bytes == null ? Targets.none(name, List.of()) : new TargetReader(catalogue).read(name, bytes, tahun);
    }
}
