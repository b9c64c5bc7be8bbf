package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The LAKIP table as a sheet that can be pasted into the report: No and Sasaran merged down each sasaran's
 * indicators, figures as numeric cells so the planner can still compute with them.
 */
final class LakipSheet {

    static final String NAME = "Tabel LAKIP";

    private LakipSheet() {
    }

    static void write(Recap recap, LakipTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            TableSheet t = new TableSheet(workbook, styles, recap, NAME, "Tabel 3.1 " + table.title(),
                    6, 40, 44, 10, 11, 11, 11, 16, 12, 12);
            List<String> columns = table.columns();
            t.header(columns.toArray(String[]::new));
            for (LakipTable.Group g : table.groups()) {
                int first = t.lastRow() + 1;
                for (IndicatorResult r : g.indicators()) {
                    Row row = t.row();
                    boolean top = row.getRowNum() == first;
                    t.text(row, 0, top ? g.number() : null, styles.bold);
                    t.text(row, 1, top ? g.sasaran() : null, styles.bold);
                    t.text(row, 2, r.indicator().name());
                    t.text(row, 3, r.indicator().satuan());
                    t.figure(row, 4, r.target());
                    t.figure(row, 5, r.ytd());
                    t.percent(row, 6, r.capaian());
                    t.text(row, 7, Wording.category(r.kategori(), r.ytd(), r.target()));
                    if (table.withLastYear()) {
                        t.figure(row, 8, r.lastYear());
                        Double d = LakipTable.difference(r);
                        if (d != null) {
                            t.number(row, 9, d);
                        } else {
                            t.text(row, 9, LakipTable.change(r), styles.text);
                        }
                    }
                }
                if (t.lastRow() > first) {
                    t.sheet.addMergedRegion(new CellRangeAddress(first, t.lastRow(), 0, 0));
                    t.sheet.addMergedRegion(new CellRangeAddress(first, t.lastRow(), 1, 1));
                }
            }
            t.finish(columns.size(), false);
            TrafficLight.apply(t, 6, recap.settings());
            workbook.write(out);
        }
    }
}
