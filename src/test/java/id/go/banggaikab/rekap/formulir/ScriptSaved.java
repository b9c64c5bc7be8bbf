package id.go.banggaikab.rekap.formulir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A workbook as a script saves it without recalculating (openpyxl writes a formula with an empty number result,
 * other tools write none): every formula cell of every sheet loses its saved result. A form without ratio rows has
 * no formula to lose.
 */
public final class ScriptSaved {

    private static final Pattern FORMULA_CELL = Pattern.compile("<c ([^>]*)>(<f>[^<]*</f>)(?:<v>[^<]*</v>|<v/>)?</c>");

    private ScriptSaved() {
    }

    /** {@code withEmptyResult}: {@code <v></v>} as openpyxl writes it; otherwise no {@code <v>} at all. */
    static void dropFormulaResults(Path xlsx, boolean withEmptyResult) throws IOException {
        Files.write(xlsx, dropFormulaResults(Files.readAllBytes(xlsx), withEmptyResult));
    }

    /** As {@link #dropFormulaResults(Path, boolean)}, on a workbook's bytes (for the config workbooks' tests too). */
    public static byte[] dropFormulaResults(byte[] xlsx, boolean withEmptyResult) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().startsWith("xl/worksheets/")) {
                    Matcher m = FORMULA_CELL.matcher(new String(content, StandardCharsets.UTF_8));
                    StringBuilder xml = new StringBuilder();
                    while (m.find()) {
                        String attributes = m.group(1).replaceAll(" ?\\bt=\"[a-zA-Z]+\"", "");
                        m.appendReplacement(xml, Matcher.quoteReplacement("<c " + attributes + ">" + m.group(2)
                                + (withEmptyResult ? "<v></v>" : "") + "</c>"));
                    }
                    content = m.appendTail(xml).toString().getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
