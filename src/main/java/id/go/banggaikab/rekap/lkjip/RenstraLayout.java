package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The pre-filled {@code renstra.xlsx}: every indicator of the LKjIP (sasaran strategis and program) on both sheets,
 * the Renstra period around the year asked for, example figures marked CONTOH.
 */
final class RenstraLayout {

    private final Catalogue catalogue;
    private final Examples examples;

    RenstraLayout(Catalogue catalogue, Examples examples) {
        this.catalogue = catalogue;
        this.examples = examples;
    }

    XSSFWorkbook build(int tahun, String note) {
        int akhir = Examples.renstraEnd(tahun);
        int awal = akhir - 5;
        XSSFWorkbook wb = new XSSFWorkbook();
        InputLayout look = new InputLayout(wb);
        List<String> headers = new ArrayList<>(List.of(RenstraWorkbook.FIXED));
        headers.add("Kondisi Awal " + awal);
        for (int y = awal + 1; y <= akhir; y++) {
            headers.add("Target " + y + (y == akhir ? " (Akhir Renstra)" : ""));
        }
        Sheet paths = look.sheet(RenstraWorkbook.PATHS, "TARGET RENSTRA " + awal + "–" + akhir + " — "
                + catalogue.dinasName(), note, "Isi kolom kuning: kondisi awal dan target setiap tahun Renstra; kolom"
                + " terakhir adalah Target Akhir Renstra. Bila tahun Renstra lain, ganti tahun di judul kolom."
                + " Indikator predikat diisi huruf: AA, A, BB, B, CC, C, D.", headers.toArray(String[]::new),
                widths(headers.size()));
        int r = InputSheet.HEADER_ROW + 1;
        for (Indicator i : lkjipIndicators()) {
            Row row = identity(look, paths.createRow(r++), i);
            for (int y = awal; y <= akhir; y++) {
                look.figure(row, RenstraWorkbook.FIXED.length + y - awal, examples.renstra(i, y, awal, akhir));
            }
        }
        InputLayout.fitRows(paths, InputSheet.HEADER_ROW + 1, r - 1);
        List<String> earlierHeaders = new ArrayList<>(List.of(RenstraWorkbook.FIXED));
        for (int y = awal + 1; y < tahun; y++) {
            earlierHeaders.add("Target " + y);
            earlierHeaders.add("Realisasi " + y);
        }
        Sheet earlier = look.sheet(RenstraWorkbook.EARLIER, "REALISASI TAHUN-TAHUN SEBELUMNYA — "
                + catalogue.dinasName(), note, "Isi target (Perjanjian Kinerja) dan realisasi akhir tahun untuk tahun"
                + " yang belum ada di riwayat Rekap Kinerja. Riwayat yang lengkap sampai TW IV dipakai lebih dulu;"
                + " tambah kolom \"Target <tahun>\" dan \"Realisasi <tahun>\" bila perlu.",
                earlierHeaders.toArray(String[]::new), widths(earlierHeaders.size()));
        r = InputSheet.HEADER_ROW + 1;
        for (Indicator i : lkjipIndicators()) {
            Row row = identity(look, earlier.createRow(r++), i);
            int c = RenstraWorkbook.FIXED.length;
            for (int y = awal + 1; y < tahun; y++) {
                Figure[] f = examples.earlier(i, y, awal, akhir);
                look.figure(row, c++, f[0]);
                look.figure(row, c++, f[1]);
            }
        }
        InputLayout.fitRows(earlier, InputSheet.HEADER_ROW + 1, r - 1);
        return wb;
    }

    private List<Indicator> lkjipIndicators() {
        return catalogue.indicators().stream().filter(Examples::inLkjip).toList();
    }

    private static Row identity(InputLayout look, Row row, Indicator i) {
        look.mark(row, true);
        InputLayout.cell(row, 1, i.code(), look.text);
        InputLayout.cell(row, 2, i.name(), look.text);
        InputLayout.cell(row, 3, i.satuan(), look.text);
        return row;
    }

    private static int[] widths(int columns) {
        int[] out = new int[columns];
        int[] fixed = {10, 15, 52, 10};
        for (int c = 0; c < columns; c++) {
            out[c] = c < fixed.length ? fixed[c] : 13;
        }
        return out;
    }
}
