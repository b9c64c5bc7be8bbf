package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.iki.IndicatorTable.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the document's blocks position by position: "JABATAN :" starts one (its title on the same line or the
 * next), "TUGAS :" and "FUNGSI :" open their items (numbered or not, in any case, the colon optional when the label
 * stands alone), the indicator tables follow, and the lines after them up to the next position are the signature
 * block, whose NIP line gives the holder's NIP and the line above it the name.
 */
final class PositionReading {

    private static final Pattern TITLE = Pattern.compile("^indikator\\s+kinerja\\s+individu\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_MARK = Pattern.compile("^(?:[a-zA-Z]|\\d{1,2})\\s*[.)]\\s*\\S.*");
    private static final Pattern BULLET = Pattern.compile("^[-–•·*▪]\\s+");

    private enum Part {
        NONE, TUGAS, FUNGSI, TABLES
    }

    private final String file;
    private final List<DocPosition> positions = new ArrayList<>();
    private final TitlePage titlePage = new TitlePage();
    private Draft draft;

    PositionReading(String file) {
        this.file = file;
    }

    /** What is gathered of the position being read. */
    private static final class Draft {
        final int number;
        String title;
        boolean titleNext;
        boolean titleOpen;
        final List<String> tugas = new ArrayList<>();
        final List<String> fungsi = new ArrayList<>();
        final List<DocRow> rows = new ArrayList<>();
        final List<String> after = new ArrayList<>();
        Part part = Part.NONE;
        Header header;
        Block.Table lastTable;
        boolean tableLast;

        Draft(int number) {
            this.number = number;
        }
    }

    IkiDocument read(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Table table) {
                table(table);
            } else if (block instanceof Block.Loose loose) {
                if (draft != null && draft.tableLast && width(loose.table()) == width(draft.lastTable)) {
                    table(loose.table());
                } else {
                    loose.lines().stream().filter(l -> !l.text().isEmpty()).forEach(this::line);
                }
            } else if (block instanceof Block.Line line && !line.text().isEmpty()) {
                line(line);
            }
        }
        finish();
        return new IkiDocument(file, titlePage.year, OfficeName.of(titlePage.office, positions), positions);
    }

    private void table(Block.Table table) {
        if (draft == null) {
            return; // a table before any JABATAN is not a position's
        }
        boolean ownHeader = IndicatorTable.headerRow(table.rows()) >= 0;
        Header carried = ownHeader ? null : draft.tableLast ? draft.header : null;
        if (!ownHeader && carried == null) {
            return;
        }
        String where = draft.title == null ? "jabatan ke-" + draft.number : "jabatan ke-" + draft.number + " ("
                + draft.title + ")";
        Header own = ownHeader ? IndicatorTable.header(table.rows().get(IndicatorTable.headerRow(table.rows())))
                : null;
        boolean continues = draft.tableLast && !draft.rows.isEmpty() && (carried != null
                || Objects.equals(own.level(), draft.header.level())); // the table went on after a page break
        String above = continues ? draft.rows.get(draft.rows.size() - 1).sasaran() : null;
        draft.rows.addAll(IndicatorTable.rows(table, carried, above, where + ", tabel indikator"));
        if (ownHeader) {
            draft.header = own;
        }
        draft.part = Part.TABLES;
        draft.tableLast = true;
        draft.lastTable = table;
    }

    /** How many grid columns a table spans. */
    private static int width(Block.Table table) {
        return table.rows().stream().flatMap(List::stream).mapToInt(c -> c.column() + c.span()).max().orElse(0);
    }

    private void line(Block.Line block) {
        String text = clean(block.text());
        boolean continuesTitle = draft != null && draft.titleOpen && block.joined();
        if (draft != null) {
            draft.titleOpen = false;
        }
        Matcher jabatan = FormLabels.JABATAN.matcher(text);
        if (jabatan.matches() && !Contents.entry(block.text())) {
            finish();
            draft = new Draft(positions.size() + 1);
            String title = jabatan.group(1) == null ? "" : jabatan.group(1).strip();
            draft.title = title.isEmpty() ? null : title;
            draft.titleNext = title.isEmpty();
            draft.titleOpen = !title.isEmpty();
            return;
        }
        if (continuesTitle && !FormLabels.TUGAS.matcher(text).matches()
                && !FormLabels.FUNGSI.matcher(text).matches()) {
            draft.title = draft.title + " " + text; // the title went on after Shift+Enter
            draft.titleOpen = true;
            return;
        }
        boolean title = TITLE.matcher(text).matches();
        if (title || draft == null) {
            titlePage.read(text, title, positions.isEmpty() && draft == null);
            if (title && draft != null && draft.part == Part.TABLES) {
                finish();
            }
            return;
        }
        draft.tableLast = false;
        if (draft.titleNext) {
            draft.title = text;
            draft.titleNext = false;
            draft.titleOpen = true;
            return;
        }
        if (draft.part == Part.TABLES) {
            draft.after.add(text);
            return;
        }
        Matcher tugas = FormLabels.TUGAS.matcher(text);
        Matcher fungsi = FormLabels.FUNGSI.matcher(text);
        if (tugas.matches() || fungsi.matches()) {
            draft.part = tugas.matches() ? Part.TUGAS : Part.FUNGSI;
            String rest = tugas.matches() ? tugas.group(1) : fungsi.group(1);
            item(rest == null ? "" : rest.strip());
            return;
        }
        if (draft.part == Part.TUGAS || draft.part == Part.FUNGSI) {
            item(text);
        } else if (FormLabels.NIP.matcher(text).matches()) {
            draft.after.add(text); // a signature without a table above it
        }
    }

    /** An item of TUGAS or FUNGSI; a lower-case line without a letter of its own continues the item above. */
    private void item(String text) {
        String t = BULLET.matcher(text).replaceFirst("").strip();
        if (t.isEmpty() || t.matches("[-–—]+")) {
            return;
        }
        List<String> items = draft.part == Part.TUGAS ? draft.tugas : draft.fungsi;
        boolean continues = !items.isEmpty() && ITEM_MARK.matcher(items.get(items.size() - 1)).matches()
                && !ITEM_MARK.matcher(t).matches() && Character.isLowerCase(t.charAt(0));
        if (continues) {
            items.set(items.size() - 1, items.get(items.size() - 1) + " " + t);
        } else {
            items.add(t);
        }
    }

    private void finish() {
        if (draft == null) {
            return;
        }
        Signature s = Signature.of(draft.after, draft.title == null ? "" : draft.title);
        positions.add(new DocPosition(draft.number, draft.title == null ? "(tanpa judul)" : draft.title, draft.tugas,
                draft.fungsi, draft.rows, s.title(), s.name(), s.nip()));
        draft = null;
    }

    /** Whitespace collapsed, and Markdown-like emphasis ("**") some converters leave taken off. */
    static String clean(String text) {
        return text.replace("**", "").replaceAll("\\s+", " ").strip();
    }
}
