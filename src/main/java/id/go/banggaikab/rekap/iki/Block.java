package id.go.banggaikab.rekap.iki;

import java.util.List;

/** A piece of the document's body in reading order: a line of text, or a table of the indicators. */
sealed interface Block {

    /**
     * A paragraph's line, or a row of a table that holds no indicators; {@code joined} when a manual line break
     * (Shift+Enter) of the same paragraph comes before it, so it continues what the line above began.
     */
    record Line(String text, boolean joined) implements Block {

        Line(String text) {
            this(text, false);
        }
    }

    /**
     * A table whose rows are cells of text, each cell placed on the table's grid; {@code offset}: the rows of the
     * Word table above the first (a form whose JABATAN, TUGAS and FUNGSI rows come first), for naming rows as Word
     * counts them.
     */
    record Table(int number, List<List<GridCell>> rows, int offset) implements Block {
    }

    /**
     * A table without the indicators' header: layout (JABATAN : … in a row, a signature beside another), read as its
     * lines, unless it directly follows an indicator table, whose rest it then is (a table Word split at a page).
     */
    record Loose(Table table, List<Line> lines) implements Block {
    }

    /**
     * A cell: its first grid column and how many it spans, its paragraphs' text, and whether it continues the cell
     * above it (a vertically merged SASARAN).
     */
    record GridCell(int column, int span, List<String> paragraphs, boolean continuesAbove) {

        String text() {
            return String.join(" ", paragraphs).replaceAll("\\s+", " ").strip();
        }

        boolean covers(int gridColumn) {
            return gridColumn >= column && gridColumn < column + span;
        }
    }
}
