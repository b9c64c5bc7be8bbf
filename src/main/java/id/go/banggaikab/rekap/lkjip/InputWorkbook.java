package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.CatalogueException;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import id.go.banggaikab.rekap.spreadsheet.WorkbookSheets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A workbook the staff keep in {@code config/} (renstra.xlsx, anggaran-&lt;tahun&gt;.xlsx) opened as the job opens every
 * workbook, through the spreadsheet package: .xlsx, .xls or .ods told from the bytes, formulas computed, and bytes
 * that are no workbook refused with the package's reason in Indonesian, naming the file. Its sheets are found by name
 * as Excel finds them (case ignored, hidden or not).
 */
final class InputWorkbook {

    private InputWorkbook() {
    }

    /**
     * The sheets of a workbook in {@code config/}, hidden ones included, read through the spreadsheet package like
     * every workbook the job reads. Bytes that are no workbook we read (a Word document renamed, a half-copied file, a
     * zip bomb, a password) stop the run with the package's reason, naming the file.
     */
    static List<SheetView> sheets(String name, byte[] bytes) {
        WorkbookSheets.Result read = WorkbookSheets.readWithHidden(bytes);
        if (read.refusal() != null) {
            throw new CatalogueException(List.of(name + ": " + read.refusal().message() + "."));
        }
        return read.sheets();
    }

    /** As {@link #sheets(String, byte[])}, from a file; one that cannot be opened at all is a finding too. */
    static List<SheetView> sheets(Path file) {
        String name = file.getFileName().toString();
        try {
            return sheets(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** As {@link #sheets(String, byte[])}, from a stream (the bytes a quarter's lock kept). */
    static List<SheetView> sheets(String name, InputStream in) {
        try {
            return sheets(name, in.readAllBytes());
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** The sheet of that name, case ignored, hidden or not (as Excel finds it), else a finding and null. */
    static SheetView sheet(List<SheetView> sheets, String wanted, String name, List<String> findings) {
        SheetView s = find(sheets, wanted);
        if (s == null) {
            findings.add(name + ": lembar \"" + wanted + "\" tidak ditemukan (lembar yang ada: "
                    + String.join(", ", names(sheets)) + "). Kembalikan nama lembarnya menjadi \"" + wanted + "\".");
        }
        return s;
    }

    static SheetView find(List<SheetView> sheets, String wanted) {
        return sheets.stream().filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }

    static List<String> names(List<SheetView> sheets) {
        return sheets.stream().map(SheetView::name).toList();
    }

    static CatalogueException unreadable(String name, Exception e) {
        return new CatalogueException(List.of(name + ": tidak dapat dibaca sebagai buku kerja Excel ("
                + e.getMessage() + "). Tutup berkasnya di Excel lalu jalankan lagi."));
    }
}
