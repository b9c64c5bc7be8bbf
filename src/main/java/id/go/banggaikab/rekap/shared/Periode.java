package id.go.banggaikab.rekap.shared;

import java.time.LocalDate;

/** A quarter of a year: the period a form reports on and a recap is written for. */
public record Periode(int tahun, int triwulan) implements Comparable<Periode> {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public Periode {
        if (triwulan < 1 || triwulan > 4) {
            throw new IllegalArgumentException("Triwulan harus 1 sampai 4, bukan " + triwulan);
        }
    }

    /** The last quarter that has fully ended on the given day. */
    public static Periode lastEnded(LocalDate today) {
        int current = (today.getMonthValue() - 1) / 3 + 1;
        return current == 1 ? new Periode(today.getYear() - 1, 4) : new Periode(today.getYear(), current - 1);
    }

    /** The quarter's last day: 31 March, 30 June, 30 September or 31 December. */
    public LocalDate lastDay() {
        LocalDate firstOfLastMonth = LocalDate.of(tahun, triwulan * 3, 1);
        return firstOfLastMonth.withDayOfMonth(firstOfLastMonth.lengthOfMonth());
    }

    /** The quarter before this one, across the turn of the year. */
    public Periode previous() {
        return triwulan == 1 ? new Periode(tahun - 1, 4) : new Periode(tahun, triwulan - 1);
    }

    public static String roman(int triwulan) {
        return ROMAN[triwulan - 1];
    }

    /** "TW II". */
    public String label() {
        return "TW " + roman(triwulan);
    }

    /** "Triwulan II 2026". */
    public String longLabel() {
        return "Triwulan " + roman(triwulan) + " " + tahun;
    }

    @Override
    public int compareTo(Periode o) {
        return tahun != o.tahun ? Integer.compare(tahun, o.tahun) : Integer.compare(triwulan, o.triwulan);
    }
}
