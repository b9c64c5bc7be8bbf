package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueException;
import id.go.banggaikab.rekap.catalogue.Indicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The rows of a sheet with one line per catalogue indicator (the Renstra's two sheets): found by its header row with
 * "Kode", every row with a known code handed on once, and what is wrong with the others (no code, an unknown or a
 * repeated one, a sheet renamed) a finding; rows marked CONTOH counted and left out unless examples are wanted.
 */
final class IndicatorRows {

    private IndicatorRows() {
    }

    /** Calls {@code each} for every row with a catalogue code; empty, example and wrong rows are handled here. */
    static void each(Catalogue catalogue, InputSheet in, boolean examples, int[] skipped,
            java.util.function.BiConsumer<Indicator, Row> each) {
        Sheet sheet = in.sheet();
        Row head = sheet.getRow(in.header());
        int kode = column(head, RenstraWorkbook.KODE);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int r = in.header() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String code = InputSheet.text(row, kode);
            if (code.isEmpty()) {
                if (hasFigures(row, head)) {
                    in.add(in.whereRow(r) + ": kode indikator kosong di kolom " + RenstraWorkbook.KODE
                            + "; isi kodenya (lihat"
                            + " katalog) atau hapus barisnya.");
                }
                continue;
            }
            if (InputSheet.isExample(row) && !examples) {
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
            each.accept(indicator, row);
        }
    }

    private static boolean hasFigures(Row row, Row head) {
        for (int c = RenstraWorkbook.FIXED.length; c < head.getLastCellNum(); c++) {
            if (!InputSheet.text(row, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static int column(Row head, String label) {
        for (int c = 0; c < head.getLastCellNum(); c++) {
            if (InputSheet.text(head, c).equalsIgnoreCase(label)) {
                return c;
            }
        }
        return 1;
    }

    static InputSheet header(String name, Sheet sheet, List<String> findings) {
        int header = InputSheet.findHeader(sheet, RenstraWorkbook.KODE);
        if (header < 0) {
            findings.add(name + ", lembar " + sheet.getSheetName() + ": baris judul kolom dengan \""
                    + RenstraWorkbook.KODE
                    + "\" tidak ditemukan di 30 baris pertama.");
            return null;
        }
        return new InputSheet(name, sheet, header, findings);
    }

    static Sheet sheet(Workbook wb, String wanted, String name, List<String> findings) {
        Sheet s = wb.getSheet(wanted);
        if (s == null) {
            findings.add(name + ": lembar \"" + wanted + "\" tidak ditemukan (lembar yang ada: "
                    + String.join(", ", names(wb)) + "). Kembalikan nama lembarnya menjadi \"" + wanted + "\".");
        }
        return s;
    }

    static List<String> names(Workbook wb) {
        List<String> out = new ArrayList<>();
        wb.forEach(s -> out.add(s.getSheetName()));
        return out;
    }

    static CatalogueException unreadable(String name, Exception e) {
        return new CatalogueException(List.of(name + ": tidak dapat dibaca sebagai buku kerja Excel ("
                + e.getMessage() + "). Tutup berkasnya di Excel lalu jalankan lagi."));
    }
}
