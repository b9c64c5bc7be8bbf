package id.go.banggaikab.rekap.job;

/** The exit codes a scheduler sees; documented in the README. */
public final class ExitCodes {

    /** The recap was written (even with refused files or cells, which it lists). */
    public static final int OK = 0;
    /** Something unexpected failed; the log has the details. */
    public static final int UNEXPECTED = 1;
    /** The configuration, the catalogue, the targets or the job arguments are wrong. */
    public static final int BAD_CONFIGURATION = 2;
    /** Another run holds the lock on the same database. */
    public static final int ALREADY_RUNNING = 3;
    /** The output folder cannot be written. */
    public static final int OUTPUT_NOT_WRITABLE = 4;

    private ExitCodes() {
    }
}
