package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.submission.WorkbookOpener.FileStamp;
import id.go.banggaikab.rekap.submission.WorkbookOpener.Opened;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads one submitted form into a {@link Submission}: who sent it, for which quarter, the rows matched to the
 * catalogue and every problem found. Bad input never throws; it becomes a problem the recap lists, so one broken file
 * cannot stop the run. The user's file is only ever read.
 */
public final class SubmissionReader {

    private final ReaderSettings settings;
    private final WorkbookOpener opener;
    private final UnitMatcher units;
    private final IndicatorMatcher indicators;

    public SubmissionReader(Catalogue catalogue, ReaderSettings settings) {
        this.settings = settings;
        this.opener = new WorkbookOpener(settings);
        this.units = new UnitMatcher(catalogue);
        this.indicators = new IndicatorMatcher(catalogue);
    }

    /**
     * Files the finder must pass over without a word: Excel and LibreOffice lock files ({@code ~$...},
     * {@code .~lock...#}), temporary saves ({@code *.tmp}), hidden dot-files and the thumbnails Windows drops in
     * folders. They are not forms, and listing them as rejected would only alarm the office.
     */
    public static boolean isIgnored(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return true;
        }
        String n = name.toString();
        String lower = n.toLowerCase(Locale.ROOT);
        return n.startsWith("~$") || n.startsWith(".") || lower.endsWith(".tmp")
                || lower.equals("thumbs.db") || lower.equals("desktop.ini");
    }

    public Submission read(Path file, Path inputRoot) {
        String relative = relativePath(file, inputRoot);
        Opened opened = opener.open(file, relative);
        Submission result;
        if (opened.workbook() == null) {
            result = Submission.rejected(opened.source(), Problem.file(relative, opened.problem()));
        } else {
            try (Workbook workbook = opened.workbook()) {
                result = new FormReading(settings, units, indicators, opened.source())
                        .read(PoiSheets.of(workbook));
            } catch (IOException e) {
                result = Submission.rejected(opened.source(), Problem.file(relative,
                        "Berkas tidak dapat dibaca: " + e.getMessage()));
            }
        }
        return result;
    }

    /**
     * Whether the file on disk is no longer what was read: a copy in progress changes size or date, and importing it
     * now would import half a file. Such a file is left for the next run with {@link #stillCopying}, a warning only.
     */
    public static boolean changedWhileRead(Path file, SourceFile read) {
        FileStamp now = stampOrNull(file);
        return read.modified() != null && (now == null || now.size() != read.size()
                || !now.modified().equals(read.modified()));
    }

    /** The warning of this run for a file left until it is copied whole. */
    public static Problem stillCopying(SourceFile file) {
        return Problem.warning(file.path(), null, null, null, "Berkas masih disalin, dicoba lagi pada proses berikutnya");
    }

    private static FileStamp stampOrNull(Path file) {
        try {
            return FileStamp.of(file);
        } catch (IOException e) {
            return null;
        }
    }

    static String relativePath(Path file, Path inputRoot) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = inputRoot == null ? null : inputRoot.toAbsolutePath().normalize();
        Path rel = root != null && abs.startsWith(root) ? root.relativize(abs) : abs.getFileName();
        return rel.toString().replace('\\', '/');
    }
}
