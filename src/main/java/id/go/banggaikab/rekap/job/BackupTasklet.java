package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.history.HistoryBackup;
import id.go.banggaikab.rekap.output.OutputFailure;
import id.go.banggaikab.rekap.shared.BadSetting;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.sql.DataSource;
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
 * The {@code cadangkan} job: a consistent copy of the SQLite history, taken under the run lock (QuarterRun holds it,
 * so no recap writes meanwhile; a run already going makes this one stop with exit 3). {@code ke=} names the folder
 * (or the {@code .db} file) to write to; by default {@code <rekap.data-dir>/cadangan/}. A backup never overwrites a
 * file. On a database server the backup is the administrator's {@code pg_dump}, which this job says instead.
 */
@Component
@StepScope
class BackupTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BackupTasklet.class);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmm", Locale.ROOT);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HHmmss", Locale.ROOT);

    private final DataSource dataSource;
    private final String url;
    private final Path destination;
    private final Clock clock;

    BackupTasklet(DataSource dataSource, RekapProperties properties, @Value("${spring.datasource.url}") String url,
            @Value("#{jobParameters['ke']}") String ke, Clock clock) {
        this.dataSource = dataSource;
        this.url = url;
        this.destination = ke == null || ke.isBlank() ? properties.dataDir().resolve("cadangan") : Path.of(ke.strip());
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException, SQLException {
        if (!DatabaseSettings.isSqlite(url)) {
            throw new BadSetting("Riwayat instalasi ini ada di server database (" + url + "), bukan di berkas SQLite;"
                    + " cadangannya dibuat pengelola server dengan pg_dump, mis. pg_dump -Fc -d <database> -f"
                    + " rekap.dump (lihat docs/administrator.md, bagian Cadangan). Tidak ada yang ditulis");
        }
        Path target = target();
        HistoryBackup.Copy copy = new HistoryBackup(dataSource).writeTo(target,
                context.getStepContext().getStepExecution().getJobExecutionId());
        contribution.incrementWriteCount(copy.rows().values().stream().mapToLong(Long::longValue).sum());
        log.info("Cadangan riwayat ditulis: {} ({} MB; {} berkas formulir, {} isian, {} kunci triwulan); salinan"
                + " diperiksa utuh dan jumlah barisnya sama dengan riwayat. Simpan salinannya di disk lain.",
                target.toAbsolutePath(), IndonesianNumbers.format(copy.bytes() / 1048576.0, 1),
                copy.rows().get("submission_file"), copy.rows().get("realisasi"), copy.rows().get("kunci"));
        if (copy.rows().getOrDefault("submission_file", 0L) == 0) {
            log.warn("Riwayat {} belum berisi formulir: belum ada rekap dengan data resmi (data contoh disimpan"
                    + " terpisah dan tidak dicadangkan).", url);
        }
        return RepeatStatus.FINISHED;
    }

    /** The file to write: {@code ke=} as given when it names a .db file, else a dated name in that folder. */
    private Path target() throws IOException {
        boolean file = destination.getFileName() != null
                && destination.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".db");
        Path folder = file ? destination.toAbsolutePath().getParent() : destination;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw OutputFailure.of(folder.resolve("rekap.db"), e);
        }
        if (file) {
            if (Files.exists(destination)) {
                throw new BadSetting("ke=" + destination + ": berkas itu sudah ada; cadangan tidak pernah menimpa"
                        + " berkas. Sebut nama lain atau sebuah folder");
            }
            return destination;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Path named = folder.resolve("rekap " + MINUTE.format(now) + ".db");
        return Files.exists(named) ? folder.resolve("rekap " + SECOND.format(now) + ".db") : named;
    }
}
