package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.submission.Submission;
import java.util.List;

/**
 * What reading one file gave the import, handed from the threads that read forms to the one that stores them: the
 * file's reports (or its refusal) to store, or a file still being copied, noted for this run only.
 */
sealed interface ImportItem {

    /** The file's name as the log and the problems show it. */
    String name();

    /** Every report the file holds, all with the same source file; a refused file gives one refused report. */
    record Read(List<Submission> reports) implements ImportItem {
        @Override
        public String name() {
            return reports.get(0).file().path();
        }
    }

    /** A file that still holds what was imported from it last: nothing to do (the step counts it as filtered). */
    record Unchanged(String name) implements ImportItem {
    }

    /** A file that changed while it was read; it is read whole next run. */
    record StillCopying(String name, Problem note) implements ImportItem {
    }
}
