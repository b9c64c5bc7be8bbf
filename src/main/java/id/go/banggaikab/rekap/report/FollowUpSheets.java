package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.MissingReport;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Problem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The sheets the perencanaan staff act on: "Masalah" (every rejected file, rejected or corrected cell, replaced
 * submission and warning, where it is and why), "Belum Lapor" (units expected to report with no form for the
 * quarter, each with the indicators that stay empty because of it) and "Catatan Katalog" (what the checks of
 * katalog.yml and of the targets workbook found, such as a NIP that breaks the 18-digit rule or a cumulative target
 * above the annual one: the perencanaan's own files, not a unit's form, so they are kept apart from the forms'
 * problems).
 */
final class FollowUpSheets {

    static final String PROBLEMS = "Masalah";
    static final String MISSING = "Belum Lapor";
    static final String CATALOGUE = "Catatan Katalog";

    static final String[] PROBLEM_COLUMNS = {"Jenis", "Berkas", "Lembar", "Sel", "Nilai", "Keterangan"};
    static final String[] MISSING_COLUMNS = {"Unit Kerja", "Kode", "Indikator Kinerja yang Belum Ada Nilainya"};
    static final String[] CATALOGUE_COLUMNS = {"No", "Berkas", "Lembar", "Sel", "Nilai", "Catatan"};

    private FollowUpSheets() {
    }

    static void writeProblems(Workbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, PROBLEMS, "Masalah pada Berkas dan Isian "
                + recap.periode().longLabel(), 16, 36, 16, 8, 16, 70);
        t.header(PROBLEM_COLUMNS);
        for (Problem p : recap.problems()) {
            Row row = t.row();
            t.text(row, 0, p.severity().label());
            t.text(row, 1, p.file());
            t.text(row, 2, p.sheet());
            t.text(row, 3, p.cell());
            t.text(row, 4, p.value());
            t.text(row, 5, p.reason());
        }
        if (recap.problems().isEmpty()) {
            t.text(t.row(), 0, "Tidak ada masalah.");
        }
        t.finish(PROBLEM_COLUMNS.length);
    }

    /**
     * What the checks of the planners' own files found: katalog.yml (by line) and the targets workbook (by sheet, cell
     * and value), one note a row.
     */
    static void writeCatalogueNotes(Workbook workbook, Styles styles, Recap recap) {
        String targets = recap.targets().file() == null ? "" : " dan " + recap.targets().file();
        TableSheet t = new TableSheet(workbook, styles, recap, CATALOGUE, "Catatan Pemeriksaan Katalog ("
                + recap.catalogue().source() + ")" + targets + " " + recap.periode().longLabel(), 6, 20, 10, 8, 14, 90);
        t.header(CATALOGUE_COLUMNS);
        int n = 0;
        for (String note : recap.catalogue().warnings()) {
            Row row = t.row();
            t.number(row, 0, (double) ++n);
            t.text(row, 1, recap.catalogue().source());
            t.text(row, 2, "");
            t.text(row, 3, "");
            t.text(row, 4, "");
            t.text(row, 5, note);
        }
        for (Problem p : recap.targets().notes()) {
            Row row = t.row();
            t.number(row, 0, (double) ++n);
            t.text(row, 1, p.file());
            t.text(row, 2, p.sheet());
            t.text(row, 3, p.cell());
            t.text(row, 4, p.value());
            t.text(row, 5, p.reason());
        }
        if (n == 0) {
            t.text(t.row(), 0, "Tidak ada catatan.");
        }
        t.finish(CATALOGUE_COLUMNS.length);
    }

    /** How many notes the Catatan Katalog sheet holds. */
    static int catalogueNotes(Recap recap) {
        return recap.catalogue().warnings().size() + recap.targets().notes().size();
    }

    static void writeMissing(Workbook workbook, Styles styles, Recap recap) {
        TableSheet t = new TableSheet(workbook, styles, recap, MISSING, "Unit Kerja yang Belum Melapor "
                + recap.periode().longLabel(), 50, 16, 70);
        t.header(MISSING_COLUMNS);
        for (MissingReport m : recap.missing()) {
            if (!m.note().isEmpty()) {
                Row row = t.row();
                t.text(row, 0, m.unit().name());
                t.text(row, 1, "");
                t.text(row, 2, m.note());
            }
            if (m.withoutValue().isEmpty()) {
                Row row = t.row();
                t.text(row, 0, m.unit().name());
                t.text(row, 1, "");
                t.text(row, 2, "(semua indikatornya sudah terisi dari unit lain)");
            }
            for (Indicator i : m.withoutValue()) {
                Row row = t.row();
                t.text(row, 0, m.unit().name());
                t.text(row, 1, i.code(), styles.text);
                t.text(row, 2, i.name());
            }
        }
        if (recap.missing().isEmpty()) {
            t.text(t.row(), 0, "Semua unit sudah melapor.");
        }
        writeEmptyRows(t, styles, recap);
        t.finish(MISSING_COLUMNS.length);
    }

    /**
     * Units that did send a form but left an indicator empty this quarter ("-" or a blank cell) while no other
     * unit filled it: "not reported" must be visible, not only a low year-to-date figure.
     */
    private static void writeEmptyRows(TableSheet t, Styles styles, Recap recap) {
        int tw = recap.periode().triwulan();
        var notSent = recap.missing().stream().map(m -> m.unit().code()).collect(java.util.stream.Collectors.toSet());
        for (var unit : recap.catalogue().reportingUnits()) {
            if (notSent.contains(unit.code())) {
                continue;
            }
            for (Indicator i : recap.catalogue().indicatorsReportableBy(unit.code())) {
                boolean empty = recap.indicator(i.code()).map(r -> r.values().quarter(tw).isEmpty()).orElse(false);
                if (empty) {
                    Row row = t.row();
                    t.text(row, 0, unit.name() + " (formulir diterima, isian ini kosong)");
                    t.text(row, 1, i.code(), styles.text);
                    t.text(row, 2, i.name());
                }
            }
        }
    }
}
