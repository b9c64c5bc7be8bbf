package id.go.banggaikab.rekap.job;

import org.springframework.boot.ExitCodeGenerator;

/**
 * A failure of the machine the run stands on (the database file or server, a disk), said for the person running the
 * job: what (the file or server), why in plain words, what to do. The system's own failure is its cause and goes to
 * the log only. The exit code is one of {@link ExitCodes}, as the README documents it.
 */
final class MachineFailure extends RuntimeException implements ExitCodeGenerator {

    private final int exitCode;

    MachineFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
