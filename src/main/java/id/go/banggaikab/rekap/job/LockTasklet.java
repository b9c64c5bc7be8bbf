package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.history.LockedFigures;
import id.go.banggaikab.rekap.history.QuarterLock;
import id.go.banggaikab.rekap.history.QuarterLocks;
import id.go.banggaikab.rekap.shared.BadSetting;
import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.shared.Periode;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
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
 * kept in the database with the lock, then the locked recap is written (it says FINAL) and named in the lock with
 * its SHA-256, the fingerprint of the file the Kepala Dinas signs. Forms are not read: what is locked is what the
 * history holds, the figures the last recap showed.
 */
@Component
@StepScope
class LockTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(LockTasklet.class);

    private final RunInputs run;
    private final RecapMaker maker;
    private final QuarterLocks locks;
    private final LockedFigures figures;
    private final Clock clock;
    private final Periode periode;

    LockTasklet(RunInputs run, RecapMaker maker, QuarterLocks locks, LockedFigures figures, Clock clock,
            @Value("#{jobParameters['tahun']}") Long tahun, @Value("#{jobParameters['triwulan']}") Long triwulan) {
        this.run = run;
        this.maker = maker;
        this.locks = locks;
        this.figures = figures;
        this.clock = clock;
        this.periode = new Periode(tahun.intValue(), triwulan.intValue());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        Optional<QuarterLock> already = locks.active(periode);
        if (already.isPresent()) {
            throw new BadSetting(periode.longLabel() + " sudah dikunci (" + IndonesianTime.format(already.get().when(),
                    clock.getZone()) + " oleh " + already.get().user() + "). Untuk mengubahnya, buka dulu dengan"
                    + " --spring.batch.job.name=buka-kunci dan alasan=\"…\"");
        }
        run.catalogue(); // a broken catalogue is refused before anything is locked
        long id = locks.lock(periode, LockUsers.current(), clock.instant(), null, null,
                maker.inputsToKeep(periode.tahun()), figures.forRecap(periode));
        RecapMaker.Written written = maker.make(run, periode);
        String sha256;
        try (InputStream in = Files.newInputStream(written.recapFile())) {
            sha256 = DigestUtils.sha256Hex(in);
        }
        locks.seal(id, written.recapFile().getFileName().toString(), sha256);
        log.info("{} dikunci oleh {}. Rekap yang dikunci: {} (SHA-256 {})", periode.longLabel(), LockUsers.current(),
                written.recapFile().toAbsolutePath(), sha256);
        written.lakipFiles().forEach(p -> log.info("Tabel LAKIP ditulis: {}", p.toAbsolutePath()));
        return RepeatStatus.FINISHED;
    }
}
