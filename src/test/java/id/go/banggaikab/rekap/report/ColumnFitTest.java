package id.go.banggaikab.rekap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ColumnFitTest {

    @Test
    void everyKindOfCellIsMeasuredByTheTextTheFormatterShows() throws Exception {
        for (Workbook workbook : List.of(new SXSSFWorkbook(), new XSSFWorkbook())) {
            try (workbook) {
                Sheet sheet = workbook.createSheet("Uji");
                Row row = sheet.createRow(0);
                CellStyle decimal = workbook.createCellStyle();
                decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                int c = 0;
                for (String text : List.of("", "Koperasi Sejahtera", "  spasi  di tepi ", "baris\nkedua",
                        "_x0041_ lolos", "a_xb", "Σ jumlah ∑", "Ünïcödé")) {
                    row.createCell(c++).setCellValue(text);
                }
                row.createCell(c++).setCellValue(new XSSFRichTextString("teks kaya _x000D_"));
                row.createCell(c++).setCellValue(1234.5678);
                Cell styled = row.createCell(c++);
                styled.setCellValue(1234.5678);
                styled.setCellStyle(decimal);
                Cell day = row.createCell(c++);
                day.setCellValue(LocalDate.of(2026, 3, 31));
                day.setCellStyle(date);
                row.createCell(c++).setCellValue(true);
                row.createCell(c++).setCellFormula("1+2");
                row.createCell(c++);

                DataFormatter formatter = new DataFormatter();
                for (int i = 0; i < c; i++) {
                    Cell cell = row.getCell(i);
                    assertThat(ColumnFit.shown(formatter, cell)).as("%s, column %d", workbook.getClass()
                            .getSimpleName(), i).isEqualTo(formatter.formatCellValue(cell));
                }
                assertThat(ColumnFit.shown(formatter, null)).isEmpty();
            }
        }
    }
}
