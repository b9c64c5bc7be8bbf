package id.go.banggaikab.rekap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.OfficePercentage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Comparing sheet views cell by cell, and writing them out again as .ods, for the adapter tests. */
final class SheetViews {

    private SheetViews() {
    }

    /** The same sheets, names, visibility, cells and merged blocks, as the reader's rules see them. */
    static void assertSame(List<SheetView> expected, List<SheetView> actual, String what) {
        assertThat(actual).as(what + ": sheets").extracting(SheetView::name)
                .containsExactlyElementsOf(expected.stream().map(SheetView::name).toList());
        for (int i = 0; i < expected.size(); i++) {
            SheetView e = expected.get(i);
            SheetView a = actual.get(i);
            String where = what + ": " + e.name();
            assertThat(a.hidden()).as(where + " hidden").isEqualTo(e.hidden());
            assertThat(a.lastRow()).as(where + " last row").isEqualTo(e.lastRow());
            assertThat(a.merges()).as(where + " merges").containsExactlyInAnyOrderElementsOf(e.merges());
            for (int r = 0; r <= e.lastRow(); r++) {
                assertThat(a.lastColumn(r)).as(where + " last column of row " + r).isEqualTo(e.lastColumn(r));
                for (int c = 0; c <= e.lastColumn(r); c++) {
                    assertThat(a.value(r, c)).as(where + "!" + SheetView.address(r, c)).isEqualTo(e.value(r, c));
                }
            }
        }
    }

    /** Whether every cell can be written to .ods as it is: error values, NaN and uncomputed formulas cannot. */
    static boolean odsCanHold(List<SheetView> sheets) {
        for (SheetView s : sheets) {
            for (int r = 0; r <= s.lastRow(); r++) {
                for (int c = 0; c <= s.lastColumn(r); c++) {
                    CellValue v = s.value(r, c);
                    CellValue.Kind k = v.kind();
                    if (k == CellValue.Kind.ERROR || k == CellValue.Kind.FORMULA_WITHOUT_VALUE
                            || k == CellValue.Kind.NUMBER && !Double.isFinite(v.number())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The sheets as LibreOffice saves them in its own format: a cell that starts a merged block spans it, the cells
     * it covers are covered cells. Written by hand, as SODS' writer loses cells around nested merges.
     */
    static byte[] ods(List<SheetView> sheets) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.2\">"
                + "<office:automatic-styles><style:style style:name=\"ta1\" style:family=\"table\">"
                + "<style:table-properties table:display=\"true\"/></style:style>"
                + "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties"
                + " table:display=\"false\"/></style:style></office:automatic-styles>"
                + "<office:body><office:spreadsheet>");
        for (SheetView view : sheets) {
            int cols = 1;
            for (int r = 0; r <= view.lastRow(); r++) {
                cols = Math.max(cols, view.lastColumn(r) + 1);
            }
            for (SheetView.Region m : view.merges()) {
                cols = Math.max(cols, m.lastCol() + 1);
            }
            xml.append("<table:table table:name=\"").append(escape(view.name())).append("\" table:style-name=\"")
                    .append(view.hidden() ? "ta2" : "ta1")
                    .append("\"><table:table-column table:number-columns-repeated=\"").append(cols).append("\"/>");
            for (int r = 0; r <= view.lastRow(); r++) {
                xml.append("<table:table-row>");
                for (int c = 0; c < cols; c++) {
                    xml.append(cell(view, r, c));
                }
                xml.append("</table:table-row>");
            }
            xml.append("</table:table>");
        }
        xml.append("</office:spreadsheet></office:body></office:document-content>");
        return zip(xml.toString());
    }

    private static String cell(SheetView view, int r, int c) {
        SheetView.Region block = null;
        for (SheetView.Region m : view.merges()) {
            if (m.contains(r, c)) {
                block = m;
            }
        }
        if (block != null && (block.firstRow() != r || block.firstCol() != c)) {
            return "<table:covered-table-cell/>";
        }
        String span = block == null ? "" : " table:number-columns-spanned=\"" + (block.lastCol() - block.firstCol() + 1)
                + "\" table:number-rows-spanned=\"" + (block.lastRow() - block.firstRow() + 1) + "\"";
        Object v = odsValue(view.value(r, c));
        if (v == null) {
            return "<table:table-cell" + span + "/>";
        }
        String typed = v instanceof OfficePercentage p ? "office:value-type=\"percentage\" office:value=\""
                + p.getValue() + "\"" : v instanceof Double d ? "office:value-type=\"float\" office:value=\"" + d + "\""
                : v instanceof Boolean b ? "office:value-type=\"boolean\" office:boolean-value=\"" + b + "\""
                : "office:value-type=\"string\"";
        return "<table:table-cell" + span + " " + typed + "><text:p>" + escape(view.value(r, c).asText())
                + "</text:p></table:table-cell>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] zip(String content) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                TestZip.putStored(zip, "mimetype",
                        "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
                zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
                zip.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis."
                        + "opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\""
                        + " manifest:media-type=\"text/xml\"/></manifest:manifest>").getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("content.xml"));
                zip.write(content.getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object odsValue(CellValue v) {
        return switch (v.kind()) {
            case NUMBER -> v.percentFormat() ? new OfficePercentage(v.number()) : v.number();
            case TEXT -> v.text();
            case BOOLEAN -> Boolean.valueOf(v.display().equals("TRUE"));
            default -> null;
        };
    }
}
