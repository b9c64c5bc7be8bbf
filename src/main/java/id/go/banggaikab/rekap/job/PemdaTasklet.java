package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.catalogue.PemdaConfig;
import id.go.banggaikab.rekap.catalogue.PemdaConfigLoader;
import id.go.banggaikab.rekap.history.OfficeRecaps;
import id.go.banggaikab.rekap.history.PublishedRecap;
import id.go.banggaikab.rekap.pemda.OfficeState;
import id.go.banggaikab.rekap.pemda.PemdaCalculator;
import id.go.banggaikab.rekap.pemda.PemdaInput;
import id.go.banggaikab.rekap.pemda.PemdaRecap;
import id.go.banggaikab.rekap.pemda.PemdaTargets;
import id.go.banggaikab.rekap.report.PemdaWorkbookWriter;
import id.go.banggaikab.rekap.shared.BadSetting;
import id.go.banggaikab.rekap.shared.Periode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code rekap-pemda} job: reads config/pemda.yml and the IKU targets, reads what each office listed last
 * recapped on the shared server (through the Pemda's role, which may only read), computes the IKU and each office's
 * standing, and writes the Pemda's recap. The offices' data are on a PostgreSQL server shared by their installations;
 * an SQLite installation has only its own, so it is refused with what to set.
 */
@Component
@StepScope
class PemdaTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PemdaTasklet.class);
    static final String NEEDS_SERVER = "Rekap Pemda membaca rekap setiap perangkat daerah dari server PostgreSQL yang"
            + " mereka pakai bersama, sedangkan instalasi ini memakai berkas SQLite (hanya riwayat satu perangkat"
            + " daerah). Isi spring.datasource.url, username dan password dengan database bersama dan peran Pemda di"
            + " config/application.yml (README, bagian Pemda)";

    private final JdbcTemplate jdbc;
    private final RekapProperties properties;
    private final Clock clock;
    private final String url;
    private final Periode periode;

    PemdaTasklet(JdbcTemplate jdbc, RekapProperties properties, Clock clock,
            @Value("${spring.datasource.url}") String url, @Value("#{jobParameters['tahun']}") Long tahun,
            @Value("#{jobParameters['triwulan']}") Long triwulan) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.url = url;
        this.periode = new Periode(tahun.intValue(), triwulan.intValue());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        if (DatabaseSettings.isSqlite(url)) {
            throw new BadSetting(NEEDS_SERVER);
        }
        PemdaConfig config = PemdaConfigLoader.load(properties.configDir().resolve(PemdaConfigLoader.FILE));
        List<String> notes = new ArrayList<>();
        var targets = PemdaTargets.load(properties.configDir(), config, periode.tahun(), notes);
        OfficeRecaps offices = new OfficeRecaps(jdbc);
        List<OfficeState> states = config.offices().stream().map(o -> state(offices, o)).toList();
        PemdaRecap recap = new PemdaCalculator().calculate(new PemdaInput(config, periode, targets, states,
                LocalDateTime.now(clock), clock.getZone(), offices.role(), notes));
        Files.createDirectories(properties.outputDir());
        Path file = new PemdaWorkbookWriter(properties.kertas()).write(recap, properties.outputDir());
        recap.notes().forEach(n -> log.warn("{}", n));
        String summary = String.join("\n", List.of(
                "Perangkat daerah: " + recap.recapped() + " dari " + recap.offices().size() + " merekap "
                        + periode.label() + ", " + recap.locked() + " sudah mengunci.",
                "IKU: " + recap.ikus().stream().filter(i -> i.hasValue()).count() + " dari " + recap.ikus().size()
                        + " berisi angka " + periode.label() + ".",
                "Rekap Pemda: " + file.toAbsolutePath()));
        context.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(QuarterRun.SUMMARY, summary);
        return RepeatStatus.FINISHED;
    }

    private OfficeState state(OfficeRecaps offices, PemdaConfig.Office office) {
        OfficeRecaps.Access access = offices.access(office.code());
        if (access != OfficeRecaps.Access.READABLE) {
            log.warn("Perangkat daerah {} tidak terbaca: {}", office.code(), switch (access) {
                case NO_SCHEMA -> "skemanya belum ada di server (belum dipasang)";
                case NO_RECAP -> "skemanya belum berisi rekap (belum dijalankan dengan versi terbaru)";
                default -> "peran " + offices.role() + " belum diberi izin membaca skemanya";
            });
            return OfficeState.unreadable(office, access);
        }
        Periode lastYearEnd = new Periode(periode.tahun() - 1, 4);
        PublishedRecap lastYear = offices.latest(office.code(), lastYearEnd).filter(r -> r.periode().equals(
                lastYearEnd)).orElse(null);
        return new OfficeState(office, access, offices.latest(office.code(), periode).orElse(null),
                offices.lockOf(office.code(), periode).orElse(null), lastYear);
    }
}
