package id.go.banggaikab.rekap.lkjip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueException;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.shared.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetWorkbookTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("config/katalog.yml"));
    private static final String SHEET = BudgetWorkbook.SHEET;

    @TempDir
    Path dir;

    private final BudgetWorkbook workbook = new BudgetWorkbook(CATALOGUE);

    private InputBook prefilled() throws IOException {
        Path file = BudgetWorkbook.pathFor(dir, 2026);
        workbook.write(file, 2026, "catatan");
        return InputBook.of(Files.readAllBytes(file));
    }

    @Test
    void prefilledWorkbookHoldsPermendagriProgramsAndKegiatanAsExamplesARealRunLeavesOut() throws IOException {
        Path file = BudgetWorkbook.pathFor(dir, 2026);
        workbook.write(file, 2026, "catatan");

        Budget real = workbook.read(file, 2026, false);
        Budget sample = workbook.read(file, 2026, true);

        assertThat(real.lines()).isEmpty();
        assertThat(real.examples()).isEqualTo(15);
        assertThat(sample.programs()).extracting(Budget.Line::kode)
                .containsExactly("2.17.01", "2.17.03", "2.17.05", "2.17.06", "2.17.07", "2.17.08");
        Budget.Line penunjang = sample.programs().get(0);
        assertThat(penunjang.nama()).isEqualTo("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA");
        assertThat(penunjang.pagu()).as("left to the sum of its kegiatan").isNull();
        assertThat(BudgetWorkbook.pagu(sample, penunjang)).isEqualByComparingTo("2240000000");
        assertThat(sample.children(penunjang)).extracting(Budget.Line::kode)
                .containsExactly("2.17.01.2.01", "2.17.01.2.02", "2.17.01.2.05", "2.17.01.2.06");
        Budget.Line keuangan = sample.children(penunjang).get(1);
        assertThat(keuangan.indicators()).containsExactly("KASUBAG-PEK-03", "BEND-PENG-01", "BEND-PENG-02",
                "BEND-PENG-03");
        assertThat(keuangan.realisasi(1)).isEqualByComparingTo("231000000");
        assertThat(keuangan.realisasi(4)).isNull();
        assertThat(sample.notes()).isEmpty();
    }

    @Test
    void everyBadCellIsNamedWithItsFileSheetCellHeaderAndValue() throws IOException {
        InputBook book = prefilled().unmarkAll(SHEET);
        int program = book.rowOf(SHEET, "2.17.01");
        int pek = book.rowOf(SHEET, "2.17.01.2.01");
        int keu = book.rowOf(SHEET, "2.17.01.2.02");
        int pengawasan = book.rowOf(SHEET, "2.17.03.2.01");
        int umkm = book.rowOf(SHEET, "2.17.08.2.01");
        book.set(SHEET, "F" + program, 1_000_000).set(SHEET, "D" + pek, "banyak")
                .set(SHEET, "G" + keu, -5_000).set(SHEET, "E" + pengawasan, "KASI-USP-01, KASI-XYZ-09")
                .set(SHEET, "B" + umkm, "2.17.8.2.01").set(SHEET, "B" + (umkm + 2), "2.17.09.2.01")
                .set(SHEET, "C" + (umkm + 2), "Kegiatan tanpa program").set(SHEET, "D" + (umkm + 2), 1000)
                .set(SHEET, "E" + (umkm + 2), "KASI-KWU-01");

        CatalogueException e = catchThrowableOfType(CatalogueException.class,
                () -> workbook.read("anggaran-2026.xlsx", book.stream(), 2026, false));

        String at = "anggaran-2026.xlsx, lembar Anggaran, sel ";
        assertThat(e.findings()).containsExactlyInAnyOrder(
                at + "D" + pek + " (Pagu (Rp)): \"banyak\" bukan jumlah rupiah. Tulis angkanya saja, mis. 1250000000"
                        + " atau 1.250.000.000.",
                at + "G" + keu + " (Realisasi TW II (Rp)): \"-5.000\" negatif; jumlah rupiah 0 atau lebih.",
                at + "E" + pengawasan + " (Indikator yang Didukung (kode)): kode indikator \"KASI-XYZ-09\" tidak ada"
                        + " di katalog. Pisahkan beberapa kode dengan koma.",
                at + "B" + umkm + " (Kode): \"2.17.8.2.01\" bukan kode Permendagri 90/2019. Tulis kode program"
                        + " seperti 2.17.01, kegiatan 2.17.01.2.01, sub kegiatan 2.17.01.2.01.0001.",
                at + "F" + program + " (Realisasi TW I (Rp)): realisasi program 2.17.01 dijumlah dari baris di"
                        + " bawahnya; isi realisasi pada baris kegiatan.",
                at + "D" + pek + " (Pagu (Rp)): pagu kegiatan 2.17.01.2.01 kosong.",
                at + "D" + (umkm - 1) + " (Pagu (Rp)): pagu program 2.17.08 kosong.",
                at + "B" + (umkm + 2) + " (Kode): kegiatan 2.17.09.2.01 tanpa program 2.17.09 di atasnya; tambahkan"
                        + " baris 2.17.09.");
    }

    @Test
    void aProgramPaguThatDoesNotAddUpAndAnIndicatorOnTwoKegiatanAreFindings() throws IOException {
        InputBook book = prefilled().unmarkAll(SHEET);
        int program = book.rowOf(SHEET, "2.17.01");
        int umum = book.rowOf(SHEET, "2.17.01.2.06");
        book.set(SHEET, "D" + program, "2.000.000.000").set(SHEET, "E" + umum, "PA-UMUM-01, KASUBAG-UAK-01");

        CatalogueException e = catchThrowableOfType(CatalogueException.class,
                () -> workbook.read("anggaran-2026.xlsx", book.stream(), 2026, false));

        assertThat(e.findings()).containsExactlyInAnyOrder(
                "anggaran-2026.xlsx, lembar Anggaran, sel D" + program + " (Pagu (Rp)): pagu 2.17.01 Rp 2.000.000.000"
                        + " tidak sama dengan jumlah pagu baris di bawahnya Rp 2.240.000.000. Perbaiki salah satunya,"
                        + " atau kosongkan pagu 2.17.01 agar dijumlah otomatis.",
                "anggaran-2026.xlsx, lembar Anggaran, sel E" + umum + " (Indikator yang Didukung (kode)): indikator"
                        + " KASUBAG-UAK-01 sudah didukung 2.17.01.2.05 (baris " + (umum - 1) + "); realisasi Rp"
                        + " formulirnya hanya boleh masuk satu baris terbawah.");
    }

    @Test
    void realisationAbovePaguIsANoteNotARefusal() throws IOException {
        InputBook book = prefilled().unmarkAll(SHEET);
        int pek = book.rowOf(SHEET, "2.17.01.2.01");
        book.set(SHEET, "F" + pek, 50_000_000).set(SHEET, "G" + pek, "50.000.000").set(SHEET, "H" + pek, 50_000_000)
                .set(SHEET, "I" + pek, "Rp 50.000.000");

        Budget budget = workbook.read("anggaran-2026.xlsx", book.stream(), 2026, false);

        Budget.Line line = budget.lines().stream().filter(l -> l.kode().equals("2.17.01.2.01")).findFirst()
                .orElseThrow();
        assertThat(line.realisasi(2)).isEqualByComparingTo(new BigDecimal("50000000"));
        assertThat(line.realisasi(4)).isEqualByComparingTo(new BigDecimal("50000000"));
        assertThat(budget.notes()).extracting(Problem::reason).containsExactly("Realisasi 2.17.01.2.01"
                + " (Rp 200.000.000) melebihi pagunya (Rp 185.000.000); periksa isian realisasi per triwulan.");
    }

    /**
     * Why an amount keeps InputSheet.rupiah rather than the forms' rules (see its doc comment): a pagu split by a
     * formula is kept to the sen, not to the binary noise of its result, and a comma followed by three digits is a
     * thousands separator, as no amount has three digits of sen. Where both rules agree the amount is the same.
     */
    @Test
    void amountsAreExactToTheSenWhetherTypedAsNumbersTextOrFormulas() throws IOException {
        InputBook book = prefilled().unmarkAll(SHEET);
        int pek = book.rowOf(SHEET, "2.17.01.2.01");
        book.set(SHEET, "D" + pek, 185_000_000).set(SHEET, "F" + pek, 50_000_000).set(SHEET, "H" + pek, "12,345")
                .set(SHEET, "I" + pek, "Rp 1.250.000,50");
        book.wb.getSheet(SHEET).getRow(pek - 1).getCell(6).setCellFormula("F" + pek + "/3");

        Budget budget = workbook.read("anggaran-2026.xlsx", Authors.excel(book.wb), 2026, false);

        Budget.Line line = budget.lines().stream().filter(l -> l.kode().equals("2.17.01.2.01")).findFirst()
                .orElseThrow();
        assertThat(line.realisasi(1)).isEqualByComparingTo("50000000");
        assertThat(line.realisasi(2)).as("=F/3, rounded to the sen").isEqualTo(new BigDecimal("16666666.67"));
        assertThat(line.realisasi(3)).as("\"12,345\" from English Excel").isEqualByComparingTo("12345");
        assertThat(line.realisasi(4)).as("as in a form's Rp column").isEqualTo(new BigDecimal("1250000.50"));
    }
}
