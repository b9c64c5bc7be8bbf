package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.submission.Submission.OtherReading;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule that settles a report's unit and period when the parts of a file say different things (the README's
 * table, SPEC §2). The period: the folder first, then the file name, then the header block (the sheet's own, the
 * other sheets', the title lines). The unit: the header block first, then the file name, then the folder. What goes
 * stale in a form copied from an earlier one is its period: the unit's table and its "Unit Kerja" line stay right,
 * while "Tahun : 2025" is easily left as it was; the folder a file is dropped into (or the name it is saved under)
 * is chosen when it is sent. The disagreement is never silent: one {@link Severity#BERBEDA} problem gives every
 * reading and the rule, and each reading set aside is kept, so the quarter or unit it names can say where the file
 * was counted.
 */
final class WhoAndWhen {

    static final String HEADER = "isi berkas";
    static final String NAME = "nama berkas";
    static final String FOLDER = "folder";

    /** The clues the report is read with, the problem saying they disagreed (or null) and the readings set aside. */
    record Decision(Clues clues, Problem disagreement, List<OtherReading> others) {
    }

    private record Source(String label, Clues clues) {
        boolean isHeader() {
            return label.equals(HEADER);
        }
    }

    private WhoAndWhen() {
    }

    /** The unit and period of a report from what its cells, its file name and its folders say. */
    static Clues decide(Clues cells, Clues name, Clues folders) {
        Clues unit = hasUnit(cells) ? cells : hasUnit(name) ? name : folders;
        return new Clues(unit.unitText(), unit.unit(), first(folders.tahun(), name.tahun(), cells.tahun()),
                first(folders.triwulan(), name.triwulan(), cells.triwulan()));
    }

    /**
     * The decision with what it set aside, for a report that could be read ({@code decided} names a known unit, a
     * year and a quarter). A workbook holding several units' reports cannot be named after each of them, so there
     * only the header block's unit counts ({@code oneReport} false).
     */
    static Decision explain(Clues decided, Clues cells, Clues name, Clues folders, boolean oneReport, String file,
            String sheets) {
        List<Source> sources = List.of(new Source(FOLDER, folders), new Source(NAME, name), new Source(HEADER, cells));
        List<OtherReading> others = new ArrayList<>();
        List<String> otherTexts = new ArrayList<>();
        boolean unitDiffers = false;
        boolean periodDiffers = false;
        for (Source s : sources) {
            Clues c = s.clues();
            boolean unit = c.unit() != null && !c.unit().equals(decided.unit()) && (oneReport || s.isHeader());
            boolean tahun = c.tahun() != null && !c.tahun().equals(decided.tahun());
            boolean triwulan = c.triwulan() != null && !c.triwulan().equals(decided.triwulan());
            if (!unit && !tahun && !triwulan) {
                continue;
            }
            unitDiffers |= unit;
            periodDiffers |= tahun || triwulan;
            OtherReading other = new OtherReading(unit ? c.unit().code() : decided.unit().code(),
                    new Periode(tahun ? c.tahun() : decided.tahun(), triwulan ? c.triwulan() : decided.triwulan()),
                    s.label());
            if (others.stream().noneMatch(o -> o.unitCode().equals(other.unitCode())
                    && o.periode().equals(other.periode()))) {
                others.add(other);
                otherTexts.add((unit ? c.unit().name() + ", " : "") + other.periode().longLabel());
            }
        }
        if (others.isEmpty()) {
            return new Decision(decided, null, List.of());
        }
        return new Decision(decided, problem(decided, sources, unitDiffers, periodDiffers, oneReport, file, sheets,
                others, String.join(" atau ", otherTexts)), List.copyOf(others));
    }

    private static Problem problem(Clues decided, List<Source> sources, boolean unitDiffers, boolean periodDiffers,
            boolean oneReport, String file, String sheets, List<OtherReading> others, String otherText) {
        Periode counted = new Periode(decided.tahun(), decided.triwulan());
        List<String> said = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        if (periodDiffers) {
            for (Source s : sources) {
                String period = period(s.clues());
                if (period != null) {
                    said.add(s.label() + " menyebut " + period);
                }
            }
            rules.add("periode ditentukan folder, lalu nama berkas, baru isi berkas (Tahun dan Triwulan di formulir"
                    + " yang disalin dari laporan lama sering belum diubah)");
        }
        if (unitDiffers) {
            for (Source s : sources) {
                if (s.clues().unit() != null && (oneReport || s.isHeader())) {
                    said.add(s.label() + " menyebut " + s.clues().unit().name());
                }
            }
            rules.add("unit kerja ditentukan isi berkas (Unit Kerja di atas tabel), karena tabelnya berisi indikator"
                    + " unit itu");
        }
        String what = periodDiffers && unitDiffers ? "Periode dan unit kerja" : periodDiffers ? "Periode" : "Unit kerja";
        String countedFor = (unitDiffers ? decided.unit().name() + ", " : "") + counted.longLabel();
        List<String> corrections = new ArrayList<>();
        if (disagrees(sources, HEADER, decided, oneReport)) {
            corrections.add(periodDiffers ? "Tahun dan Triwulan" + (unitDiffers ? " serta Unit Kerja" : "")
                    + " di atas tabel" : "Unit Kerja di atas tabel");
        }
        if (disagrees(sources, NAME, decided, oneReport)) {
            corrections.add("nama berkasnya");
        }
        String fix = (periodDiffers ? "Bila berkas ini memang laporan " + otherText + ", pindahkan ke folder periode"
                + " itu (mis. " + others.get(0).periode().tahun() + "/TW" + others.get(0).periode().triwulan() + ")"
                : "Bila berkas ini memang laporan " + otherText + ", perbaiki Unit Kerja di atas tabel")
                + (corrections.isEmpty() ? "" : "; bila laporan " + countedFor + ", perbaiki "
                        + String.join(" dan ", corrections) + " supaya catatan ini hilang");
        return new Problem(Severity.BERBEDA, file, sheets, null, otherText, what + " berbeda: "
                + String.join(", ", said) + ". Berkas ini dihitung untuk " + countedFor + ": "
                + String.join("; ", rules) + ". " + fix + ".");
    }

    /** Whether the source labelled {@code label} says something other than what was decided. */
    private static boolean disagrees(List<Source> sources, String label, Clues decided, boolean oneReport) {
        for (Source s : sources) {
            Clues c = s.clues();
            if (s.label().equals(label) && (c.tahun() != null && !c.tahun().equals(decided.tahun())
                    || c.triwulan() != null && !c.triwulan().equals(decided.triwulan())
                    || c.unit() != null && !c.unit().equals(decided.unit()) && (oneReport || s.isHeader()))) {
                return true;
            }
        }
        return false;
    }

    /** "Triwulan I 2025", "tahun 2025" or "Triwulan I": what a reading says of the period; null when nothing. */
    static String period(Clues c) {
        if (c.tahun() != null && c.triwulan() != null) {
            return new Periode(c.tahun(), c.triwulan()).longLabel();
        }
        if (c.tahun() != null) {
            return "tahun " + c.tahun();
        }
        return c.triwulan() == null ? null : "Triwulan " + Periode.roman(c.triwulan());
    }

    private static boolean hasUnit(Clues c) {
        return c.unit() != null || c.unitText() != null;
    }

    private static Integer first(Integer... candidates) {
        for (Integer c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
