package id.go.banggaikab.rekap.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * What the YAML parser's complaint means to a person editing katalog.yml in Notepad, in Bahasa Indonesia: the line,
 * the text found there, what is wrong and what to write instead. The parser speaks of tokens and block ends; the
 * mistakes behind them are few: a value starting with a sign YAML reserves ({@code satuan: %}), a colon inside a
 * value ({@code nama: Seksi A: B}), a tab or a line indented unlike its neighbours, a quote or bracket left open.
 */
final class YamlErrors {

    private static final Pattern RESERVED = Pattern.compile("found character '(.)' that cannot start any token");
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:-\\s+)?)([^:#\\s][^:#]*?):\\s+(.*)$");
    private static final int LONGEST_QUOTE = 100;

    private YamlErrors() {
    }

    /** One finding: "katalog.yml baris 12: … Tertulis: `…`. …". */
    static String translate(String file, String text, MarkedYAMLException e, String hint) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Mark at = e.getProblemMark();
        Mark opened = e.getContextMark();
        int line = at == null ? 0 : at.getLine();
        String found = line(text, line);
        String why;
        Matcher reserved = RESERVED.matcher(problem);
        if (problem.contains("(TAB)")) {
            why = "baris ini menjorok dengan tombol Tab. Ganti Tab dengan spasi (dua spasi per tingkat), seperti"
                    + " baris lain.";
        } else if (reserved.find()) {
            why = "nilai tidak boleh diawali tanda " + reserved.group(1) + ". Tulis nilainya di antara tanda petik"
                    + quoted(found, "satuan: \"%\"");
        } else if (problem.contains("undefined alias")) {
            why = "nilai tidak boleh diawali tanda *. Tulis nilainya di antara tanda petik" + quoted(found,
                    "nama: \"*Program\"");
        } else if (problem.contains("mapping values are not allowed")) {
            int column = at == null ? -1 : at.getColumn();
            int first = found.indexOf(": ");
            why = first >= 0 && first < column
                    ? "nilai berisi tanda titik dua (:) yang dibaca sebagai awal kunci baru. Tulis nilainya di antara"
                            + " tanda petik" + quoted(found, "nama: \"Seksi A: B\"")
                    : "baris ini menjorok lebih dalam daripada baris di atasnya, sehingga dibaca sebagai lanjutan"
                            + " nilainya. Samakan jumlah spasi di depannya dengan kunci lain di tingkat yang sama.";
        } else if (problem.contains("end of stream") && e.getContext() != null && e.getContext().contains("quoted")) {
            line = opened == null ? line : opened.getLine();
            found = line(text, line);
            why = "tanda petik dibuka di baris ini tetapi tidak ditutup. Tutup nilainya dengan tanda petik yang sama"
                    + " di akhir baris, mis. nama: \"Seksi Kelembagaan\".";
        } else if (problem.contains("expected ',' or '}'") || problem.contains("expected ',' or ']'")) {
            line = opened == null ? line : opened.getLine();
            found = line(text, line);
            why = "kurung " + (problem.contains("}") ? "{" : "[") + " dibuka di baris ini tetapi tidak ditutup, atau"
                    + " isinya memuat tanda yang harus diberi tanda petik. Tutup kurungnya di baris yang sama, mis."
                    + " alias: [Jumlah Peserta, \"Peserta: UMKM\"].";
        } else if (problem.contains("unknown escape character")) {
            why = "garis miring terbalik (\\) di dalam tanda petik ganda. Pakai tanda petik tunggal, mis. nama:"
                    + " 'C:\\data', atau tulis \\\\.";
        } else if (singleQuoteInside(found)) {
            why = "nilai diawali tanda petik tunggal dan memuat tanda petik tunggal lagi. Pakai tanda petik ganda"
                    + quoted(found.replace("'", ""), "nama: \"Koperasi Jasa\"");
        } else if (flowFollowedByText(found)) {
            why = "nilai yang diawali { atau [ dibaca sebagai susunan YAML, sehingga teks sesudah kurung tutupnya tidak"
                    + " dapat dibaca. Tulis seluruh nilainya di antara tanda petik" + quoted(found,
                            "dari: \"{diskop:A} + {diskop:B}\"");
        } else if (problem.contains("expected <block end>") || problem.contains("expected <block mapping start>")
                || problem.contains("did not find expected")) {
            why = "susunan menjorok (spasi di awal baris) tidak sejajar dengan baris di atasnya. Kunci satu butir"
                    + " ditulis tepat di bawah kunci sebelumnya, butir daftar diawali \"- \" sejajar dengan butir lain.";
        } else {
            why = "penulisan YAML tidak dapat dibaca (" + problem + "). " + hint;
        }
        return file + " baris " + (line + 1) + ": " + why + (found.isBlank() ? "" : " Tertulis: `" + cut(found.strip())
                + "`.");
    }

    /** ", mis. key: "value"" built from the line itself, or the example when the line is no key and value. */
    private static String quoted(String line, String example) {
        Matcher m = KEY_VALUE.matcher(line);
        String suggestion = m.matches() ? m.group(2).strip() + ": \"" + m.group(3).strip().replace("\"", "\\\"")
                + "\"" : example;
        return ", mis. " + suggestion + ".";
    }

    /** A value such as {@code {A} + {B}}: YAML reads the braces as a mapping and stumbles on what follows them. */
    private static boolean flowFollowedByText(String line) {
        Matcher m = KEY_VALUE.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String value = m.group(3).strip();
        char open = value.isEmpty() ? ' ' : value.charAt(0);
        char close = open == '{' ? '}' : open == '[' ? ']' : 0;
        int end = close == 0 ? -1 : value.lastIndexOf(close);
        return end > 0 && end < value.length() - 1 || close != 0 && value.indexOf(close) < value.lastIndexOf(open);
    }

    private static boolean singleQuoteInside(String line) {
        Matcher m = KEY_VALUE.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String value = m.group(3).strip();
        return value.startsWith("'") && value.indexOf('\'', 1) >= 0 && value.indexOf('\'', 1) < value.length() - 1;
    }

    private static String line(String text, int index) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        return index >= 0 && index < lines.length ? lines[index].replace("\t", "→") : "";
    }

    private static String cut(String s) {
        return s.length() <= LONGEST_QUOTE ? s : s.substring(0, LONGEST_QUOTE) + "…";
    }
}
