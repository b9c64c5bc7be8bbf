package id.go.banggaikab.rekap.iki;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.iki.IkiDocxBuilder.Row;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * Formulas as offices type them in Word, read from the document into how the indicator is measured: a division
 * written ÷, ":" or "dibagi", "dikali 100 persen", "Persentase = …", a fraction typed on three lines with a bar of
 * dashes or on two lines, and a ratio of two ratios, which is no ratio of two counts.
 */
class TypedFormulasTest {

    private static final String TITLE = "KEPALA SEKSI PEMBIAYAAN KOPERASI";

    /** The one indicator of a document whose formula cell holds {@code lines}, one paragraph each. */
    private static FormulaReading.Reading read(String name, String... lines) throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder().position(TITLE, List.of("a. Menyiapkan bahan pembiayaan;"),
                List.of(), "SASARAN KINERJA KEGIATAN", List.of(new Row("Meningkatnya kesehatan koperasi", name, null,
                        "Seksi Pembiayaan")), List.of(TITLE), "RAHMAT DJAFAR, S.E", "NIP. 19790101 200604 1 009",
                IkiDocxBuilder.Layout.PLAIN);
        XWPFTableCell cell = doc.document().getTables().get(0).getRow(1).getCell(2);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.createRun().setText(lines[i]);
        }
        DocRow row = IkiDocxReader.read("iki.docx", doc.bytes()).positions().get(0).rows().get(0);
        return FormulaReading.of(row.indicator(), row.formula(), null);
    }

    private static void assertRatio(FormulaReading.Reading r, String numerator, String denominator) {
        assertThat(r.kind()).isEqualTo(IndicatorKind.RASIO);
        assertThat(r.numerator().name()).isEqualTo(numerator);
        assertThat(r.denominator().name()).isEqualTo(denominator);
        assertThat(r.satuan()).isEqualTo("%");
    }

    @Test
    void shouldReadADivisionWrittenWithTheDivisionSignAColonOrInWords() throws Exception {
        assertRatio(read("Angka Partisipasi Murni SD", "Jumlah siswa usia 7-12 tahun yang bersekolah di SD ÷ Jumlah"
                + " penduduk usia 7-12 tahun × 100%"), "Jumlah siswa usia 7-12 tahun yang bersekolah di SD",
                "Jumlah penduduk usia 7-12 tahun");
        assertRatio(read("Persentase koperasi sehat", "Jumlah koperasi sehat : Jumlah koperasi yang dinilai X 100%"),
                "Jumlah koperasi sehat", "Jumlah koperasi yang dinilai");
        assertRatio(read("Persentase sekolah terakreditasi", "Jumlah sekolah terakreditasi minimal B dibagi jumlah"
                + " seluruh sekolah x 100 %"), "Jumlah sekolah terakreditasi minimal B", "Jumlah seluruh sekolah");
        assertRatio(read("Persentase anggota yang dilatih", "Jumlah anggota koperasi yang dilatih dibagi dengan"
                + " jumlah anggota koperasi dikali 100 persen"), "Jumlah anggota koperasi yang dilatih",
                "Jumlah anggota koperasi");
    }

    @Test
    void shouldLeaveTheNamedLeftSideOfAnEquationOutOfTheNumerator() throws Exception {
        assertRatio(read("Persentase koperasi berbadan hukum", "Persentase = Jumlah koperasi berbadan hukum / Jumlah"
                + " koperasi x 100%"), "Jumlah koperasi berbadan hukum", "Jumlah koperasi");
        assertRatio(read("Persentase koperasi berbadan hukum", "Rumus : Σ koperasi berbadan hukum / Σ koperasi x"
                + " 100%"), "Koperasi berbadan hukum", "Koperasi");
    }

    @Test
    void shouldReadAFractionTypedOnLinesWithOrWithoutABarOfDashes() throws Exception {
        assertRatio(read("Persentase koperasi yang melaksanakan RAT", "Σ Koperasi yang melaksanakan RAT",
                "------------------------------------ x 100%", "Σ Koperasi aktif"),
                "Koperasi yang melaksanakan RAT", "Koperasi aktif");
        assertRatio(read("Persentase rekomendasi yang ditindaklanjuti", "Σ rekomendasi yang ditindaklanjuti",
                "______________________ X 100 %", "Σ rekomendasi"), "Rekomendasi yang ditindaklanjuti",
                "Rekomendasi");
        assertRatio(read("Persentase koperasi yang melaksanakan RAT", "Σ Koperasi yang melaksanakan RAT",
                "Σ Koperasi aktif x 100 %"), "Koperasi yang melaksanakan RAT", "Koperasi aktif");
        assertThat(read("Jumlah pegawai yang dilatih", "Jumlah pegawai yang dilatih", "dalam satu tahun").kind())
                .as("two lines without x 100 are one text").isEqualTo(IndicatorKind.JUMLAH);
    }

    @Test
    void shouldReadASoftLineBreakInsideTheFormulaAsTheLineOfAFraction() throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder().position(TITLE, List.of("a. Menyiapkan bahan;"), List.of(),
                "SASARAN KINERJA KEGIATAN", List.of(new Row("Meningkatnya kesehatan koperasi", "Persentase koperasi"
                        + " yang melaksanakan RAT", null, "Seksi Pembiayaan")), List.of(TITLE), "RAHMAT DJAFAR",
                "NIP. 19790101 200604 1 009", IkiDocxBuilder.Layout.PLAIN);
        XWPFRun run = doc.document().getTables().get(0).getRow(1).getCell(2).getParagraphs().get(0).createRun();
        run.setText("∑ Koperasi yang melaksanakan RAT");
        run.addBreak();
        run.setText("∑ Koperasi aktif x 100 %");
        DocRow row = IkiDocxReader.read("iki.docx", doc.bytes()).positions().get(0).rows().get(0);
        assertRatio(FormulaReading.of(row.indicator(), row.formula(), null), "Koperasi yang melaksanakan RAT",
                "Koperasi aktif");
        assertThat(FormulaText.plain(row.formula())).as("the formula kept as written, on one line")
                .isEqualTo("Σ Koperasi yang melaksanakan RAT Σ Koperasi aktif x 100%");
    }

    @Test
    void shouldNotTakeARatioOfTwoRatiosForARatioOfTwoCounts() throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder().position(TITLE, List.of("a. Menyiapkan bahan;"), List.of(),
                "SASARAN KINERJA KEGIATAN", List.of(new Row("Meningkatnya kesehatan koperasi", "Rasio pertumbuhan"
                        + " koperasi sehat", null, "Seksi Pembiayaan")), List.of(TITLE), "RAHMAT DJAFAR",
                "NIP. 19790101 200604 1 009", IkiDocxBuilder.Layout.PLAIN);
        XWPFTableRow tableRow = doc.document().getTables().get(0).getRow(1);
        IkiDocxBuilder.insert(tableRow.getCell(2).getParagraphs().get(0), "<m:oMath xmlns:m=\"" + IkiDocxBuilder.M
                + "\"><m:f><m:num><m:f><m:num><m:r><m:t>Σ koperasi sehat</m:t></m:r></m:num><m:den><m:r><m:t>Σ"
                + " koperasi dinilai</m:t></m:r></m:den></m:f></m:num><m:den><m:f><m:num><m:r><m:t>Σ koperasi sehat"
                + " tahun N-1</m:t></m:r></m:num><m:den><m:r><m:t>Σ koperasi dinilai tahun N-1</m:t></m:r></m:den>"
                + "</m:f></m:den></m:f><m:r><m:t>×100%</m:t></m:r></m:oMath>");
        DocRow row = IkiDocxReader.read("iki.docx", doc.bytes()).positions().get(0).rows().get(0);
        FormulaReading.Reading r = FormulaReading.of(row.indicator(), row.formula(), null);
        assertThat(r.kind()).isEqualTo(IndicatorKind.NILAI);
        assertThat(r.numerator()).isNull();
        assertThat(r.reasons()).anyMatch(s -> s.contains("membagi dua rasio"));
    }
}
