package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.spreadsheet.CellValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as registers hold it: an Excel date (a serial number with a date format), or text typed by hand in
 * the Indonesian order, day first: "12/03/2026", "12-03-2026", "12.03.2026", "12/3/26", "2026-03-12", "12 Maret
 * 2026", "12 Mar 2026", or a month alone, "Maret 2026", which stands for the whole month. A day that does not exist
 * ("31/02/2026") or a month above 12 is refused rather than read the other way round: "03/12/2026" is 3 December,
 * whatever an English Excel would make of it.
 */
final class DateText {

    /** A day or a whole month: {@code first == last} for a day. Exactly one of the range or {@code error} is set. */
    record Read(LocalDate first, LocalDate last, String error) {
        static final Read NONE = new Read(null, null, null);

        static Read fail(String why) {
            return new Read(null, null, why);
        }

        static Read day(LocalDate d) {
            return new Read(d, d, null);
        }

        boolean present() {
            return first != null;
        }
    }

    /** Serial numbers of 1 January 1900 and 31 December 2100: an Excel date outside them is a slip. */
    private static final double FIRST_SERIAL = 1;
    private static final double LAST_SERIAL = 73_415;

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WORDS = Pattern.compile("(?:(\\d{1,2}) )?([a-z]+) ((?:19|20)\\d{2})");
    private static final Pattern TIME = Pattern.compile("[ t]\\d{1,2}[:.]\\d{2}([:.]\\d{2}([.,]\\d+)?)?$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("februari", 2), Map.entry("pebruari", 2), Map.entry("feb", 2), Map.entry("peb", 2),
            Map.entry("february", 2), Map.entry("maret", 3), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("juli", 7),
            Map.entry("jul", 7), Map.entry("july", 7), Map.entry("agustus", 8), Map.entry("agu", 8),
            Map.entry("agt", 8), Map.entry("ags", 8), Map.entry("aug", 8), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10),
            Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("nopember", 11), Map.entry("nov", 11), Map.entry("nop", 11), Map.entry("desember", 12),
            Map.entry("des", 12), Map.entry("dec", 12), Map.entry("december", 12));

    private DateText() {
    }

    static Read of(CellValue cell, boolean date1904) {
        return switch (cell.kind()) {
            case EMPTY -> Read.NONE;
            case NUMBER -> cell.percentFormat() ? Read.fail(notADate(cell.display()))
                    : serial(cell.number(), date1904);
            case TEXT -> text(cell.text());
            default -> Read.fail(notADate(cell.display()));
        };
    }

    /** 1 January 1900 is day 1; Excel's day 60 is a 29 February 1900 that never was, so later days count from 30 December 1899. */
    private static final long EPOCH_1900 = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final long EPOCH_1904 = LocalDate.of(1904, 1, 1).toEpochDay();
    /** Half a millisecond of a day: Excel's times are kept to the millisecond, as POI rounds them. */
    private static final double HALF_MILLISECOND = 0.5 / 86_400_000;

    /** The day of an Excel date as {@link #serial} reads it; {@link StreamedRow#NOT_A_DAY} where it fails. */
    static long epochDay(double v, boolean date1904) {
        if (!(v >= FIRST_SERIAL && v <= LAST_SERIAL) || v >= 1900 && v <= 2100 && v == Math.rint(v)) {
            return StreamedRow.NOT_A_DAY;
        }
        long day = (long) Math.floor(v + HALF_MILLISECOND);
        if (date1904) {
            return EPOCH_1904 + day;
        }
        return day == 60 ? StreamedRow.NOT_A_DAY : day < 60 ? EPOCH_1900 + day + 1 : EPOCH_1900 + day;
    }

    /** An Excel date, as POI's DateUtil reads it but without its rounding through BigDecimal. */
    static Read serial(double v, boolean date1904) {
        if (!Double.isFinite(v)) {
            return Read.fail(notADate(CellValue.plain(v)));
        }
        if (v >= 1900 && v <= 2100 && v == Math.rint(v)) {
            return Read.fail("Tanggal \"" + (long) v + "\" hanya tahun; tulis tanggalnya, mis. 12/03/" + (long) v
                    + ", atau bulannya, mis. Maret " + (long) v);
        }
        if (v < FIRST_SERIAL || v > LAST_SERIAL) {
            return Read.fail(notADate(CellValue.plain(v)));
        }
        long day = (long) Math.floor(v + HALF_MILLISECOND);
        if (date1904) {
            return Read.day(LocalDate.ofEpochDay(EPOCH_1904 + day));
        }
        if (day == 60) {
            return Read.fail("Tanggal 29/02/1900 tidak ada di kalender");
        }
        return Read.day(LocalDate.ofEpochDay(day < 60 ? EPOCH_1900 + day + 1 : EPOCH_1900 + day));
    }

    static Read text(String raw) {
        String t = TextKeys.clean(raw).toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty() || t.matches("[-\u2013\u2014]+")) {
            return Read.NONE;
        }
        Matcher time = TIME.matcher(t);
        if (time.find()) {
            t = t.substring(0, time.start()).strip(); // "12/03/2026 10:00" or an ISO time: the day is what counts
        }
        if (t.matches("(19|20)\\d{2}")) {
            return Read.fail("Tanggal \"" + t + "\" hanya tahun; tulis tanggalnya, mis. 12/03/" + t
                    + ", atau bulannya, mis. Maret " + t);
        }
        Matcher m = NUMERIC.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(3));
            return day(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)),
                    raw);
        }
        m = ISO.matcher(t);
        if (m.matches()) {
            return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), raw);
        }
        m = WORDS.matcher(TextKeys.key(t));
        if (m.matches()) {
            Integer month = MONTHS.get(m.group(2));
            if (month == null) {
                return Read.fail(notADate(CellValue.quote(TextKeys.clean(raw))));
            }
            int year = Integer.parseInt(m.group(3));
            if (m.group(1) == null) {
                YearMonth ym = YearMonth.of(year, month);
                return new Read(ym.atDay(1), ym.atEndOfMonth(), null);
            }
            return day(year, month, Integer.parseInt(m.group(1)), raw);
        }
        return Read.fail(notADate(CellValue.quote(TextKeys.clean(raw))));
    }

    private static Read day(int year, int month, int day, String raw) {
        try {
            if (year < 1900 || year > 2100) {
                return Read.fail(notADate(CellValue.quote(TextKeys.clean(raw))));
            }
            return Read.day(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Read.fail("Tanggal \"" + CellValue.quote(TextKeys.clean(raw)) + "\" tidak ada di kalender (hari"
                    + " dulu, lalu bulan: 12/03/2026 = 12 Maret 2026)");
        }
    }

    private static String notADate(String shown) {
        return "\"" + shown + "\" bukan tanggal; tulis mis. 12/03/2026, 12 Maret 2026 atau Maret 2026";
    }
}
