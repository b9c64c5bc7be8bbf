package id.go.banggaikab.rekap.report;

/** Estimates how many lines a text takes when wrapped at a width, word by word, as a spreadsheet would. */
final class Lines {

    private Lines() {
    }

    static int count(String text, int width) {
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
                    len -= width;
                }
                used += (used > 0 ? 1 : 0) + len;
            }
        }
        return Math.max(lines, 1);
    }
}
