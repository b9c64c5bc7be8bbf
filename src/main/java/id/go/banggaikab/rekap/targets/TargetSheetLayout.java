package id.go.banggaikab.rekap.targets;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.output.CellStyles;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The look of the target workbook: a title, a note, one row per indicator in catalogue order, input cells tinted. */
final class TargetSheetLayout {

    private final Catalogue catalogue;

    TargetSheetLayout(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    Workbook build(int tahun, Map<String, Object[]> values, String note) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet(TargetWorkbook.SHEET);
        CellStyles cells = new CellStyles(wb, "Calibri");
        CellStyle title = cells.plain(cells.font(13, true, false, null));
        CellStyle header = CellStyles.filled(cells.bordered(cells.font(13, true, false, null)),
                IndexedColors.GREY_25_PERCENT);
        header.setWrapText(true);
        CellStyle text = cells.bordered(cells.font(11, false, false, null));
        text.setWrapText(true);
        XSSFCellStyle input = CellStyles.filled(cells.bordered(cells.font(11, false, false, null)),
                IndexedColors.LIGHT_YELLOW);
        cells.format(input, CellStyles.FRACTION);

        sheet.createRow(0).createCell(0).setCellValue("TARGET KINERJA TAHUN " + tahun + " — " + catalogue.dinasName());
        sheet.getRow(0).getCell(0).setCellStyle(title);
        sheet.createRow(1).createCell(0).setCellValue(note);
        sheet.createRow(2).createCell(0).setCellValue("Isi kolom kuning. Target triwulan adalah target kumulatif"
                + " s.d. triwulan itu (Rencana Aksi). Indikator predikat diisi huruf: AA, A, BB, B, CC, C, D.");
        Row head = sheet.createRow(3);
        for (int c = 0; c < TargetWorkbook.HEADERS.length; c++) {
            head.createCell(c).setCellValue(TargetWorkbook.HEADERS[c]);
            head.getCell(c).setCellStyle(header);
        }
        int r = 4;
        for (Indicator i : catalogue.indicators()) {
            Row row = sheet.createRow(r++);
            String[] labels = {i.code(), catalogue.unitOf(i).name(), catalogue.positionOf(i).name(), i.name(),
                i.satuan()};
            for (int c = 0; c < labels.length; c++) {
                row.createCell(c).setCellValue(labels[c]);
                row.getCell(c).setCellStyle(text);
            }
            Object[] v = values.get(i.code());
            for (int c = 0; c < 5; c++) {
                var cell = row.createCell(5 + c);
                cell.setCellStyle(input);
                Object value = v == null || c >= v.length ? null : v[c];
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
            }
        }
        int[] widths = {16, 30, 34, 60, 11, 11, 12, 12, 12, 12};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(4, 4);
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(3, r - 1, 0, 9));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(3, 3, -1, -1));
        return wb;
    }
}
