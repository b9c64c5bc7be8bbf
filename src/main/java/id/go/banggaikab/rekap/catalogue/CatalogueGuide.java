package id.go.banggaikab.rekap.catalogue;

import id.go.banggaikab.rekap.catalogue.CatalogueLayout.Col;
import id.go.banggaikab.rekap.catalogue.CatalogueLayout.Sheet;
import id.go.banggaikab.rekap.output.CellStyles;
import id.go.banggaikab.rekap.output.TextLines;
import java.util.List;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The Petunjuk sheet of the catalogue workbook: how the staff keep it, then every sheet's columns explained. */
final class CatalogueGuide {

    private static final List<String> RULES = List.of(
            "Buku kerja ini adalah katalog indikator kinerja yang dipakai Rekap Kinerja. Simpan di folder config"
                    + " dengan nama katalog.xlsx. Bila config/katalog.yml juga ada, katalog.xlsx yang dipakai dan"
                    + " katalog.yml diabaikan (proses menyebutnya).",
            "Setiap kali rekap dijalankan, buku kerja ini diperiksa. Kesalahan disebut dengan lembar, sel, isinya dan"
                    + " cara memperbaikinya, lalu proses berhenti (kode keluar 2) sampai diperbaiki.",
            "Kode unit, jabatan dan indikator adalah kode tetap: jangan diganti setelah dipakai di formulir. Teks"
                    + " indikator boleh diubah; teks lama tulis di Alias supaya formulir lama tetap cocok.",
            "Mutasi: ganti Nama dan NIP di lembar Jabatan; jabatan dan indikatornya tetap.",
            "Indikator atau jabatan yang tidak dipakai lagi jangan dihapus: isi Berlaku Sampai dengan tahun"
                    + " terakhirnya, supaya tetap tampil di rekap tahun-tahun itu. Yang baru diberi Berlaku Mulai.",
            "Sel berwarna jingga dan kolom Perlu Diperiksa (pada usulan dari dokumen IKI) adalah tebakan yang harus"
                    + " diperiksa. Setelah diperiksa, kosongkan kolom Perlu Diperiksa; selama masih berisi, rekap"
                    + " mengingatkannya di lembar Catatan Katalog.",
            "Angka boleh ditulis 1,5 atau 1.5; judul kolom boleh dipindah atau diberi baris judul di atasnya; kolom"
                    + " lain yang ditambahkan diabaikan.");

    private final XSSFWorkbook workbook;

    CatalogueGuide(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    void write(String heading) {
        XSSFSheet sheet = workbook.createSheet("Petunjuk");
        CellStyles cells = new CellStyles(workbook, "Calibri");
        XSSFCellStyle title = cells.plain(cells.font(14, true, false, null));
        XSSFCellStyle bold = cells.plain(cells.font(11, true, false, null));
        XSSFCellStyle text = cells.plain(cells.font(10, false, false, null));
        text.setWrapText(true);
        XSSFCellStyle header = CellStyles.filled(cells.bordered(cells.font(10, true, false, null)),
                IndexedColors.GREY_25_PERCENT);
        XSSFCellStyle cell = cells.bordered(cells.font(10, false, false, null));
        cell.setWrapText(true);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        int r = 0;
        CatalogueSheetWriter.cell(sheet.createRow(r++), 0, heading + " — Petunjuk", title);
        for (String rule : RULES) {
            Row row = sheet.createRow(r);
            CatalogueSheetWriter.cell(row, 0, "• " + rule, text);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, 1));
            row.setHeightInPoints(13 * TextLines.count(rule, 125) + 3);
            r++;
        }
        for (Sheet kind : Sheet.values()) {
            r++;
            CatalogueSheetWriter.cell(sheet.createRow(r++), 0, "Lembar " + kind.title(), bold);
            Row purpose = sheet.createRow(r++);
            CatalogueSheetWriter.cell(purpose, 1, kind.purpose(), text);
            Row head = sheet.createRow(r++);
            CatalogueSheetWriter.cell(head, 0, "Kolom", header);
            CatalogueSheetWriter.cell(head, 1, "Isi", header);
            for (Col col : kind.columns()) {
                Row row = sheet.createRow(r++);
                CatalogueSheetWriter.cell(row, 0, col.header(), cell);
                CatalogueSheetWriter.cell(row, 1, col.help(), cell);
                row.setHeightInPoints(13 * TextLines.count(col.help(), 99) + 3);
            }
        }
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
