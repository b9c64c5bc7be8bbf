package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.history.HistoryMove;
import id.go.banggaikab.rekap.history.OfficeIdentity;
import id.go.banggaikab.rekap.shared.BadSetting;
import id.go.banggaikab.rekap.shared.PerangkatDaerah;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * The {@code pindah-riwayat} job: copies the history of an SQLite file ({@code dari=}, by default the working
 * folder's {@code data/rekap.db}) into the database this run is configured for, normally the Pemda's PostgreSQL
 * server, and checks the counts. The SQLite file is never opened for writing: a copy of it is brought up to the
 * current schema and read. A file recorded for another named office is refused: its forms are not this office's.
 */
@Component
@StepScope
class MoveHistoryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MoveHistoryTasklet.class);

    private final JdbcTemplate target;
    private final String targetUrl;
    private final Path source;
    private final PerangkatDaerah office;

    MoveHistoryTasklet(JdbcTemplate target, RekapProperties properties, @Value("${spring.datasource.url}") String url,
            @Value("#{jobParameters['dari']}") String dari, PerangkatDaerah office) {
        this.target = target;
        this.office = office;
        this.targetUrl = url;
        this.source = dari == null || dari.isBlank() ? properties.dataDir().resolve("rekap.db") : Path.of(dari);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new BadSetting("dari=" + source + ": berkas database SQLite itu tidak ada");
        }
        if (DatabaseSettings.isSqlite(targetUrl) && targetUrl.contains(source.getFileName().toString())) {
            throw new BadSetting("Tujuan pemindahan sama dengan asalnya (" + targetUrl + "); isi"
                    + " --spring.datasource.url dengan database PostgreSQL tujuan");
        }
        Path copy = Files.createTempFile("rekap-pindah-", ".db");
        try {
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            Path wal = source.resolveSibling(source.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, copy.resolveSibling(copy.getFileName() + "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            SingleConnectionDataSource from = new SingleConnectionDataSource("jdbc:sqlite:" + copy, true);
            try {
                Flyway.configure().dataSource(from).locations("classpath:db/migration/sqlite").load().migrate();
                PerangkatDaerah owner = new OfficeIdentity(new JdbcTemplate(from), Clock.systemUTC()).recorded();
                if (owner != null && owner.set() && !owner.kode().equals(office.kode())) {
                    throw new BadSetting("dari=" + source + " berisi riwayat perangkat daerah \"" + owner.kode()
                            + "\", sedangkan instalasi ini untuk perangkat daerah \"" + office.kode() + "\". Tidak ada"
                            + " yang dipindah; periksa dari= dan rekap.perangkat-daerah");
                }
                Map<String, Long> copied = new HistoryMove(new JdbcTemplate(from), target)
                        .copy(!DatabaseSettings.isSqlite(targetUrl));
                contribution.incrementWriteCount(copied.values().stream().mapToLong(Long::longValue).sum());
                log.info("Riwayat dari {} dipindah ke {}: {} berkas, {} laporan, {} isian, {} masalah; jumlahnya sama"
                        + " dengan asalnya. Berkas asal tidak diubah.", source.toAbsolutePath(), targetUrl,
                        copied.get("submission_file"), copied.get("laporan"), copied.get("realisasi"),
                        copied.get("masalah"));
            } finally {
                from.destroy();
            }
        } finally {
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-wal"));
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-shm"));
            Files.deleteIfExists(copy);
        }
        return RepeatStatus.FINISHED;
    }
}
