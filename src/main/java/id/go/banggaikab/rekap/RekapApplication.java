package id.go.banggaikab.rekap;

import id.go.banggaikab.rekap.job.ExitCodes;
import id.go.banggaikab.rekap.launch.Relaunch;
import java.util.OptionalInt;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rekap Kinerja: reads the quarterly realisation forms of the dinas's units and writes the recap and LAKIP table.
 * The exit code drives whatever scheduled the run, so a start that fails (a bad setting) ends with one plain line
 * and the code {@link ExitCodes} gives it instead of a stack trace. In scheduled mode ({@code rekap.jadwal.aktif})
 * the process does not exit after startup. Started without a heap ceiling (a plain {@code java -jar}), it first starts
 * itself again with the options of opsi-java.txt ({@link Relaunch}).
 */
@SpringBootApplication
public class RekapApplication {

    public static void main(String[] args) {
        OptionalInt child = Relaunch.ifNeeded(RekapApplication.class, args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        int code;
        try {
            ConfigurableApplicationContext context = SpringApplication.run(RekapApplication.class, args);
            if (context.getEnvironment().getProperty("rekap.jadwal.aktif", Boolean.class, false)) {
                return; // scheduled mode: spring.main.keep-alive holds the JVM until Ctrl+C or a service stop
            }
            code = SpringApplication.exit(context);
        } catch (RuntimeException e) {
            code = ExitCodes.of(e);
            System.err.println("GAGAL: " + startupMessage(e));
        }
        System.exit(code);
    }

    /**
     * The failure that knows its code says what went wrong in plain words (a catalogue's findings, a database that is
     * read-only or out of reach); anything else is a setting Spring could not use.
     */
    private static String startupMessage(Throwable e) {
        return ExitCodes.explained(e).map(Throwable::getMessage).orElseGet(() -> "aplikasi tidak dapat dimulai: "
                + ExitCodes.rootOf(e).getMessage() + ". Periksa config/application.yml; rincian di"
                + " logs/rekap-kinerja.log.");
    }
}
