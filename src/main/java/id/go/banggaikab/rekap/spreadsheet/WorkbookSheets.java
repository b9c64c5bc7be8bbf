package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.submission.FormatCheck.Detected;
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
 * Turns a form's bytes into sheet views through the adapter its format needs: the fast streaming path for .xlsx and
 * .xlsm, POI's usermodel for .xls and for whatever .xlsx the fast path leaves to it, SODS for .ods. Every way the
 * bytes can be unusable becomes a message in Bahasa Indonesia. A zip bomb is refused before any adapter opens it
 * ({@link ZipBomb}, whose rule POI's own guard follows too).
 */
final class WorkbookSheets {

    /** The sheets, or why there are none; exactly one is set. */
    record Result(List<SheetView> sheets, String refusal) {
        static Result refused(String reason) {
            return new Result(null, reason);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(WorkbookSheets.class);

    private WorkbookSheets() {
    }

    static Result read(byte[] bytes) {
        Detected detected = FormatCheck.of(bytes);
        if (detected.refusal() != null) {
            return Result.refused(detected.refusal());
        }
        String bomb = detected.format() == FormatCheck.Format.XLS ? null : ZipBomb.refusal(bytes);
        if (bomb != null) {
            return Result.refused(bomb);
        }
        return switch (detected.format()) {
            case XLSX -> fast(bytes);
            case XLS -> withPoi(bytes);
            case ODS -> ods(bytes);
        };
    }

    private static Result fast(byte[] bytes) {
        try {
            return new Result(XlsxSheets.read(bytes), null);
        } catch (XlsxPackage.LeaveToPoi e) {
            log.debug("Dibaca lewat POI: {}", e.getMessage());
            return withPoi(bytes);
        }
    }

    private static Result ods(byte[] bytes) {
        OdsSheets.Result r = OdsSheets.read(bytes);
        return new Result(r.sheets(), r.refusal());
    }

    /** The usermodel path; package-private so tests can read the same bytes through both .xlsx paths. */
    static Result withPoi(byte[] bytes) {
        ZipBomb.guardPoi();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            return new Result(PoiSheets.of(workbook), null);
        } catch (EncryptedDocumentException e) {
            return Result.refused("Berkas dilindungi kata sandi; simpan ulang tanpa kata sandi");
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("zip bomb")) {
                return Result.refused(ZipBomb.REFUSAL);
            }
            if (lower.contains("strict ooxml")) {
                return Result.refused("Berkas disimpan sebagai Strict Open XML Spreadsheet, yang tidak dapat dibaca;"
                        + " simpan ulang sebagai Excel Workbook (.xlsx) biasa");
            }
            return Result.refused(FormatCheck.CORRUPT);
        }
    }
}
