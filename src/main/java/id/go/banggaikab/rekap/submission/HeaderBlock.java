package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.spreadsheet.SheetView;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who and when from the cells above the table. Forms put "Unit Kerja", "Tahun" and "Triwulan" as labels with the
 * value in the next filled cell to the right or after a colon in the same cell ("Tahun : 2026"). "Periode" or "Bulan"
 * may give the quarter as a range of months ("April - Juni 2026", see {@link PeriodText}). Label cells decide;
 * title lines ("REALISASI TRIWULAN II TAHUN 2026", "PERIODE OKT-DES 2026") only fill what the labels left open.
 */
final class HeaderBlock {

    private static final Pattern KIND_WORD = Pattern.compile("^(seksi|sub bagian|bidang) ");
    private static final Pattern SEPARATOR_ONLY = Pattern.compile("[:=\\-]+");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[:=]\\s*");
    private static final Set<String> UNIT_LABELS = Set.of("unit kerja", "unit", "nama unit", "unit organisasi",
            "nama unit kerja", "seksi", "sub bagian", "subbag", "sub bag", "bidang", "nama seksi", "seksi sub bagian");
    private static final Set<String> KIND_LABELS = Set.of("seksi", "sub bagian", "subbag", "sub bag", "bidang");
    private static final Set<String> YEAR_LABELS = Set.of("tahun", "tahun anggaran", "ta");
    private static final Set<String> QUARTER_LABELS = Set.of("triwulan", "tw", "triwulan ke", "periode",
            "periode triwulan", "periode laporan", "periode pelaporan");
    /** Labels whose value is a range of months ("Bulan : Juli - September 2026"); a bare number there is a month. */
    private static final Set<String> MONTH_LABELS = Set.of("bulan", "periode bulan", "masa", "masa laporan");

    private HeaderBlock() {
    }

    static Clues read(SheetView sheet, int headerRow, UnitMatcher units) {
        Clues labelled = Clues.NONE;
        StringBuilder titles = new StringBuilder();
        for (int r = 0; r < headerRow; r++) {
            int last = sheet.lastColumn(r);
            for (int c = 0; c <= last; c++) {
                String text = sheet.value(r, c).asText();
                if (text.isBlank()) {
                    continue;
                }
                Clues found = labelled(text, sheet, r, c, units);
                if (found == null) {
                    titles.append(' ').append(text);
                } else {
                    labelled = labelled.orElse(found);
                }
            }
        }
        // The titles are searched only for what the labels left open: matching units and periods in all the title
        // text was ~3 % of reading a form whose labels had said everything.
        return labelled.complete() ? labelled : labelled.orElse(PathClues.ofTitle(titles.toString(), units));
    }

    /** The clue a label cell gives, or null when the cell is no label. */
    private static Clues labelled(String text, SheetView sheet, int r, int c, UnitMatcher units) {
        int colon = text.indexOf(':');
        String label = TextKeys.key(colon >= 0 ? text.substring(0, colon) : text);
        String value = colon >= 0 ? text.substring(colon + 1).strip() : "";
        boolean isLabel = UNIT_LABELS.contains(label) || YEAR_LABELS.contains(label) || QUARTER_LABELS.contains(label)
                || MONTH_LABELS.contains(label);
        if (!isLabel) {
            return null;
        }
        if (value.isEmpty()) {
            value = valueRightOf(sheet, r, c);
        }
        if (value.isEmpty()) {
            return Clues.NONE;
        }
        if (YEAR_LABELS.contains(label)) {
            return new Clues(null, null, PeriodText.yearIn(value), null);
        }
        if (QUARTER_LABELS.contains(label)) {
            return new Clues(null, null, PeriodText.yearIn(value), PeriodText.quarterValue(value));
        }
        if (MONTH_LABELS.contains(label)) {
            return new Clues(null, null, PeriodText.yearIn(value), PeriodText.quarterIn(value));
        }
        String unitText = KIND_LABELS.contains(label) && !KIND_WORD.matcher(units.normalise(value)).find()
                ? TextKeys.clean(text.substring(0, colon >= 0 ? colon : text.length())) + " " + value : value;
        return new Clues(unitText, units.match(unitText).or(() -> units.find(unitText)).orElse(null), null, null);
    }

    /** The next filled cell to the right, skipping a lone ":" that some forms put in its own column. */
    private static String valueRightOf(SheetView sheet, int r, int c) {
        int last = sheet.lastColumn(r);
        for (int cc = c + 1; cc <= last; cc++) {
            String t = sheet.value(r, cc).asText().strip();
            if (t.isEmpty() || SEPARATOR_ONLY.matcher(t).matches()) {
                continue;
            }
            return LEADING_SEPARATOR.matcher(t).replaceFirst("");
        }
        return "";
    }
}
