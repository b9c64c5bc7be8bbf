package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.aggregation.MissingReport;
import id.go.banggaikab.rekap.history.LockedFigures;
import id.go.banggaikab.rekap.history.QuarterLock;
import id.go.banggaikab.rekap.history.QuarterLocks;
import id.go.banggaikab.rekap.shared.BadSetting;
import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Periode;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code kunci} job: locks a verified quarter. The figures in force and the inputs they were computed with are
 * kept in the database with the lock, then the locked recap and LAKIP tables are written under their plain names
 * (they say FINAL) and kept with the lock too, the recap named with its SHA-256, the fingerprint of the file the
 * Kepala Dinas signs. Forms are not read: what is locked is what the history holds, the figures the last recap showed.
 * A quarter not yet ended is not locked; one with units that sent no form is locked only when the person locking
 * confirms how many ({@value #CONFIRMATION}=N), and the lock records it.
 */
@Component
@StepScope
class LockTasklet implements Tasklet {

    /** The job argument that confirms locking while units have not reported: their number. */
    static final String CONFIRMATION = "belum-lapor";

    private static final Logger log = LoggerFactory.getLogger(LockTasklet.class);

    private final RunInputs run;
    private final RecapMaker maker;
    private final RecapOutputs outputs;
    private final QuarterLocks locks;
    private final LockedFigures figures;
    private final Clock clock;
    private final Periode periode;
    private final String confirmed;

    LockTasklet(RunInputs run, RecapMaker maker, RecapOutputs outputs, QuarterLocks locks, LockedFigures figures,
            Clock clock, @Value("#{jobParameters['tahun']}") Long tahun,
            @Value("#{jobParameters['triwulan']}") Long triwulan,
            @Value("#{jobParameters['" + CONFIRMATION + "']}") String confirmed) {
        this.run = run;
        this.maker = maker;
        this.outputs = outputs;
        this.locks = locks;
        this.figures = figures;
        this.clock = clock;
        this.periode = new Periode(tahun.intValue(), triwulan.intValue());
        this.confirmed = confirmed;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        Optional<QuarterLock> already = locks.active(periode);
        if (already.isPresent()) {
            throw new BadSetting(periode.longLabel() + " sudah dikunci (" + IndonesianTime.format(already.get().when(),
                    clock.getZone()) + " oleh " + already.get().user() + "). Untuk mengubahnya, buka dulu dengan"
                    + " --spring.batch.job.name=buka-kunci dan alasan=\"…\"");
        }
        if (!LocalDate.now(clock).isAfter(periode.lastDay())) {
            throw new BadSetting(periode.longLabel() + " belum berakhir (berakhir " + IndonesianTime.date(
                    periode.lastDay()) + "); triwulan dikunci sesudah berakhir dan diperiksa. Tidak ada yang dikunci");
        }
        run.catalogue(); // a broken catalogue is refused before anything is locked
        var before = maker.compute(run, periode).recap();
        String note = confirmation(before.missing(), before.expectedUnits());
        long id = locks.lock(periode, LockUsers.current(), clock.instant(), note, null, null,
                maker.inputsToKeep(periode.tahun()), figures.forRecap(periode));
        RecapOutputs.Written written = outputs.writeFinal(maker.compute(run, periode));
        String sha256;
        try (InputStream in = Files.newInputStream(written.recapFile())) {
            sha256 = DigestUtils.sha256Hex(in);
        }
        locks.seal(id, written.recapFile().getFileName().toString(), sha256);
        locks.keep(id, RecapOutputs.toKeep(written));
        log.info("{} dikunci oleh {}{}. Rekap yang dikunci: {} (SHA-256 {})", periode.longLabel(),
                LockUsers.current(), note == null ? "" : " (" + note + ")", written.recapFile().toAbsolutePath(),
                sha256);
        written.lakipFiles().forEach(p -> log.info("Tabel LAKIP final: {}", p.toAbsolutePath()));
        log.info("LKjIP {}: {}", periode.triwulan() == 4 ? "final" : "(draf)", written.lkjipFile().toAbsolutePath());
        return RepeatStatus.FINISHED;
    }

    /**
     * What the lock records of units without a form, or null when every unit reported. Refused unless the person
     * locking confirmed exactly how many units are missing: a quarter locked short of reports must be a decision.
     */
    private String confirmation(List<MissingReport> missing, int expected) {
        if (missing.isEmpty()) {
            return null;
        }
        List<String> names = missing.stream().map(m -> m.unit().name()).toList();
        String who = missing.size() + " dari " + expected + " unit belum melapor (" + String.join("; ", names) + ")";
        if (!String.valueOf(missing.size()).equals(confirmed == null ? null : confirmed.strip())) {
            throw new BadSetting(periode.longLabel() + ": " + who + ". Triwulan yang dikunci tidak berubah lagi"
                    + " walaupun laporannya menyusul. Untuk tetap mengunci tanpa laporan itu, jalankan lagi dengan "
                    + CONFIRMATION + "=" + missing.size() + (confirmed == null ? "" : " (bukan " + CONFIRMATION + "="
                    + confirmed + ")") + ". Tidak ada yang dikunci");
        }
        return "dikunci dengan " + who + "; dikonfirmasi dengan " + CONFIRMATION + "=" + missing.size();
    }
}
