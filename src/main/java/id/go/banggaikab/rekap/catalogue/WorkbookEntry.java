package id.go.banggaikab.rekap.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An entry of katalog.xlsx for the catalogue's rules: a row of a sheet (its cells by katalog.yml key), or a part of
 * one (the holder's Nama and NIP as {@code pemegang}, Pembilang and its accumulation as {@code pembilang}), or the
 * rows of another sheet that belong to it (the position's TUGAS and FUNGSI, the indicator's register rules). Every
 * finding names the file, the sheet, the cell with its column's header and the value found.
 */
final class WorkbookEntry extends Entry {

    /** A cell as read: where it is, its header, its text, what the user sees, and its number (or why none). */
    record Cell(String address, String header, String text, String shown, Double number, String numberError) {
    }

    private final String sheetWhere;
    private final int row;
    private final Map<String, Cell> cells;
    private final Map<String, Entry> children = new LinkedHashMap<>();
    private final Map<String, List<Entry>> lists = new LinkedHashMap<>();
    private final Map<String, List<String>> texts = new LinkedHashMap<>();
    private final List<String> findings;

    /** {@code sheetWhere} is "katalog.xlsx, lembar Jabatan"; {@code row} as Excel counts, 0 for no row. */
    WorkbookEntry(String sheetWhere, int row, Map<String, Cell> cells, List<String> findings) {
        this.sheetWhere = sheetWhere;
        this.row = row;
        this.cells = cells;
        this.findings = findings;
    }

    WorkbookEntry child(String key, Entry entry) {
        children.put(key, entry);
        return this;
    }

    WorkbookEntry list(String key, List<Entry> entries) {
        lists.put(key, entries);
        return this;
    }

    WorkbookEntry texts(String key, List<String> values) {
        texts.put(key, values);
        return this;
    }

    /** The cell of a key, for the reader's own findings; null when empty. */
    Cell cell(String key) {
        return cells.get(key);
    }

    @Override
    String where() {
        return row == 0 ? sheetWhere : sheetWhere + ", baris " + row;
    }

    @Override
    String where(String key) {
        Cell c = cells.get(key);
        return c == null ? where() : sheetWhere + ", sel " + c.address() + " (" + c.header() + ")";
    }

    @Override
    int line() {
        return row;
    }

    @Override
    String place() {
        return sheetWhere.substring(sheetWhere.indexOf("lembar")) + " baris " + row;
    }

    @Override
    List<String> keys() {
        List<String> out = new ArrayList<>(cells.keySet());
        out.addAll(children.keySet());
        out.addAll(lists.keySet());
        return out;
    }

    @Override
    boolean has(String key) {
        return text(key) != null || children.containsKey(key) || lists.containsKey(key) || texts.containsKey(key);
    }

    @Override
    String text(String key) {
        Cell c = cells.get(key);
        if (c == null) {
            return null;
        }
        String t = c.text().strip();
        return t.isEmpty() || t.equals("-") ? null : t;
    }

    @Override
    String required(String key, String what) {
        String v = text(key);
        if (v == null) {
            findings.add(where(key) + ": belum diisi. Isi dengan " + what + ".");
        }
        return v;
    }

    @Override
    boolean flag(String key, boolean fallback) {
        String v = text(key);
        if (v == null) {
            return fallback;
        }
        String k = v.toLowerCase(Locale.ROOT);
        if (List.of("ya", "y", "true", "benar", "1").contains(k)) {
            return true;
        }
        if (List.of("tidak", "t", "false", "salah", "0", "bukan").contains(k)) {
            return false;
        }
        findings.add(where(key) + ": \"" + cells.get(key).shown() + "\" bukan Ya atau Tidak. Pilih dari daftar.");
        return fallback;
    }

    @Override
    double number(String key, double fallback) {
        Cell c = cells.get(key);
        if (c == null || text(key) == null) {
            return fallback;
        }
        if (c.number() == null) {
            findings.add(where(key) + ": \"" + c.shown() + "\" bukan angka; tulis angkanya saja.");
            return fallback;
        }
        return c.number();
    }

    @Override
    List<String> texts(String key) {
        if (texts.containsKey(key)) {
            return texts.get(key);
        }
        String v = text(key);
        List<String> out = new ArrayList<>();
        if (v != null) {
            String separators = key.equals("pelapor") ? "[;,\\n]" : "[;\\n]";
            for (String part : v.split(separators)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    @Override
    Entry child(String key) {
        return children.get(key);
    }

    @Override
    List<Entry> list(String key) {
        return lists.getOrDefault(key, List.of());
    }

    @Override
    <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        String v = text(key);
        if (v == null) {
            return fallback;
        }
        String wanted = v.strip().replace(' ', '_').replace('-', '_');
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(wanted)) {
                return e;
            }
            allowed.add(e.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        findings.add(where(key) + ": \"" + cells.get(key).shown() + "\" bukan pilihan yang dikenal; pilih salah satu: "
                + String.join(", ", allowed) + ".");
        return fallback;
    }
}
