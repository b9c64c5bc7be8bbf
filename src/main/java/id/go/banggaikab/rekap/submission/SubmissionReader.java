package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.spreadsheet.WorkbookSheets;
import id.go.banggaikab.rekap.submission.WorkbookOpener.FileStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads one submitted form into a {@link Submission}: who sent it, for which quarter, the rows matched to the
 * catalogue and every problem found. Bad input never throws; it becomes a problem the recap lists, so one broken file
 * cannot stop the run. The user's file is only ever read. Holds no mutable state: one reader may serve several
 * threads at once.
 */
public final class SubmissionReader {

    private final ReaderSettings settings;
    private final WorkbookOpener opener;
    private final UnitMatcher units;
    private final IndicatorMatcher indicators;
    private final Function<byte[], WorkbookSheets.Result> sheets;

    public SubmissionReader(Catalogue catalogue, ReaderSettings settings) {
        this(catalogue, settings, WorkbookSheets::read);
    }

    /** With another way from bytes to sheets: tests read every form through each format adapter. */
    SubmissionReader(Catalogue catalogue, ReaderSettings settings, Function<byte[], WorkbookSheets.Result> sheets) {
        this.settings = settings;
        this.opener = new WorkbookOpener(settings);
        this.units = new UnitMatcher(catalogue);
        this.indicators = new IndicatorMatcher(catalogue);
        this.sheets = sheets;
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

    /**
     * Reads a file holding one report (one unit, one quarter). For a workbook that may hold several reports (a sheet
     * per sub bagian) use {@link #readAll(Path, Path)}; this gives the first of them.
     */
    public Submission read(Path file, Path inputRoot) {
        return readAll(file, inputRoot).get(0);
    }

    /**
     * Every report a file holds: one {@link Submission} per unit and quarter found in it, in the order of their
     * first sheet, all with the same {@link SourceFile}. A file that cannot be used gives one refused submission.
     */
    public List<Submission> readAll(Path file, Path inputRoot) {
        return readAll(load(file, inputRoot));
    }

    /**
     * A file's bytes read from disk once, with its size, time and SHA-256; {@code bytes} is null exactly when
     * {@code problem} says why they could not be read (missing, too large).
     */
    public record Loaded(SourceFile source, byte[] bytes, String problem) {
    }

    /** Reads the file's bytes once, so that the caller can tell by the hash whether it needs reading at all. */
    public Loaded load(Path file, Path inputRoot) {
        return opener.load(file, relativePath(file, inputRoot));
    }

    /** The reports of bytes already loaded. */
    public List<Submission> readAll(Loaded loaded) {
        if (loaded.bytes() == null) {
            return List.of(Submission.rejected(loaded.source(), Problem.file(loaded.source().path(), loaded.problem())));
        }
        return readAll(loaded.source(), loaded.bytes());
    }

    /**
     * As {@link #readAll(Path, Path)} for bytes already read (and hashed) by the caller, so that each file is read
     * from disk once. {@code file} is trusted as given; the bytes are only read, never kept.
     */
    public List<Submission> readAll(SourceFile file, byte[] bytes) {
        String refusal = bytes == null ? "Berkas tidak dapat dibaca" : opener.sizeRefusal(bytes);
        if (refusal != null) {
            return List.of(Submission.rejected(file, Problem.file(file.path(), refusal)));
        }
        WorkbookSheets.Result read = sheets.apply(bytes);
        if (read.refusal() != null) {
            return List.of(Submission.rejected(file, Problem.file(file.path(), read.refusal().message())));
        }
        return new FormReading(settings, units, indicators, file).read(read.sheets());
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
