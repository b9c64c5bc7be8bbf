package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.RecapSettings;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Red, yellow and green on a capaian column, as the e-SAKIP systems users know colour them. Conditional formatting
 * (not fixed fills) so that a corrected figure recolours itself; the rules test ISNUMBER first because an empty cell
 * ("Belum ada data") would otherwise count as 0 and turn red. A capaian beside a category that says "Belum lapor" (a
 * year to date of earlier quarters, the quarter itself not sent) stays uncoloured too: it is no low result.
 */
final class TrafficLight {

    private TrafficLight() {
    }

    static void apply(TableSheet t, int column, RecapSettings settings) {
        apply(t, column, settings, -1);
    }

    /** As {@link #apply(TableSheet, int, RecapSettings)}, leaving rows whose {@code categoryColumn} says "Belum lapor". */
    static void apply(TableSheet t, int column, RecapSettings settings, int categoryColumn) {
        int first = TableSheet.HEADER_ROW + 1;
        if (t.lastRow() < first) {
            return;
        }
        String cell = new CellReference(first, column, false, true).formatAsString();
        String guard = "ISNUMBER(" + cell + ")";
        if (categoryColumn >= 0) {
            guard += ",LEFT(" + new CellReference(first, categoryColumn, false, true).formatAsString()
                    + ",11)<>\"Belum lapor\"";
        }
        String red = plain(settings.redBelow());
        String green = plain(settings.greenAbove());
        SheetConditionalFormatting cf = t.sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule[] rules = {
            rule(cf, "AND(" + guard + "," + cell + "<" + red + ")", IndexedColors.ROSE),
            rule(cf, "AND(" + guard + "," + cell + ">=" + red + "," + cell + "<=" + green + ")",
                    IndexedColors.LIGHT_YELLOW),
            rule(cf, "AND(" + guard + "," + cell + ">" + green + ")", IndexedColors.LIGHT_GREEN)};
        cf.addConditionalFormatting(new CellRangeAddress[] {
            new CellRangeAddress(first, t.lastRow(), column, column)}, rules);
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String formula, IndexedColors fill) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
        PatternFormatting pattern = rule.createPatternFormatting();
        pattern.setFillBackgroundColor(fill.getIndex());
        pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }

    /** Formulas need a period as decimal separator whatever the locale. */
    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
