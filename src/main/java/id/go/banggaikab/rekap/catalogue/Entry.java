package id.go.banggaikab.rekap.catalogue;

import java.util.List;

/**
 * One entry of the catalogue as its source gives it, a mapping of keys (the words of katalog.yml: kode, nama, jenis,
 * …) to values: a YAML mapping ({@link YamlNode}) or a row of a sheet of katalog.xlsx ({@code WorkbookEntry}). The
 * catalogue's rules read both through this one view, so both sources give the same catalogue and the same findings;
 * only where a finding points differs (a line of the YAML, a cell of the workbook). Wrong shapes and values become
 * findings, never exceptions. An abstract class rather than an interface, so that its methods stay package-private.
 */
abstract class Entry {

    /** Where the entry stands, to begin a finding: "katalog.yml baris 12", "katalog.xlsx, lembar Jabatan, baris 12". */
    abstract String where();

    /** Where the value of {@code key} stands: its line, or its cell with the column's header. */
    abstract String where(String key);

    /** A number to keep with what the entry gives (the line, or the row as Excel counts). */
    abstract int line();

    /** Where the entry stands, short, for "sudah dipakai di …": "baris 12" or "lembar Jabatan baris 12". */
    String place() {
        return "baris " + line();
    }

    /** The keys the entry holds, in the source's order. */
    abstract List<String> keys();

    abstract boolean has(String key);

    /** A text value, or null when absent. */
    abstract String text(String key);

    /** A required text value; a finding naming the fix when missing. */
    abstract String required(String key, String what);

    abstract boolean flag(String key, boolean fallback);

    abstract double number(String key, double fallback);

    /** A list of texts (one text is a list of one). */
    abstract List<String> texts(String key);

    /** The entry under {@code key} (pemegang, pembilang, register, …), or null. */
    abstract Entry child(String key);

    /** The entries listed under {@code key} (unit, jabatan, indikator, syarat). */
    abstract List<? extends Entry> list(String key);

    abstract <E extends Enum<E>> E choice(String key, Class<E> type, E fallback);
}
