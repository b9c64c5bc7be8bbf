package id.go.banggaikab.rekap.spreadsheet;

import id.go.banggaikab.rekap.spreadsheet.FormatCheck.Detected;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way in: a workbook's bytes to its sheets ({@link SheetView}), whatever the format, through the adapter the
 * format needs: the one-pass reader for .xlsx and .xlsm ({@link XlsxSheets}), POI's usermodel for .xls and for
 * whatever .xlsx the one-pass reader leaves to it ({@link PoiSheets}), SODS for .ods ({@link OdsSheets}). The format
 * is told from the bytes, not the name ({@link FormatCheck}). Every way the bytes can be unusable becomes a
 * {@link Refusal}. A zip bomb is refused before any adapter opens it ({@link ZipBomb}, whose rule POI's own guard
 * follows too).
 */
public final class WorkbookSheets {

    /** The sheets, or why there are none; exactly one is set. */
    public record Result(List<SheetView> sheets, Refusal refusal) {
        static Result refused(Refusal reason) {
            return new Result(null, reason);
        }

        /** The sheets, hidden ones included; throws when there are none. */
        public List<SheetView> orThrow() throws UnreadableWorkbook {
            if (refusal != null) {
                throw refusal.exception();
            }
            return sheets;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(WorkbookSheets.class);

    private WorkbookSheets() {
    }

    /** Every sheet of the workbook in these bytes, or why there is none; a hidden sheet comes without its cells. */
    public static Result read(byte[] bytes) {
        return read(bytes, false);
    }

    /**
     * As {@link #read(byte[])}, hidden sheets read with their cells too: for a workbook the planners keep in
     * {@code config/} (the Renstra, the budget), where a sheet hidden to tidy the view still holds their figures. A
     * form's hidden sheet is office scratch and is never read.
     */
    public static Result readWithHidden(byte[] bytes) {
        return read(bytes, true);
    }

    private static Result read(byte[] bytes, boolean hiddenToo) {
        Detected detected = FormatCheck.of(bytes);
        if (detected.refusal() != null) {
            return Result.refused(detected.refusal());
        }
        if (detected.format() == FormatCheck.Format.XLS) {
            return withPoi(bytes, hiddenToo);
        }
        ZipParts zip;
        String unreadable = null;
        try {
            zip = ZipParts.of(bytes); // the directory read once, for the bomb rule and the one-pass reader
        } catch (IOException | RuntimeException e) {
            zip = null; // not readable as a zip here: the readers say what it is
            unreadable = "zip: " + e;
        }
        try (ZipParts parts = zip) {
            Refusal bomb = parts == null ? null : ZipBomb.refusal(parts.parts(), ZipBomb.FORM_PART_BYTES);
            if (bomb != null) {
                return Result.refused(bomb);
            }
            if (detected.format() == FormatCheck.Format.ODS) {
                return ods(bytes, hiddenToo);
            }
            if (parts == null) {
                log.debug("Dibaca lewat POI: {}", unreadable);
                return withPoi(bytes, hiddenToo);
            }
            return fast(bytes, parts, hiddenToo);
        }
    }

    private static Result fast(byte[] bytes, ZipParts zip, boolean hiddenToo) {
        try {
            return new Result(XlsxSheets.read(zip, hiddenToo), null);
        } catch (XlsxPackage.LeaveToPoi e) {
            log.debug("Dibaca lewat POI: {}", e.getMessage());
            return withPoi(bytes, hiddenToo);
        }
    }

    private static Result ods(byte[] bytes, boolean hiddenToo) {
        OdsSheets.Result r = OdsSheets.read(bytes, hiddenToo);
        return new Result(r.sheets(), r.refusal());
    }

    /** The usermodel path alone, so tests can read the same bytes through both .xlsx paths and compare them. */
    public static Result withPoi(byte[] bytes) {
        return withPoi(bytes, false);
    }

    private static Result withPoi(byte[] bytes, boolean hiddenToo) {
        ZipBomb.guardPoi();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            return new Result(PoiSheets.of(workbook, hiddenToo), null);
        } catch (EncryptedDocumentException e) {
            return Result.refused(Refusal.ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("zip bomb")) {
                return Result.refused(ZipBomb.REFUSAL);
            }
            if (lower.contains("strict ooxml")) {
                return Result.refused(Refusal.of(Refusal.Reason.UNSUPPORTED_FORMAT, "Berkas disimpan sebagai Strict"
                        + " Open XML Spreadsheet, yang tidak dapat dibaca; simpan ulang sebagai Excel Workbook (.xlsx)"
                        + " biasa"));
            }
            return Result.refused(Refusal.DAMAGED);
        }
    }
}
