package id.go.banggaikab.rekap;

import id.go.banggaikab.rekap.job.ExitCodes;
import id.go.banggaikab.rekap.launch.PreparedContext;
import id.go.banggaikab.rekap.launch.Relaunch;
import id.go.banggaikab.rekap.output.JobTempFolder;
import id.go.banggaikab.rekap.warmup.Warmup;
import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rekap Kinerja: reads the quarterly realisation forms of the dinas's units and writes the recap and LAKIP table.
 * The exit code drives whatever scheduled the run, so a start that fails (a bad setting) ends with one plain line
 * and the code {@link ExitCodes} gives it instead of a stack trace. In scheduled mode ({@code rekap.jadwal.aktif})
 * the process does not exit after startup. Started without a heap ceiling (a plain {@code java -jar}), it first starts
 * itself again with the options of opsi-java.txt ({@link Relaunch}).
 *
 * <p>Spring looks for components only in the packages that hold them (history, jadwal, job): scanning all 400 classes
 * of the program read every class file on every start for nothing. {@code ComponentPackagesTest} keeps the list whole.
 *
 * <p>No bean is proxied for annotations: neither the program nor Spring Batch declares {@code @Transactional} (steps,
 * the job repository and the history open their transactions themselves), so Spring Boot's AOP and declarative
 * transaction configurations are left out. With them every bean's methods were searched for advice on every start,
 * 30-70 ms of one quarter's processor time for no proxy. {@code NoDeclaredAdviceTest} fails if such an annotation
 * appears, since it would then be silently ignored.
 *
 * <p>Flyway is set up by the program ({@code job.FlywaySetup}) instead of Spring Boot's Flyway configuration, which
 * bound all its settings for the three in use.
 */
@SpringBootApplication(exclude = {AopAutoConfiguration.class, TransactionAutoConfiguration.class,
    FlywayAutoConfiguration.class},
    scanBasePackages = {"id.go.banggaikab.rekap.history", "id.go.banggaikab.rekap.jadwal",
        "id.go.banggaikab.rekap.job"})
public class RekapApplication {

    /** {@link Spring#run}'s answer in scheduled mode: the JVM stays up. */
    private static final int KEEP_RUNNING = -1;

    public static void main(String[] args) {
        OptionalInt child = Relaunch.ifNeeded(RekapApplication.class, args);
        int code = child.isPresent() ? child.getAsInt() : Spring.run(args);
        if (code != KEEP_RUNNING) {
            System.exit(code);
        }
    }

    /**
     * The run itself, in a class of its own: main() refers to no Spring type, so deciding whether to start again
     * does not first open Spring's jars (1.3 s of a plain java -jar's start before this split).
     */
    private static final class Spring {

        static int run(String[] args) {
            try {
                Warmup.start(); // the office libraries' first use, on the second core while Spring starts
                JobTempFolder.useSystemTemp();
                PreparedContext.useWhenPackaged(RekapApplication.class);
                ConfigurableApplicationContext context = SpringApplication.run(RekapApplication.class, args);
                if (context.getEnvironment().getProperty("rekap.jadwal.aktif", Boolean.class, false)) {
                    return KEEP_RUNNING; // scheduled mode: spring.main.keep-alive holds the JVM until a stop
                }
                return SpringApplication.exit(context);
            } catch (SpringApplication.AbandonedRunException e) {
                throw e; // the build's AOT processing stops the start here on purpose, after the context is prepared
            } catch (RuntimeException e) {
                System.err.println("GAGAL: " + startupMessage(e));
                return ExitCodes.of(e);
            }
        }

        /**
         * The failure that knows its code says what went wrong in plain words (a catalogue's findings, a database
         * that is read-only or out of reach); anything else is a setting Spring could not use.
         */
        private static String startupMessage(Throwable e) {
            return ExitCodes.explained(e).map(Throwable::getMessage).orElseGet(() -> "aplikasi tidak dapat dimulai: "
                    + ExitCodes.rootOf(e).getMessage() + ". Periksa config/application.yml; rincian di"
                    + " logs/rekap-kinerja.log.");
        }
    }
}
