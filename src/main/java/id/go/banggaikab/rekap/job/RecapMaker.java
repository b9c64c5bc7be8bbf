package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.RecapCalculator;
import id.go.banggaikab.rekap.aggregation.RecapInput;
import id.go.banggaikab.rekap.aggregation.RecapSettings;
import id.go.banggaikab.rekap.aggregation.Verification;
import id.go.banggaikab.rekap.catalogue.Abbreviations;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.TargetWorkbook;
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
import id.go.banggaikab.rekap.report.LakipWriter;
import id.go.banggaikab.rekap.report.RecapWorkbookWriter;
import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Computes a quarter's recap from the history and writes the recap workbook and the LAKIP outputs (the LKjIP's
 * Bab III, computed from the recap and the Renstra and budget workbooks); the {@code rekap}
 * and {@code kunci} jobs share it. A locked quarter's recap is computed from what its lock kept (figures, catalogue,
 * targets), so it comes out the same however often it is rerun; any other recap from what is in force now, the
 * quarters a lock covers taking the locked figures.
 */
@Component
class RecapMaker {

    /** The names the inputs are kept under with a lock. */
    static final String KATALOG = "katalog.yml";

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

    /** What a recap run wrote. */
    record Written(Recap recap, Path recapFile, List<Path> lakipFiles) {
    }

    Written make(RunInputs run, Periode periode) throws IOException {
        Optional<QuarterLock> lock = locks.active(periode);
        Catalogue catalogue;
        Map<String, Target> targets;
        if (lock.isPresent()) {
            Map<String, byte[]> kept = locks.inputs(lock.get());
            catalogue = lockedCatalogue(kept);
            targets = lockedTargets(kept, catalogue, periode.tahun());
        } else {
            catalogue = run.catalogue();
            targets = run.targets(periode.tahun());
        }
        List<Problem> problems = new ArrayList<>(); // the catalogue's own notes are shown apart, from the catalogue
        problems.addAll(history.problems(periode.tahun()));
        problems.addAll(run.problems());
        problems.addAll(figures.notes(periode));
        RegisterFigures.Applied counted = registers.ofRun(run, catalogue, periode);
        problems.addAll(counted.problems());
        RecapInput input = new RecapInput(catalogue, periode, targets, counted.rows(), problems,
                history.submittedUnits(periode.tahun()), properties.contoh().aktif(), LocalDateTime.now(clock),
                verification(lock), counted.detail(), AbsenceNotes.of(withoutFigures.of(periode),
                        elsewhere.of(periode), catalogue));
        RecapSettings defaults = RecapSettings.defaults();
        Recap recap = new RecapCalculator().calculate(input, new RecapSettings(properties.skor().batasCapaian(),
                defaults.scale(), defaults.redBelow(), defaults.greenAbove()));
        Path out = properties.outputDir();
        Files.createDirectories(out);
        Path recapFile = new RecapWorkbookWriter(properties.kertas()).write(recap, out);
        Lkjip lkjip = new LkjipCalculator().calculate(recap, lkjipInput(run, periode, catalogue, lock));
        List<Path> lakip = new LakipWriter().write(lkjip, out);
        return new Written(recap, recapFile, lakip);
    }

    /**
     * What the LKjIP needs besides the recap: for a locked quarter the Renstra, budget and last year's targets its
     * lock kept (locks made before these workbooks existed kept none: the files as they are now), else the files as
     * they are now; and the history of the three years before, for last year's and the year before's figures.
     */
    private LkjipInput lkjipInput(RunInputs run, Periode periode, Catalogue catalogue, Optional<QuarterLock> lock) {
        int tahun = periode.tahun();
        Map<String, byte[]> kept = lock.map(locks::inputs).orElse(Map.of());
        boolean sample = properties.contoh().aktif();
        byte[] renstraBytes = kept.get(RenstraWorkbook.FILE);
        Renstra renstra = renstraBytes == null ? run.renstra(tahun) : new RenstraWorkbook(catalogue)
                .read(RenstraWorkbook.FILE, new ByteArrayInputStream(renstraBytes), sample);
        byte[] budgetBytes = kept.get(BudgetWorkbook.fileName(tahun));
        Budget budget = budgetBytes == null ? run.budget(tahun) : new BudgetWorkbook(catalogue)
                .read(BudgetWorkbook.fileName(tahun), new ByteArrayInputStream(budgetBytes), tahun, sample);
        Map<String, Target> lastTargets = kept.containsKey(targetName(tahun - 1))
                ? lockedTargets(kept, catalogue, tahun - 1) : run.lastYearTargets(tahun);
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
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        out.put(KATALOG, Files.readAllBytes(properties.configDir().resolve(KATALOG)));
        Path abbreviations = properties.configDir().resolve(Abbreviations.FILE);
        if (Files.isRegularFile(abbreviations)) {
            out.put(Abbreviations.FILE, Files.readAllBytes(abbreviations));
        }
        for (Path p : List.of(TargetWorkbook.pathFor(properties.configDir(), tahun),
                RenstraWorkbook.pathFor(properties.configDir()), BudgetWorkbook.pathFor(properties.configDir(), tahun),
                TargetWorkbook.pathFor(properties.configDir(), tahun - 1))) {
            if (Files.isRegularFile(p)) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        out.putAll(registers.toKeep());
        return out;
    }

    private static Catalogue lockedCatalogue(Map<String, byte[]> kept) {
        byte[] abbreviations = kept.get(Abbreviations.FILE);
        return CatalogueLoader.load(KATALOG, new String(kept.get(KATALOG), StandardCharsets.UTF_8),
                abbreviations == null ? Abbreviations.bundled()
                        : Abbreviations.of(Abbreviations.FILE, new String(abbreviations, StandardCharsets.UTF_8)));
    }

    private static Map<String, Target> lockedTargets(Map<String, byte[]> kept, Catalogue catalogue, int tahun) {
        String name = targetName(tahun);
        byte[] bytes = kept.get(name);
        return bytes == null ? Map.of() : new TargetWorkbook(catalogue).read(name, new ByteArrayInputStream(bytes),
                tahun);
    }
}
