package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.history.QuarterLocks;
import id.go.banggaikab.rekap.shared.BadSetting;
import id.go.banggaikab.rekap.shared.Periode;
import java.time.Clock;
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
 * The {@code buka-kunci} job: reopens a locked quarter, with the reason on record. Nothing else changes now; the
 * next recap applies what was held and lists what changed since the lock.
 */
@Component
@StepScope
class ReopenTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReopenTasklet.class);

    private final QuarterLocks locks;
    private final Clock clock;
    private final Periode periode;
    private final String reason;

    ReopenTasklet(QuarterLocks locks, Clock clock, @Value("#{jobParameters['tahun']}") Long tahun,
            @Value("#{jobParameters['triwulan']}") Long triwulan, @Value("#{jobParameters['alasan']}") String reason) {
        this.locks = locks;
        this.clock = clock;
        this.periode = new Periode(tahun.intValue(), triwulan.intValue());
        this.reason = reason;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        if (reason == null || reason.isBlank()) {
            throw new BadSetting(LockUsers.REASON_NEEDED);
        }
        if (locks.active(periode).isEmpty()) {
            throw new BadSetting(periode.longLabel() + " tidak sedang dikunci; tidak ada yang dibuka");
        }
        locks.reopen(periode, LockUsers.current(), clock.instant(), reason.strip());
        log.info("Kunci {} dibuka oleh {}; alasan: {}. Rekap berikutnya memakai berkas yang ditahan dan mencantumkan"
                + " apa yang berubah sejak dikunci.", periode.longLabel(), LockUsers.current(), reason.strip());
        return RepeatStatus.FINISHED;
    }
}
