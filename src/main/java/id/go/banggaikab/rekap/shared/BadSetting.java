package id.go.banggaikab.rekap.shared;

import org.springframework.boot.ExitCodeGenerator;

/**
 * A setting or an argument the person running the job got wrong (a cron expression, a year range, {@code tahun=}),
 * with a message that says what was expected. It ends the start or the run with the configuration error code (2).
 */
public class BadSetting extends IllegalArgumentException implements ExitCodeGenerator {

    public BadSetting(String message) {
        super(message);
    }

    @Override
    public int getExitCode() {
        return 2;
    }
}
