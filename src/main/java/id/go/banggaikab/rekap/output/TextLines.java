package id.go.banggaikab.rekap.output;

/**
 * Estimates how many lines a text takes when wrapped at a width, word by word, as a spreadsheet would: Excel and
 * LibreOffice do not grow a row for text a program wrote, so every writer sets row heights from this count.
 */
public final class TextLines {

    private TextLines() {
    }

    /** Lines of {@code text} in a column {@code width} characters wide; at least 1, also for null or empty text. */
    public static int count(String text, double width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int len = word.length();
                if (used > 0 && used + 1 + len > width) {
                    lines++;
                    used = 0;
                }
                while (len > width) {
                    lines++;
                    len -= (int) Math.max(1, width);
                }
                used += (used > 0 ? 1 : 0) + len;
            }
        }
        return Math.max(lines, 1);
    }
}
