package id.go.banggaikab.rekap.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A part of an indicator that is counted from a register instead of typed on a form, as katalog.yml states it under
 * {@code register:}: which part ({@code slot}), from which kind of register, the rows that count ({@code conditions},
 * all of them must hold; none means every row), and whether the rows are counted or a number column of theirs is
 * summed ({@code sumColumn}, e.g. Volume Usaha), for this year or the year before ({@code lastYear}). {@code line} is
 * where the rule stands in katalog.yml.
 */
public record RegisterRule(String indicatorCode, Slot slot, RegisterKind kind, List<Condition> conditions,
        String sumColumn, boolean lastYear, int line) {

    /** The part of the indicator the rule gives. */
    public enum Slot {
        PEMBILANG, PENYEBUT, NILAI;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How a condition tests its column. */
    public enum Test {
        /** The cell holds one of {@code values} (case, spacing and punctuation ignored). */
        SAMA_DENGAN,
        /** The cell holds none of {@code values} (an empty cell holds none). */
        BUKAN,
        /** The cell holds something. */
        TERISI,
        /** The cell is empty. */
        KOSONG,
        /** The cell's year is one of the last {@code years} years, the recap's year included. */
        DALAM_TAHUN_TERAKHIR,
        /** The cell's date falls in {@code window}. */
        TANGGAL
    }

    /** Where a date must fall, for each quarter counted. */
    public enum Window {
        /** From the quarter's first day to its last. */
        DALAM_TRIWULAN,
        /** From 1 January to the quarter's last day. */
        DALAM_TAHUN,
        /** On or before the quarter's last day. */
        SAMPAI_AKHIR_TRIWULAN
    }

    /**
     * One condition on one column. With {@code ifPresent} a register that does not keep the column is counted
     * without the condition (and the recap says so); without it such a register cannot give the figure.
     */
    public record Condition(String column, Test test, List<String> values, int years, Window window,
            boolean ifPresent) {

        public Condition {
            values = values == null ? List.of() : List.copyOf(values);
        }

        /** "Status = Aktif", "Tanggal Pelatihan dalam triwulan", as the recap explains a count. */
        public String describe() {
            return switch (test) {
                case SAMA_DENGAN -> column + " = " + String.join(" atau ", values);
                case BUKAN -> column + " bukan " + String.join(" atau ", values);
                case TERISI -> column + " terisi";
                case KOSONG -> column + " kosong";
                case DALAM_TAHUN_TERAKHIR -> column + " dalam " + years + " tahun terakhir";
                case TANGGAL -> column + switch (window) {
                    case DALAM_TRIWULAN -> " dalam triwulan";
                    case DALAM_TAHUN -> " sejak 1 Januari sampai akhir triwulan";
                    case SAMPAI_AKHIR_TRIWULAN -> " sampai akhir triwulan";
                };
            } + (ifPresent ? " (bila kolomnya ada)" : "");
        }
    }

    public RegisterRule {
        conditions = List.copyOf(conditions);
    }

    /**
     * Whether the count differs from quarter to quarter through the dates it looks at, so every quarter of the year
     * can be counted from today's register. A rule without such a date (Status = Aktif) counts the register as it is
     * now: a snapshot, valid only for the quarter being recapped and kept with its lock.
     */
    public boolean dated() {
        return conditions.stream().anyMatch(c -> c.test() == Test.TANGGAL);
    }

    public boolean sums() {
        return sumColumn != null;
    }

    /** "register koperasi: Status = Aktif, Tahun RAT Terakhir dalam 3 tahun terakhir". */
    public String describe() {
        String what = sums() ? "jumlah " + sumColumn + (lastYear ? " tahun lalu" : "") + " dari " : "";
        String rows = conditions.isEmpty() ? "semua baris"
                : conditions.stream().map(Condition::describe).collect(Collectors.joining(", "));
        return what + kind.label() + ": " + rows;
    }
}
