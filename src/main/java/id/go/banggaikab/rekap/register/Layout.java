package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.catalogue.RegisterColumn;
import id.go.banggaikab.rekap.catalogue.RegisterKind;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.HeaderRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a register's table is on a sheet and which column holds what, found in the sheet's first rows like a form's
 * header: on any row, columns in any order, headers compared without case, spacing or punctuation. A header may span
 * two rows when a number column is kept per year ("Volume Usaha" over "2025 | 2026"): an empty upper cell takes the
 * label on its left. Also reads the year the register is for when a line above the table says it ("Keadaan 31
 * Desember 2025", "Tahun: 2025").
 */
record Layout(RegisterKind kind, int headerRow, int firstDataRow, Map<RegisterColumn, Integer> columns,
        Map<String, Integer> yearly, Map<String, Integer> others, Integer year) {

    /** A sheet's layout, or why a sheet that looks like a register cannot be read as one. */
    record Found(Layout layout, String refusal) {
    }

    private static final Pattern YEAR_ONLY = Pattern.compile("(?:tahun |th )?((?:19|20)\\d{2})");
    private static final Pattern YEAR_STATED = Pattern.compile(
            "\\b(?:tahun|keadaan|per|posisi|periode|ta)\\b(?:[^0-9]|\\d{1,2}\\b)*?((?:19|20)\\d{2})\\b");

    Layout {
        columns = Map.copyOf(columns);
        yearly = Map.copyOf(yearly);
        others = Map.copyOf(others);
    }

    /** The column of a known header, or -1. */
    int col(RegisterColumn c) {
        return columns.getOrDefault(c, -1);
    }

    /** The column of a number kept per year ("Volume Usaha 2025"), or -1. */
    int yearly(RegisterColumn c, int tahun) {
        return yearly.getOrDefault(yearKey(c, tahun), -1);
    }

    /** The column of a header the kind does not list (an office's own), by its key; -1 when absent. */
    int other(String key) {
        return others.getOrDefault(key, -1);
    }

    /** The column a rule names, by its header as katalog.yml writes it; -1 when the sheet has none. */
    int named(String header) {
        Optional<RegisterColumn> known = kind.column(header);
        return known.isPresent() ? col(known.get()) : other(RegisterKind.key(header));
    }

    /** The figure of column {@code c} for {@code tahun} in a register of {@code year}: its year column, else its own. */
    int figureOf(RegisterColumn c, int tahun, Integer registerYear, Periode recap) {
        int own = yearly(c, tahun);
        if (own >= 0) {
            return own;
        }
        int registerFor = registerYear == null ? recap.tahun() : registerYear;
        return registerFor == tahun ? col(c) : -1;
    }

    int[] used() {
        List<Integer> all = new ArrayList<>(columns.values());
        all.addAll(yearly.values());
        all.addAll(others.values());
        return all.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    }

    static String yearKey(RegisterColumn c, int tahun) {
        return c.header() + "|" + tahun;
    }

    /** The first row of the first rows that makes a register of some kind, or why the likeliest row does not. */
    static Found find(HeaderRows top) {
        String refusal = null;
        for (int r = 0; r <= top.lastRow(); r++) {
            for (RegisterKind kind : RegisterKind.values()) {
                Found f = at(top, r, kind);
                if (f.layout() != null) {
                    return f;
                }
                refusal = refusal == null ? f.refusal() : refusal;
            }
        }
        return new Found(null, refusal);
    }

    private static Found at(HeaderRows top, int r, RegisterKind kind) {
        int width = Math.max(top.lastColumn(r), top.lastColumn(r + 1));
        Map<RegisterColumn, Integer> columns = new LinkedHashMap<>();
        Map<String, Integer> others = new LinkedHashMap<>();
        Map<String, Integer> yearly = new LinkedHashMap<>();
        for (int c = 0; c <= width; c++) {
            String upper = top.key(r, c);
            Optional<RegisterKind.Match> m = upper.isEmpty() ? Optional.empty() : kind.match(upper);
            if (m.isPresent() && m.get().year() != null) {
                yearly.putIfAbsent(yearKey(m.get().column(), m.get().year()), c);
            } else if (m.isPresent()) {
                columns.putIfAbsent(m.get().column(), c);
            } else if (!upper.isEmpty()) {
                others.putIfAbsent(RegisterKind.key(top.label(r, c)), c);
            }
        }
        Integer name = columns.get(kind.nameColumn());
        // A second header row of years sits under an empty name cell; a first data row never does.
        boolean twoRows = name != null && top.key(r + 1, name).isEmpty() && yearsBelow(top, r, width, kind, columns,
                yearly);
        if (!columns.containsKey(kind.nameColumn())) {
            return new Found(null, null);
        }
        List<String> missing = new ArrayList<>();
        for (RegisterColumn c : kind.required()) {
            if (!columns.containsKey(c)) {
                missing.add(c.header());
            }
        }
        if (kind.identifiers().stream().noneMatch(columns::containsKey)) {
            missing.add(String.join(" atau ", kind.identifiers().stream().map(RegisterColumn::header).toList()));
        }
        if (!missing.isEmpty()) {
            return new Found(null, "Lembar " + top.sheet() + " baris " + (r + 1) + " tampak seperti "
                    + kind.label() + ", tetapi kolom " + String.join(", ", missing) + " tidak ada");
        }
        return new Found(new Layout(kind, r, r + (twoRows ? 2 : 1), columns, yearly, others, yearAbove(top, r)),
                null);
    }

    /**
     * Years in the row under the header, each under a number column or under the empty cells to its right
     * ("Volume Usaha" merged over "2025 | 2026"): those columns are the number of that year.
     */
    private static boolean yearsBelow(HeaderRows top, int r, int width, RegisterKind kind,
            Map<RegisterColumn, Integer> columns, Map<String, Integer> yearly) {
        boolean any = false;
        String left = "";
        for (int c = 0; c <= width; c++) {
            String upper = top.key(r, c);
            left = upper.isEmpty() ? left : upper;
            Matcher year = YEAR_ONLY.matcher(top.key(r + 1, c));
            if (left.isEmpty() || !year.matches()) {
                continue;
            }
            Optional<RegisterKind.Match> m = kind.match(left + " " + year.group(1));
            if (m.isPresent() && m.get().year() != null) {
                if (columns.get(m.get().column()) != null && columns.get(m.get().column()) == c) {
                    columns.remove(m.get().column());
                }
                yearly.putIfAbsent(yearKey(m.get().column(), m.get().year()), c);
                any = true;
            }
        }
        return any;
    }

    /** A year a line above the table states ("DATA KERAGAAN KOPERASI TAHUN 2025"); null when none or several. */
    private static Integer yearAbove(HeaderRows top, int headerRow) {
        Integer found = null;
        for (int r = 0; r < headerRow; r++) {
            for (int c = 0; c <= top.lastColumn(r); c++) {
                String k = top.key(r, c);
                Matcher m = YEAR_STATED.matcher(k);
                if (!m.find()) {
                    String next = top.key(r, c + 1);
                    if (k.matches("tahun|keadaan|posisi|per") && (m = YEAR_ONLY.matcher(next)).matches()) {
                        found = same(found, Integer.valueOf(m.group(1)));
                    }
                    continue;
                }
                found = same(found, Integer.valueOf(m.group(1)));
            }
        }
        return found == null || found < 0 ? null : found;
    }

    private static Integer same(Integer before, Integer now) {
        return before == null || before.equals(now) ? now : Integer.valueOf(-1);
    }
}
