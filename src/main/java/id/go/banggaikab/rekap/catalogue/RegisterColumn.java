package id.go.banggaikab.rekap.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * One column a register may keep: its header as SPEC §8 writes it, the other headers offices use for it (as
 * comparison keys), what it holds, whether it is one of the columns that tell the register's kind, and for a column
 * of fixed words ({@code Status}, {@code Skala}) the words it may hold.
 */
public record RegisterColumn(String header, List<String> keys, Type type, boolean required, List<String> values) {

    /** What a column holds, which decides how its cells are read. */
    public enum Type {
        /** The name of the koperasi or usaha: shown with each counted row. */
        NAME,
        /** NIK or NIB: a row counted twice under the same one is counted once. */
        IDENTIFIER,
        TEXT,
        /** One of fixed words ({@link #values()}). */
        WORDS,
        /** A year (2024), or a date of which the year counts. */
        YEAR,
        DATE,
        NUMBER
    }

    public RegisterColumn {
        keys = List.copyOf(keys);
        values = List.copyOf(values);
    }

    static RegisterColumn of(String header, Type type, boolean required, String... aliases) {
        List<String> keys = new ArrayList<>();
        keys.add(RegisterKind.key(header));
        keys.addAll(List.of(aliases));
        return new RegisterColumn(header, keys, type, required, List.of());
    }

    static RegisterColumn values(String header, List<String> words, String... aliases) {
        List<String> keys = new ArrayList<>();
        keys.add(RegisterKind.key(header));
        keys.addAll(List.of(aliases));
        return new RegisterColumn(header, keys, Type.WORDS, true, words);
    }

    public boolean holdsDates() {
        return type == Type.DATE || type == Type.YEAR;
    }
}
