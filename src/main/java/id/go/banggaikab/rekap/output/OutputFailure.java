package id.go.banggaikab.rekap.output;

import id.go.banggaikab.rekap.shared.DiskCause;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.boot.ExitCodeGenerator;

/**
 * An output the machine would not let be written (disk full, folder read-only or not allowed): the folder, the cause
 * in plain words and what to do, for the console; the system's own failure is kept as the cause, for the log. The run
 * ends with exit code 4, "folder output tidak dapat ditulisi".
 */
public final class OutputFailure extends IOException implements ExitCodeGenerator {

    /** The exit code of an output that cannot be written, as the README documents it. */
    public static final int EXIT_CODE = 4;

    private final DiskCause cause;

    private OutputFailure(String message, DiskCause cause, Throwable failure) {
        super(message, failure);
        this.cause = cause;
    }

    /** {@code target} could not be written because of {@code failure}. */
    public static OutputFailure of(Path target, Throwable failure) {
        Path folder = target.toAbsolutePath().getParent();
        DiskCause cause = DiskCause.of(failure, folder);
        return new OutputFailure("Hasil tidak dapat ditulis ke folder " + folder + " (" + target.getFileName() + "): "
                + cause.words() + ". Yang perlu dilakukan: " + cause.action() + ", lalu jalankan rekap lagi."
                + " Berkas yang belum selesai ditulis tidak ditinggalkan setengah jadi.", cause, failure);
    }

    public DiskCause diskCause() {
        return cause;
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }
}
