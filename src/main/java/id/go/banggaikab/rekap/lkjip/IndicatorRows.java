package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueException;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import id.go.banggaikab.rekap.spreadsheet.WorkbookSheets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The rows of a sheet with one line per catalogue indicator (the Renstra's two sheets): found by its header row with
 * "Kode", every row with a known code handed on once, and what is wrong with the others (no code, an unknown or a
 * repeated one, a sheet renamed) a finding; rows marked CONTOH counted and left out unless examples are wanted.
 */
final class IndicatorRows {

    private IndicatorRows() {
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

    /** Calls {@code each} for every row with a catalogue code; empty, example and wrong rows are handled here. */
    static void each(Catalogue catalogue, InputSheet in, boolean examples, int[] skipped,
            BiConsumer<Indicator, Integer> each) {
        SheetView sheet = in.sheet();
        int kode = column(in, RenstraWorkbook.KODE);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int r = in.header() + 1; r <= sheet.lastRow(); r++) {
            String code = in.text(r, kode);
            if (code.isEmpty()) {
                if (hasFigures(in, r)) {
                    in.add(in.whereRow(r) + ": kode indikator kosong di kolom " + RenstraWorkbook.KODE
                            + "; isi kodenya (lihat"
                            + " katalog) atau hapus barisnya.");
                }
                continue;
            }
            if (in.isExample(r) && !examples) {
                skipped[0]++;
                continue;
            }
            Indicator indicator = catalogue.indicator(code).orElse(null);
            if (indicator == null) {
                in.add(in.where(r, kode) + ": kode \"" + InputSheet.cut(code) + "\" tidak ada di katalog. Perbaiki"
                        + " kodenya atau hapus barisnya.");
                continue;
            }
            Integer first = seen.putIfAbsent(code, r);
            if (first != null) {
                in.add(in.where(r, kode) + ": kode \"" + code + "\" sudah ada di baris " + (first + 1)
                        + "; satu baris per indikator.");
                continue;
            }
            each.accept(indicator, r);
        }
    }

    private static boolean hasFigures(InputSheet in, int r) {
        for (int c = RenstraWorkbook.FIXED.length; c <= in.sheet().lastColumn(in.header()); c++) {
            if (!in.text(r, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static int column(InputSheet in, String label) {
        for (int c = 0; c <= in.sheet().lastColumn(in.header()); c++) {
            if (in.heading(c).equalsIgnoreCase(label)) {
                return c;
            }
        }
        return 1;
    }

    static InputSheet header(String name, SheetView sheet, List<String> findings) {
        int header = InputSheet.findHeader(sheet, RenstraWorkbook.KODE);
        if (header < 0) {
            findings.add(name + ", lembar " + sheet.name() + ": baris judul kolom dengan \""
                    + RenstraWorkbook.KODE
                    + "\" tidak ditemukan di " + InputSheet.HEADER_SEARCH + " baris pertama.");
            return null;
        }
        return new InputSheet(name, sheet, header, findings);
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
