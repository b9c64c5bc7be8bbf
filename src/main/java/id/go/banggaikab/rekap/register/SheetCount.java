package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.catalogue.RegisterColumn;
import id.go.banggaikab.rekap.catalogue.RegisterKind;
import id.go.banggaikab.rekap.catalogue.RegisterRule;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.StreamedRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts the rows of one register sheet into the rule groups of its kind: each row is checked once (blank and total
 * lines passed over, a NIK or NIB seen before counted once and named, unusable cells named by address), then every
 * group's conditions are tested for every quarter counted.
 */
final class SheetCount {

    private static final Set<String> TOTAL_WORDS = Set.of("jumlah", "total", "jumlah total", "grand total",
            "jumlah seluruhnya", "sub total", "subtotal");

    /** One group as it applies to this sheet: where its columns are, or why it cannot count here. */
    private static final class Active {
        final RuleGroup group;
        final RuleGroup.Tally tally;
        final int[] columns;
        final RegisterRule.Condition[] conditions;
        final Set<String>[] words;
        final int figure;
        int[] quarters;
        boolean[] listed;

        @SuppressWarnings("unchecked")
        Active(RuleGroup group, RuleGroup.Tally tally, List<Integer> cols, List<RegisterRule.Condition> conds,
                int figure) {
            this.group = group;
            this.tally = tally;
            this.columns = cols.stream().mapToInt(Integer::intValue).toArray();
            this.conditions = conds.toArray(RegisterRule.Condition[]::new);
            this.words = new Set[conditions.length];
            for (int i = 0; i < conditions.length; i++) {
                Set<String> keys = new HashSet<>();
                conditions[i].values().forEach(v -> keys.add(RegisterKind.key(v)));
                words[i] = keys;
            }
            this.figure = figure;
        }
    }

    private final Layout layout;
    private final String file;
    private final CountPlan plan;
    private final SeenIds seen;
    private final int origin;
    private final List<String> origins;
    private final ProblemLog problems;
    private final RowCells cells = new RowCells();
    private final List<Active> active = new ArrayList<>();
    private final int nameCol;
    /** Where the row being counted has its NIK or NIB, -1 when it has none. */
    private int idCol;
    private final int[] idCols;
    private final int kecamatanCol;
    private final int[] checked;
    private final int[] used;
    private final RegisterColumn[] checkedColumns;
    private final List<Set<String>> words;
    /** Each quarter's first and last day, in days since 1970-01-01. */
    private final long[] starts = new long[4];
    private final long[] ends = new long[4];

    SheetCount(Layout layout, String file, String sheet, Integer year, CountPlan plan, List<RuleGroup> groups,
            SeenIds seen, List<String> origins, ProblemLog problems, java.time.Instant modified) {
        this.layout = layout;
        this.file = file;
        this.plan = plan;
        this.seen = seen;
        this.origins = origins;
        this.origin = origins.size();
        origins.add(file + " (lembar " + sheet + ")");
        this.problems = problems;
        for (int tw = 1; tw <= 4; tw++) {
            ends[tw - 1] = new Periode(plan.recap().tahun(), tw).lastDay().toEpochDay();
            starts[tw - 1] = LocalDate.of(plan.recap().tahun(), tw * 3 - 2, 1).toEpochDay();
        }
        RegisterKind kind = layout.kind();
        this.nameCol = layout.col(kind.nameColumn());
        this.idCols = kind.identifiers().stream().mapToInt(layout::col).filter(c -> c >= 0).toArray();
        this.kecamatanCol = kind.column("Kecamatan").map(layout::col).orElse(-1);
        this.used = layout.used();
        List<Integer> check = new ArrayList<>();
        List<RegisterColumn> checkCols = new ArrayList<>();
        for (RegisterColumn c : kind.columns()) {
            if (layout.col(c) >= 0 && c.type() != RegisterColumn.Type.TEXT && c.type() != RegisterColumn.Type.NAME
                    && c.type() != RegisterColumn.Type.IDENTIFIER && c.type() != RegisterColumn.Type.NUMBER) {
                check.add(layout.col(c));
                checkCols.add(c);
            }
        }
        this.checked = check.stream().mapToInt(Integer::intValue).toArray();
        this.checkedColumns = checkCols.toArray(RegisterColumn[]::new);
        this.words = new java.util.ArrayList<Set<String>>();
        for (RegisterColumn c : checkedColumns) {
            Set<String> keys = new HashSet<>();
            c.values().forEach(v -> keys.add(RegisterKind.key(v)));
            words.add(keys);
        }
        int tahun = plan.recap().tahun();
        int registerYear = year == null ? tahun : year;
        for (RuleGroup g : groups) {
            if (g.kind() != kind) {
                continue;
            }
            RegisterRule rule = g.first();
            RuleGroup.Source source;
            int figure = -1;
            RegisterColumn sum = rule.sums() ? kind.column(rule.sumColumn()).orElse(null) : null;
            if (!rule.lastYear()) {
                if (registerYear != tahun) {
                    continue;
                }
                source = RuleGroup.Source.CURRENT;
                if (rule.sums()) {
                    figure = sum == null ? layout.named(rule.sumColumn())
                            : layout.figureOf(sum, tahun, year, plan.recap());
                }
            } else if (registerYear == tahun - 1) {
                source = RuleGroup.Source.PREVIOUS;
                figure = sum == null ? layout.named(rule.sumColumn())
                        : layout.figureOf(sum, tahun - 1, year, plan.recap());
            } else if (registerYear == tahun) {
                source = RuleGroup.Source.CURRENT;
                figure = sum == null ? -1 : layout.yearly(sum, tahun - 1);
                if (figure < 0) {
                    continue; // this year's register without last year's column: not a source of last year's figure
                }
            } else {
                continue;
            }
            RuleGroup.Tally tally = g.tally(source);
            tally.took(file, sheet, modified);
            List<Integer> cols = new ArrayList<>();
            List<RegisterRule.Condition> conds = new ArrayList<>();
            boolean complete = true;
            for (RegisterRule.Condition c : rule.conditions()) {
                int col = layout.named(c.column());
                if (col < 0 && c.ifPresent()) {
                    g.skippedConditions.add(file + " (lembar " + sheet + ") tidak menyimpan kolom " + c.column()
                            + "; syarat \"" + c.describe() + "\" dilewati");
                    continue;
                }
                if (col < 0) {
                    tally.incomplete.add(file + " (lembar " + sheet + ") tidak punya kolom " + c.column());
                    complete = false;
                }
                cols.add(col);
                conds.add(c);
            }
            if (rule.sums() && figure < 0) {
                tally.incomplete.add(file + " (lembar " + sheet + ") tidak punya kolom " + rule.sumColumn() + " "
                        + (rule.lastYear() ? tahun - 1 : tahun));
                complete = false;
            }
            if (complete) {
                Active a = new Active(g, tally, cols, conds, figure);
                a.quarters = plan.quarters(rule).stream().mapToInt(Integer::intValue).toArray();
                a.listed = new boolean[a.quarters.length];
                for (int k = 0; k < a.quarters.length; k++) {
                    a.listed[k] = plan.listed(rule, a.quarters[k]);
                }
                active.add(a);
            }
        }
    }

    /** One row the stream found something in (a line of spaces only is told apart below, by its name and number). */
    void row(StreamedRow row) {
        cells.reset(row);
        long key = StreamedRow.NO_ID;
        int idCol = -1;
        for (int c : idCols) {
            key = row.identifierKey(c);
            if (key != StreamedRow.NO_ID) {
                idCol = c;
                break;
            }
        }
        if (key == StreamedRow.NO_ID && (TOTAL_WORDS.contains(row.key(nameCol)) || row.empty(nameCol))) {
            return; // a total line under the list, or a line with neither name nor number
        }
        this.idCol = idCol;
        if (key != StreamedRow.NO_ID) {
            long place = ((long) origin << 32) | row.number();
            long before = key == StreamedRow.NOT_NUMERIC ? seen.putIfAbsent(row.identifier(idCol), place)
                    : seen.putIfAbsent(key, place);
            if (before >= 0) {
                String id = row.identifier(idCol);
                problems.warning(file, row.sheet(), row.address(idCol), id, header(idCol) + " " + id
                        + " sudah ada di " + origins.get((int) (before >>> 32)) + " baris " + (before & 0xFFFFFFFFL)
                        + "; baris ini dihitung sekali saja (tidak dihitung lagi)");
                return;
            }
        }
        check(row);
        for (Active a : active) {
            count(a, row);
        }
    }

    private void check(StreamedRow row) {
        for (int i = 0; i < checked.length; i++) {
            int c = checked[i];
            RegisterColumn column = checkedColumns[i];
            switch (column.type()) {
                case WORDS -> {
                    if (row.empty(c)) {
                        problems.cell(file, row.sheet(), row.address(c), "", column.header() + " kosong; tulis "
                                + String.join(" atau ", column.values()));
                    } else if (!words.get(i).contains(cells.key(c))) {
                        problems.warning(file, row.sheet(), row.address(c), row.shown(c), column.header() + " \""
                                + row.shown(c) + "\" tidak dikenal (" + String.join(" atau ", column.values())
                                + "); dibaca apa adanya");
                    }
                }
                case DATE -> {
                    String error = cells.dateError(c);
                    if (error != null) {
                        problems.cell(file, row.sheet(), row.address(c), row.shown(c), column.header() + ": "
                                + error);
                    } else if (cells.first(c) == RowCells.NONE && column.required()) {
                        problems.cell(file, row.sheet(), row.address(c), "", column.header() + " kosong; baris ini"
                                + " tidak dihitung pada syarat tanggalnya");
                    }
                }
                case YEAR -> {
                    StreamedRow.Year y = cells.year(c);
                    if (y.error() != null) {
                        problems.cell(file, row.sheet(), row.address(c), row.shown(c), column.header() + ": "
                                + y.error());
                    }
                }
                default -> {
                }
            }
        }
    }

    private void count(Active a, StreamedRow row) {
        double value = 1;
        if (a.figure >= 0) {
            StreamedRow.Number n = cells.number(a.figure);
            if (n.error() != null || n.present() && n.value() < 0) {
                problems.cell(file, row.sheet(), row.address(a.figure), row.shown(a.figure), a.group.first()
                        .sumColumn() + ": " + (n.error() != null ? n.error() : "angka tidak boleh negatif"));
                return;
            }
            if (!n.present()) {
                return; // no figure for this koperasi: nothing to add
            }
            value = n.value();
            a.tally.withFigure++;
        }
        Periode recap = plan.recap();
        for (int k = 0; k < a.quarters.length; k++) {
            int tw = a.quarters[k];
            boolean all = true;
            boolean firstHolds = true;
            for (int i = 0; i < a.conditions.length && all; i++) {
                all = holds(a, i, tw);
                if (i == 0) {
                    firstHolds = all;
                }
            }
            if (!all && firstHolds && tw == recap.triwulan() && a.conditions.length > 1) {
                a.group.excluded++;
                if (a.group.excludedNames.size() < 5) {
                    a.group.excludedNames.add(row.text(nameCol) + " (baris " + row.number() + ")");
                }
            }
            if (!all) {
                continue;
            }
            a.tally.add(tw, value);
            if (a.listed[k] && a.tally.rows.size() < RegisterCounter.LISTED_ROWS) {
                a.tally.rows.add(new RegisterDetail.Row(tw, file, row.sheet(), row.number(),
                        idCol < 0 ? "" : row.identifier(idCol), row.text(nameCol),
                        kecamatanCol < 0 ? "" : row.text(kecamatanCol), a.figure >= 0 ? value : null, basis(a,
                                row)));
            } else if (a.listed[k]) {
                a.tally.unlisted++;
            }
        }
    }

    private boolean holds(Active a, int i, int tw) {
        RegisterRule.Condition c = a.conditions[i];
        int col = a.columns[i];
        return switch (c.test()) {
            case SAMA_DENGAN -> !cells.row().empty(col) && a.words[i].contains(cells.key(col));
            case BUKAN -> cells.row().empty(col) || !a.words[i].contains(cells.key(col));
            case TERISI -> !cells.row().empty(col);
            case KOSONG -> cells.row().empty(col);
            case DALAM_TAHUN_TERAKHIR -> {
                StreamedRow.Year y = cells.year(col);
                yield y.present() && y.value() > plan.recap().tahun() - c.years();
            }
            case TANGGAL -> {
                long first = cells.first(col);
                if (first == RowCells.NONE) {
                    yield false;
                }
                long last = cells.last(col);
                long end = ends[tw - 1];
                yield switch (c.window()) {
                    case DALAM_TRIWULAN -> first >= starts[tw - 1] && last <= end;
                    case DALAM_TAHUN -> first >= starts[0] && last <= end;
                    case SAMPAI_AKHIR_TRIWULAN -> last <= end;
                };
            }
        };
    }

    /** "Status: Aktif · Tanggal Pelatihan: 12/03/2026": the cells the conditions looked at, dates as dates. */
    private String basis(Active a, StreamedRow row) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < a.conditions.length; i++) {
            if (out.length() > 0) {
                out.append(" · ");
            }
            int col = a.columns[i];
            String shown = row.shown(col);
            if (a.conditions[i].test() == RegisterRule.Test.TANGGAL && cells.first(col) != RowCells.NONE) {
                LocalDate first = LocalDate.ofEpochDay(cells.first(col));
                shown = cells.first(col) == cells.last(col) ? DAY.format(first) : MONTH.format(first);
            } else if (a.conditions[i].test() == RegisterRule.Test.DALAM_TAHUN_TERAKHIR && cells.year(col).present()) {
                shown = String.valueOf(cells.year(col).value());
            }
            out.append(a.conditions[i].column()).append(": ").append(shown);
        }
        return out.toString();
    }

    /** The header of one of this sheet's kind's columns, by its index. */
    private String header(int col) {
        for (RegisterColumn c : layout.kind().identifiers()) {
            if (layout.col(c) == col) {
                return c.header();
            }
        }
        return "Nomor";
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy");
    private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter
            .ofPattern("MM/yyyy");
}
