package id.go.banggaikab.rekap.job;

import org.springframework.boot.ExitCodeExceptionMapper;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.convert.ConversionException;

/**
 * The exit codes a scheduler sees (documented in the README), and which failure gives which: Boot asks this
 * mapper for a failure of a running application, and the start and the job runs ask it for theirs, so one rule
 * decides everywhere. A failure that knows its own code says it ({@link ExitCodeGenerator}, as the catalogue's
 * findings do); a setting that cannot be read is a configuration error; anything else is unexpected.
 */
public final class ExitCodes implements ExitCodeExceptionMapper {

    /** The recap was written (even with refused files or cells, which it lists). */
    public static final int OK = 0;
    /** Something unexpected failed; the log has the details. */
    public static final int UNEXPECTED = 1;
    /** The configuration, the catalogue, the targets or the job arguments are wrong. */
    public static final int BAD_CONFIGURATION = 2;
    /** Another run holds the lock on the same database. */
    public static final int ALREADY_RUNNING = 3;
    /** The output folder cannot be written (not allowed, read-only, disk full). */
    public static final int OUTPUT_NOT_WRITABLE = id.go.banggaikab.rekap.output.OutputFailure.EXIT_CODE;
    /** The history's database cannot be written: read-only, locked by another program, disk full. */
    public static final int DATABASE_UNUSABLE = 5;
    /** The database server cannot be reached, or refuses the login or lacks the database. */
    public static final int DATABASE_SERVER = 6;

    @Override
    public int getExitCode(Throwable failure) {
        return of(failure);
    }

    /** The code for a failure, looking through its causes. */
    public static int of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ExitCodeGenerator known) {
                return known.getExitCode();
            }
            if (t instanceof BindException || t instanceof ConversionException) {
                return BAD_CONFIGURATION;
            }
        }
        return UNEXPECTED;
    }

    /**
     * The failure that knows its own code (a finding of the catalogue, a bad setting, a machine failure), whose
     * message is written for the person running the job; empty when none does.
     */
    public static java.util.Optional<Throwable> explained(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ExitCodeGenerator) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }

    /** The innermost cause: the message a person can act on. */
    public static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
