package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sheets of a workbook make which report. A sheet's own header block decides its unit, whatever the other
 * sheets say: the Sekretariat sends one workbook with a sheet per sub bagian, each its own report. A sheet without a
 * unit of its own belongs to the nearest sheet before it that names one (or, before the first, to the first after
 * it). Among the sheets of one unit, a workbook kept all year with a sheet per quarter is sent again each quarter:
 * the sheet of the quarter its folder or name gives is what is being reported now (its newest sheet when the path
 * names no quarter, or none of its sheets is of that quarter), and the sheets of other quarters are set aside with a
 * note (they were due in their own quarter) instead of having their rows refused as duplicates.
 */
final class ReportSheets {

    /** A sheet with a recognised table and what its own header block says. */
    record Table(SheetView sheet, TableLayout layout, Clues own) {
    }

    /** The sheets of one unit's report, with the notes about sheets of that unit set aside. */
    record Report(List<Table> tables, List<Problem> notes) {
    }

    private ReportSheets() {
    }

    /** One report per unit named in the sheets, in the order of their first sheet. */
    static List<Report> of(List<Table> tables, String file) {
        return of(tables, file, null, null);
    }

    /**
     * As {@link #of(List, String)}, the sheets of the period the path names ({@code tahun}, {@code triwulan}, either
     * may be null) being the report where a unit has sheets of several quarters.
     */
    static List<Report> of(List<Table> tables, String file, Integer tahun, Integer triwulan) {
        List<String> units = new ArrayList<>();
        for (Table t : tables) {
            units.add(unitKey(t.own()));
        }
        Map<String, List<Table>> byUnit = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            byUnit.computeIfAbsent(inherited(units, i), k -> new ArrayList<>()).add(tables.get(i));
        }
        List<Report> reports = new ArrayList<>();
        for (List<Table> sheets : byUnit.values()) {
            List<Problem> notes = new ArrayList<>();
            reports.add(new Report(periodSent(sheets, file, tahun, triwulan, notes), notes));
        }
        return reports;
    }

    private static String unitKey(Clues own) {
        if (own.unit() != null) {
            return own.unit().code();
        }
        return own.unitText() == null ? null : "?" + TextKeys.key(own.unitText());
    }

    private static String inherited(List<String> units, int i) {
        for (int j = i; j >= 0; j--) {
            if (units.get(j) != null) {
                return units.get(j);
            }
        }
        for (int j = i + 1; j < units.size(); j++) {
            if (units.get(j) != null) {
                return units.get(j);
            }
        }
        return "";
    }

    /**
     * The sheets of the period sent, plus those naming none: of the path's period when a sheet is of it, else the
     * newest period the sheets' own header blocks name.
     */
    private static List<Table> periodSent(List<Table> sheets, String file, Integer pathTahun, Integer pathTriwulan,
            List<Problem> notes) {
        Integer year = null;
        for (Table t : sheets) {
            year = year != null ? year : t.own().tahun();
        }
        Map<Table, int[]> periods = new LinkedHashMap<>();
        for (Table t : sheets) {
            if (t.own().triwulan() != null) {
                int tahun = t.own().tahun() != null ? t.own().tahun() : year != null ? year : 0;
                periods.put(t, new int[] {tahun, t.own().triwulan()});
            }
        }
        int[] latest = periods.values().stream().reduce((a, b) -> compare(a, b) >= 0 ? a : b).orElse(null);
        if (latest == null || periods.values().stream().allMatch(p -> compare(p, latest) == 0)) {
            return sheets;
        }
        int[] ofPath = pathTriwulan == null ? null : periods.values().stream().filter(p -> p[1] == pathTriwulan
                && (pathTahun == null || p[0] == pathTahun)).findFirst().orElse(null);
        int[] newest = ofPath != null ? ofPath : latest;
        String why = ofPath != null ? "lembar untuk periode folder atau nama berkasnya" : "lembar terbarunya";
        boolean years = periods.values().stream().anyMatch(p -> p[0] != newest[0]);
        List<Table> kept = new ArrayList<>();
        for (Table t : sheets) {
            int[] p = periods.get(t);
            if (p == null || compare(p, newest) == 0) {
                kept.add(t);
            } else {
                notes.add(Problem.warning(file, t.sheet().name(), null, null, "Lembar ini untuk " + label(p, years)
                        + ", sedangkan berkas ini dibaca sebagai laporan " + label(newest, years)
                        + " (" + why + "); lembar ini tidak dibaca. Kirim laporan " + label(p, years)
                        + " sebagai berkas tersendiri bila belum pernah dikirim"));
            }
        }
        return kept;
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }

    private static String label(int[] period, boolean withYear) {
        return "Triwulan " + id.go.banggaikab.rekap.shared.Periode.roman(period[1])
                + (withYear && period[0] > 0 ? " " + period[0] : "");
    }
}
