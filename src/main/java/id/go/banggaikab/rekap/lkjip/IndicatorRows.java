package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The rows of a sheet with one line per catalogue indicator (the Renstra's two sheets): found by its header row with
 * "Kode", every row with a known code handed on once, and what is wrong with the others (no code, an unknown or a
 * repeated one) a finding; rows marked CONTOH counted and left out unless examples are wanted.
 */
final class IndicatorRows {

    private IndicatorRows() {
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

    static InputSheet header(String name, SheetView sheet, List<String> findings, List<String> notes) {
        int header = InputSheet.findHeader(sheet, RenstraWorkbook.KODE);
        if (header < 0) {
            findings.add(name + ", lembar " + sheet.name() + ": baris judul kolom dengan \""
                    + RenstraWorkbook.KODE
                    + "\" tidak ditemukan di " + InputSheet.HEADER_SEARCH + " baris pertama.");
            return null;
        }
        return new InputSheet(name, sheet, header, findings, notes);
    }
}
