package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.spreadsheet.CellValue;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import id.go.banggaikab.rekap.submission.ReportSheets.Report;
import id.go.banggaikab.rekap.submission.ReportSheets.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reading of one opened workbook: find the tables on the visible sheets, tell which sheets make which report
 * ({@link ReportSheets}), settle each report's who and when by the rule of {@link WhoAndWhen} (the unit from its own
 * header block first, the period from its folder first), and read the rows. A report whose unit, year or quarter cannot be told is refused,
 * with a message saying which, because filing figures under a guessed unit or quarter is worse than asking for the
 * file again.
 */
final class FormReading {

    private final ReaderSettings settings;
    private final UnitMatcher units;
    private final IndicatorMatcher indicators;
    private final SourceFile source;

    FormReading(ReaderSettings settings, UnitMatcher units, IndicatorMatcher indicators,
            SourceFile source) {
        this.settings = settings;
        this.units = units;
        this.indicators = indicators;
        this.source = source;
    }

    /** One submission per report found; a single refused one when none can be read. */
    List<Submission> read(List<SheetView> sheets) {
        List<Table> tables = tables(sheets);
        if (tables.isEmpty()) {
            return List.of(reject("Tidak ada tabel indikator yang dikenali di lembar mana pun (perlu kolom Indikator "
                    + "Kinerja dan Realisasi atau Pembilang/Penyebut)"));
        }
        Clues fromAllSheets = Clues.NONE;
        for (Table t : tables) {
            fromAllSheets = fromAllSheets.orElse(t.own());
        }
        Clues name = PathClues.name(source.path(), units);
        Clues folders = PathClues.folders(source.path(), units);
        Clues fromPath = PathClues.of(source.path(), units);
        List<Report> reports = ReportSheets.of(tables, source.path(), fromPath.tahun(), fromPath.triwulan());
        List<Submission> read = new ArrayList<>();
        List<Problem> refusedSheets = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (Report report : reports) {
            Clues fromCells = Clues.NONE;
            for (Table t : report.tables()) {
                fromCells = fromCells.orElse(t.own());
            }
            fromCells = fromCells.orElse(fromAllSheets);
            Clues clues = WhoAndWhen.decide(fromCells, name, folders);
            Optional<String> refusal = refusal(clues);
            String sheetNames = String.join(", ", report.tables().stream().map(t -> t.sheet().name()).toList());
            if (refusal.isPresent()) {
                refusals.add(reports.size() == 1 ? refusal.get() : "Lembar " + sheetNames + ": " + refusal.get());
                refusedSheets.add(Problem.cell(source.path(), sheetNames, null, CellValue.quote(clues.unitText()),
                        refusal.get() + "; lembar ini tidak dibaca"));
                continue;
            }
            WhoAndWhen.Decision decision = WhoAndWhen.explain(clues, fromCells, name, folders, reports.size() == 1,
                    source.path(), sheetNames);
            List<Problem> problems = new ArrayList<>();
            if (decision.disagreement() != null) {
                problems.add(decision.disagreement());
            }
            problems.addAll(report.notes());
            read.add(rows(report, clues, problems, decision.others()));
        }
        if (read.isEmpty()) {
            return List.of(reject(String.join("; ", refusals)));
        }
        if (!refusedSheets.isEmpty()) {
            Submission first = read.get(0);
            List<Problem> problems = new ArrayList<>(first.problems());
            problems.addAll(refusedSheets);
            read.set(0, new Submission(first.file(), first.unitCode(), first.periode(), first.rows(), problems,
                    first.otherReadings()));
        }
        return read;
    }

    private Submission rows(Report report, Clues clues, List<Problem> problems,
            List<Submission.OtherReading> others) {
        String unitCode = clues.unit().code();
        List<ReadRow> rows = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        RowReader reader = new RowReader(source.path(), indicators);
        for (Table t : report.tables()) {
            TableLayout layout = t.layout().forQuarter(clues.triwulan());
            if (!layout.usable()) {
                problems.add(Problem.warning(source.path(), t.sheet().name(), null, null, "Lembar ini hanya memuat kolom"
                        + " realisasi triwulan lain (" + String.join(", ", t.layout().otherQuarterColumns(
                                clues.triwulan())) + "), bukan TW " + Periode.roman(clues.triwulan())
                        + "; tidak dibaca"));
                continue;
            }
            reader.read(t.sheet(), layout, unitCode, seen, rows, problems);
        }
        return new Submission(source, unitCode, new Periode(clues.tahun(), clues.triwulan()), rows, problems, others);
    }

    private List<Table> tables(List<SheetView> sheets) {
        List<Table> tables = new ArrayList<>();
        for (SheetView sheet : sheets) {
            if (!sheet.hidden()) {
                TableLocator.locate(sheet).ifPresent(layout -> tables.add(new Table(sheet, layout,
                        HeaderBlock.read(sheet, layout.headerRow(), units))));
            }
        }
        return tables;
    }

    private Optional<String> refusal(Clues clues) {
        if (clues.unit() == null && clues.unitText() != null) {
            return Optional.of("Unit kerja \"" + CellValue.quote(clues.unitText()) + "\" tidak ada dalam katalog");
        }
        List<String> missing = new ArrayList<>();
        if (clues.unit() == null) {
            missing.add("unit kerja");
        }
        if (clues.tahun() == null) {
            missing.add("tahun");
        }
        if (clues.triwulan() == null) {
            missing.add("triwulan");
        }
        if (!missing.isEmpty()) {
            return Optional.of("Tidak dapat menentukan " + String.join(", ", missing) + " dari isi berkas maupun "
                    + "nama berkas/foldernya; isi kolom Unit Kerja, Tahun dan Triwulan di atas tabel");
        }
        if (clues.tahun() < settings.minYear() || clues.tahun() > settings.maxYear()) {
            return Optional.of("Tahun " + clues.tahun() + " di luar rentang yang diterima (" + settings.minYear()
                    + "–" + settings.maxYear() + ")");
        }
        return Optional.empty();
    }

    private Submission reject(String reason) {
        return Submission.rejected(source, Problem.file(source.path(), reason));
    }
}
