package id.go.banggaikab.rekap.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the office reads them: "5 Juli 2026 pukul 18.00 WITA", in the dinas's own zone. File times are stored
 * as UTC instants; every sheet and message a user reads shows them this way, never as ISO text.
 */
public final class IndonesianTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm",
            Locale.forLanguageTag("id"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id"));

    private IndonesianTime() {
    }

    public static String format(Instant instant, ZoneId zone) {
        return FORMAT.format(instant.atZone(zone)) + " " + label(zone);
    }

    /** A local time of the run already in the dinas's zone, with the zone's label: "5 Juli 2026 pukul 18.00 WITA". */
    public static String format(LocalDateTime time, ZoneId zone) {
        return format(time) + " " + label(zone);
    }

    /** A local time without the zone's label, where the line already says which clock it is. */
    public static String format(LocalDateTime time) {
        return FORMAT.format(time);
    }

    /** A day: "30 September 2026". */
    public static String date(java.time.LocalDate day) {
        return DATE.format(day);
    }

    /** WIB, WITA or WIT for the Indonesian zones, else the zone id. */
    public static String label(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }
}
