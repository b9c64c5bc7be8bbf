package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.Periode;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * The one-shot mode: reads {@code tahun=}/{@code triwulan=} from the command line, runs that quarter once and turns
 * the outcome into the process exit code a scheduler acts on. Everything a person must read is one plain line on
 * the console.
 */
class RekapRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(RekapRunner.class);

    private final QuarterRun quarterRun;
    private final Clock clock;
    private final boolean active;
    private int exitCode = ExitCodes.UNEXPECTED;

    RekapRunner(QuarterRun quarterRun, Clock clock) {
        this(quarterRun, clock, true);
    }

    /**
     * @param active false where nothing runs at startup (scheduled mode, tests launching the job themselves): the
     *               runner then does nothing and ends with 0
     */
    RekapRunner(QuarterRun quarterRun, Clock clock, boolean active) {
        this.quarterRun = quarterRun;
        this.clock = clock;
        this.active = active;
        if (!active) {
            exitCode = ExitCodes.OK;
        }
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!active) {
            return;
        }
        Periode periode;
        try {
            periode = JobArguments.periode(args.getNonOptionArgs(), LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            exitCode = ExitCodes.BAD_CONFIGURATION;
            log.error(e.getMessage());
            return;
        }
        exitCode = quarterRun.run(periode, JobArguments.others(args.getNonOptionArgs()));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
