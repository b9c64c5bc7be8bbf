package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.BadSetting;
import id.go.banggaikab.rekap.shared.Periode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Reads {@code tahun=YYYY triwulan=N} from the command line (N also as I–IV); without them the last quarter that
 * has ended. A wrong value is a configuration error with a message saying what was expected.
 */
final class JobArguments {

    private JobArguments() {
    }

    /** The other {@code key=value} words, handed to the job as they are ({@code alasan=…}, {@code dari=…}). */
    static Map<String, String> others(List<String> args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String key = eq < 0 ? "" : arg.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && !key.equals("tahun") && !key.equals("triwulan")) {
                out.put(key, arg.substring(eq + 1).strip());
            }
        }
        return out;
    }

    static Periode periode(List<String> args, LocalDate today) {
        Periode fallback = Periode.lastEnded(today);
        Integer tahun = null;
        Integer triwulan = null;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = arg.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = arg.substring(eq + 1).strip();
            if (key.equals("tahun")) {
                tahun = parseYear(value);
            } else if (key.equals("triwulan")) {
                triwulan = parseQuarter(value);
            }
        }
        if (tahun == null && triwulan != null) {
            tahun = today.getYear();
        }
        if (tahun != null && triwulan == null && tahun < fallback.tahun()) {
            triwulan = 4; // a past year asked for alone: its whole year
        }
        return new Periode(tahun == null ? fallback.tahun() : tahun, triwulan == null ? fallback.triwulan() : triwulan);
    }

    private static int parseYear(String value) {
        if (!value.matches("\\d{4}")) {
            throw new BadSetting("tahun=" + value + " tidak dikenal; tulis empat angka, mis. tahun=2026");
        }
        return Integer.parseInt(value);
    }

    private static int parseQuarter(String value) {
        String v = value.toUpperCase(Locale.ROOT).replace("TW", "").strip();
        int q = switch (v) {
            case "1", "I" -> 1;
            case "2", "II" -> 2;
            case "3", "III" -> 3;
            case "4", "IV" -> 4;
            default -> 0;
        };
        if (q == 0) {
            throw new BadSetting("triwulan=" + value + " tidak dikenal; tulis 1 sampai 4, mis. triwulan=2");
        }
        return q;
    }
}
