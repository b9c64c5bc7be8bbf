package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.iki.Block.GridCell;
import id.go.banggaikab.rekap.shared.TextKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The table SASARAN | INDIKATOR KINERJA | PENJELASAN/FORMULASI PENGHITUNGAN | SUMBER DATA of one position, read as
 * offices write it: a NO column or a Satuan/Target column anywhere, the header repeated on each page, a row of column
 * numbers under it, blank rows, a sasaran merged down over its indicators or written once and left empty below,
 * numbered sasaran ("1. Meningkatnya …"), bulleted indicators ("- Nilai …"), a sasaran heading across the whole
 * table, and a cell holding several indicators with their formulas beside them, one paragraph each.
 */
final class IndicatorTable {

    enum Role {
        NO, SASARAN, INDIKATOR, FORMULA, SUMBER, SATUAN, TARGET
    }

    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:\\d{1,2}|[a-zA-Z])\\s*[.)]\\s+");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—•·*▪]+|\\d{1,2}\\s*[.)]|[a-z]\\s*[.)])\\s*");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");
    private static final Pattern INDICATOR_START = Pattern.compile("^(?:[-–•·*]\\s*)?(?:persentase|prosentase|jumlah|"
            + "σ|∑|nilai|rasio|indeks|tingkat|rata|angka|\\\\sum)\\b.*", Pattern.CASE_INSENSITIVE);

    private IndicatorTable() {
    }

    /** The role a header cell's text names, or null. */
    static Role role(String text) {
        String k = TextKey.key(text);
        if (k.isEmpty()) {
            return null;
        }
        if (k.equals("no") || k.equals("nomor") || k.equals("no urut")) {
            return Role.NO;
        }
        if (k.startsWith("sasaran") || k.equals("tujuan")) {
            return Role.SASARAN;
        }
        if (k.startsWith("indikator") || k.equals("iki")) {
            return Role.INDIKATOR;
        }
        if (k.contains("formula") || k.contains("penjelasan") || k.contains("rumus") || k.contains("perhitungan")
                || k.contains("penghitungan") || k.contains("pengukuran") || k.startsWith("definisi")
                || k.startsWith("cara") || k.startsWith("metode")) {
            return Role.FORMULA;
        }
        if (k.startsWith("sumber")) {
            return Role.SUMBER;
        }
        if (k.startsWith("satuan")) {
            return Role.SATUAN;
        }
        if (k.startsWith("target")) {
            return Role.TARGET;
        }
        return null;
    }

    /** The level a SASARAN header names ("SASARAN KINERJA PROGRAM"), or null. */
    static Level level(String text) {
        String k = TextKey.key(text);
        if (k.contains("strategis")) {
            return Level.STRATEGIS;
        }
        if (k.contains("program")) {
            return Level.PROGRAM;
        }
        if (k.contains("kegiatan")) {
            return Level.KEGIATAN;
        }
        return null;
    }

    /** The first row naming INDIKATOR and one of SASARAN, FORMULA or SUMBER; -1 when none does. */
    static int headerRow(List<List<GridCell>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (isHeader(rows.get(r))) {
                return r;
            }
        }
        return -1;
    }

    private static boolean isHeader(List<GridCell> row) {
        Map<Role, GridCell> roles = roles(row);
        return roles.containsKey(Role.INDIKATOR) && (roles.containsKey(Role.SASARAN) || roles.containsKey(Role.FORMULA)
                || roles.containsKey(Role.SUMBER));
    }

    private static Map<Role, GridCell> roles(List<GridCell> row) {
        Map<Role, GridCell> out = new EnumMap<>(Role.class);
        for (GridCell c : row) {
            Role role = role(c.text());
            if (role != null) {
                out.putIfAbsent(role, c);
            }
        }
        return out;
    }

    /** The header of a table: where each role is and the level its SASARAN heading names. */
    record Header(Map<Role, Integer> columns, Level level) {
    }

    static Header header(List<GridCell> row) {
        Map<Role, Integer> columns = new EnumMap<>(Role.class);
        Level level = null;
        for (Map.Entry<Role, GridCell> e : roles(row).entrySet()) {
            columns.put(e.getKey(), e.getValue().column());
            if (e.getKey() == Role.SASARAN) {
                level = level(e.getValue().text());
            }
        }
        return new Header(columns, level);
    }

    /**
     * The indicators of a table's rows below its header, or of a table continuing the one before it without a
     * header of its own ({@code carried} is then that table's header, {@code sasaranAbove} its last sasaran).
     */
    static List<DocRow> rows(Block.Table table, Header carried, String sasaranAbove, String where) {
        List<List<GridCell>> rows = table.rows();
        int headerAt = headerRow(rows);
        Header header = headerAt >= 0 ? header(rows.get(headerAt)) : carried;
        List<DocRow> out = new ArrayList<>();
        String sasaran = sasaranAbove; // a sasaran merged down the table before, or null
        Map<Integer, String> above = new java.util.HashMap<>();
        for (int r = Math.max(headerAt + 1, 0); r < rows.size(); r++) {
            List<GridCell> row = rows.get(r);
            if (isHeader(row)) {
                Header again = header(row);
                header = new Header(header.columns(), again.level() != null ? again.level() : header.level());
                continue;
            }
            if (blank(row) || numbersOnly(row)) {
                continue;
            }
            if (spansAll(row, header)) {
                String text = row.stream().map(GridCell::text).filter(t -> !t.isEmpty()).findFirst().orElse("");
                Level heading = TextKey.key(text).startsWith("sasaran") ? level(text) : null;
                if (heading != null) {
                    header = new Header(header.columns(), heading);
                } else {
                    sasaran = strip(NUMBERING, text);
                }
                continue;
            }
            GridCell sasaranCell = cell(row, header, Role.SASARAN);
            String own = sasaranCell == null ? "" : sasaranCell.continuesAbove()
                    ? above.getOrDefault(sasaranCell.column(), "") : strip(NUMBERING, sasaranCell.text());
            if (!own.isEmpty()) {
                sasaran = own;
                above.put(sasaranCell.column(), own);
            }
            out.addAll(indicators(row, header, sasaran, where + ", baris " + (r + 1 + table.offset())));
        }
        return out;
    }

    /** A row's indicators: one, or several when the indicator and formula cells hold as many paragraphs each. */
    private static List<DocRow> indicators(List<GridCell> row, Header header, String sasaran, String where) {
        List<String> names = paragraphs(row, header, Role.INDIKATOR);
        List<String> formulas = paragraphs(row, header, Role.FORMULA);
        List<DocRow> out = new ArrayList<>();
        if (names.size() > 1 && names.size() == formulas.size()
                && names.stream().allMatch(n -> INDICATOR_START.matcher(n).matches())) {
            List<String> sources = paragraphs(row, header, Role.SUMBER);
            for (int i = 0; i < names.size(); i++) {
                out.add(new DocRow(header.level(), sasaran, strip(BULLET, names.get(i)), formulas.get(i),
                        sources.size() == names.size() ? sources.get(i) : String.join(" ", sources),
                        text(row, header, Role.SATUAN), text(row, header, Role.TARGET), where + " (butir " + (i + 1)
                                + ")"));
            }
            return out;
        }
        String indicator = strip(BULLET, String.join(" ", names));
        if (indicator.isEmpty()) {
            return out;
        }
        out.add(new DocRow(header.level(), sasaran, indicator, String.join("\n", formulas),
                text(row, header, Role.SUMBER), text(row, header, Role.SATUAN), text(row, header, Role.TARGET),
                where));
        return out;
    }

    private static GridCell cell(List<GridCell> row, Header header, Role role) {
        Integer column = header.columns().get(role);
        if (column == null) {
            return null;
        }
        return row.stream().filter(c -> c.covers(column)).findFirst().orElse(null);
    }

    private static List<String> paragraphs(List<GridCell> row, Header header, Role role) {
        GridCell c = cell(row, header, role);
        return c == null || c.continuesAbove() ? List.of() : c.paragraphs();
    }

    private static String text(List<GridCell> row, Header header, Role role) {
        GridCell c = cell(row, header, role);
        return c == null || c.continuesAbove() ? "" : c.text();
    }

    private static boolean blank(List<GridCell> row) {
        return row.stream().allMatch(c -> c.text().isEmpty() || c.continuesAbove());
    }

    private static boolean numbersOnly(List<GridCell> row) {
        return row.stream().filter(c -> !c.text().isEmpty()).allMatch(c -> COLUMN_NUMBER.matcher(c.text()).matches());
    }

    /** One text cell across every column the header names: a heading of its own, not an indicator's row. */
    private static boolean spansAll(List<GridCell> row, Header header) {
        List<GridCell> filled = row.stream().filter(c -> !c.text().isEmpty()).toList();
        if (filled.size() != 1) {
            return false;
        }
        GridCell only = filled.get(0);
        return header.columns().values().stream().allMatch(only::covers) && header.columns().size() > 1;
    }

    static String strip(Pattern prefix, String text) {
        return prefix.matcher(sums(text)).replaceFirst("").strip();
    }

    /** "∑" and the "\\sum" some converters leave as the "Σ" the catalogue writes. */
    static String sums(String text) {
        return text == null ? "" : text.replace("\\sum", "Σ").replace('∑', 'Σ').replaceAll("Σ(?=\\S)", "Σ ");
    }
}
