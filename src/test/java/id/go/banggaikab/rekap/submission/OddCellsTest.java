package id.go.banggaikab.rekap.submission;

import static id.go.banggaikab.rekap.submission.ReaderFixture.kwuForm;
import static id.go.banggaikab.rekap.submission.ReaderFixture.reader;
import static id.go.banggaikab.rekap.submission.ReaderFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.spreadsheet.CellValue;
import id.go.banggaikab.rekap.spreadsheet.CrossCheckedSheets;
import id.go.banggaikab.rekap.spreadsheet.Refusal;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells no clerk types but files carry: none of them may crash the reader, and messages stay short. */
class OddCellsTest {

    @TempDir
    Path input;

    /** The form's bytes with each part's XML passed through {@code edit}, as a broken writer would leave them. */
    private static byte[] edited(byte[] xlsx, UnaryOperator<String> edit) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private Submission read(byte[] bytes) throws Exception {
        return reader().read(Files.write(input.resolve("kwu.xlsx"), bytes), input);
    }

    @Test
    void shouldRefuseNotANumberAndInfinityCellsAsNoNumber() throws Exception {
        FormBuilder form = kwuForm()
                .row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 12345)
                .row(2, null, null, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", null, null, 67890);
        byte[] bytes = edited(form.bytes(), xml -> xml.replace("<v>12345.0</v>", "<v>NaN</v>")
                .replace("<v>67890.0</v>", "<v>Infinity</v>"));

        Submission s = read(bytes);

        assertThat(s.accepted()).isTrue();
        assertThat(s.rows()).isEmpty();
        assertThat(s.problems()).containsExactly(
                Problem.cell("kwu.xlsx", "Realisasi", form.cell(0, "Realisasi"), "NaN",
                        "Nilai NaN bukan angka; tulis angka saja, mis. 12"),
                Problem.cell("kwu.xlsx", "Realisasi", form.cell(1, "Realisasi"), "Infinity",
                        "Nilai Infinity bukan angka; tulis angka saja, mis. 12"));
    }

    @Test
    void shouldReadAFormWhoseHyperlinkCannotBeParsed() throws Exception {
        FormBuilder form = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 7, null,
                null, "lihat surel");
        Hyperlink link = form.workbook().getCreationHelper().createHyperlink(HyperlinkType.EMAIL);
        link.setAddress("mailto:kwu@banggaikab.go.id");
        CellReference ket = new CellReference(form.cell(0, "Keterangan"));
        form.workbook().getSheetAt(0).getRow(ket.getRow()).getCell(ket.getCol()).setHyperlink(link);
        byte[] bytes = edited(form.bytes(), xml -> xml.replace("mailto:kwu@banggaikab.go.id", "mailto:#%@"));

        Submission s = read(bytes);

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(7.0);
        assertThat(row(s, "KASI-KWU-01").keterangan()).isEqualTo("lihat surel");
    }

    @Test
    void shouldKeepMessagesShortForTextsOfFortyThousandCharacters() throws Exception {
        java.util.Random random = new java.util.Random(8);
        StringBuilder text = new StringBuilder();
        while (text.length() < 40_000) { // more than Excel lets a cell hold; varied, or POI sees a zip bomb
            text.append((char) ('a' + random.nextInt(26))).append(random.nextInt(9) == 0 ? " " : "");
        }
        String huge = text.toString();
        FormBuilder form = kwuForm()
                .row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, "12 HUGE", null, null,
                        "HUGE")
                .row(2, null, null, "HUGE", null, null, 3)
                .row(3, "KODE-HUGE", null, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", null, null, 5);

        Submission s = read(edited(form.bytes(), xml -> xml.replace("HUGE", huge)));

        assertThat(s.accepted()).as(s.problems().toString()).isTrue();
        assertThat(s.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.reason().length()).as(CellValue.quote(p.reason())).isLessThan(600);
            assertThat(p.value() == null ? 0 : p.value().length()).isLessThanOrEqualTo(CellValue.QUOTE_LENGTH + 1);
        });
        assertThat(s.problems()).extracting(Problem::severity).contains(Severity.SEL_DITOLAK);
        assertThat(s.rows()).allSatisfy(r -> assertThat(r.keterangan() == null ? 0 : r.keterangan().length())
                .isLessThanOrEqualTo(RowReader.NOTE_LENGTH));
    }

    @Test
    void shouldStopAtTheLastRowWithContentWhenSixtyThousandEmptyRowsAreFormatted() throws Exception {
        FormBuilder form = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 9);
        StringBuilder rows = new StringBuilder();
        for (int r = 20; r < 60_020; r++) { // a user formatted whole columns: a styled empty cell on every row
            rows.append("<row r=\"").append(r).append("\"><c r=\"G").append(r).append("\" s=\"0\"/></row>");
        }
        byte[] bytes = edited(form.bytes(), xml -> xml.replace("</sheetData>", rows + "</sheetData>"));

        List<SheetView> sheets = CrossCheckedSheets.fast(bytes);
        Submission s = read(bytes);

        assertThat(sheets.get(0).lastRow()).isEqualTo(new CellReference(form.cell(0, "Realisasi")).getRow());
        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(9.0);
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void shouldNeitherExpandNorFetchEntitiesDeclaredInsideAForm() throws Exception {
        FormBuilder form = kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 9);
        String bomb = "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
        byte[] bytes = edited(form.bytes(), xml -> xml.startsWith("<?xml") && xml.contains("<sst")
                ? xml.replaceFirst("\\?>", "?>" + bomb).replace("Jumlah Peserta Pelatihan Usaha Mikro", "&c;&x;")
                : xml);

        Submission s = read(bytes);

        assertThat(s.rows()).isEmpty();
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo(Refusal.DAMAGED.message()));
    }
}
