package id.go.banggaikab.rekap.lkjip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueException;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Predikat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenstraWorkbookTest {

    private static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("config/katalog.yml"));
    private static final String PATHS = RenstraWorkbook.PATHS;
    private static final String EARLIER = RenstraWorkbook.EARLIER;

    @TempDir
    Path dir;

    private final RenstraWorkbook workbook = new RenstraWorkbook(CATALOGUE);

    private InputBook prefilled() throws IOException {
        Path file = dir.resolve("renstra.xlsx");
        workbook.write(file, 2026, Map.of(), "catatan");
        return InputBook.of(Files.readAllBytes(file));
    }

    @Test
    void prefilledWorkbookListsEveryLkjipIndicatorAsExamplesThatARealRunLeavesOut() throws IOException {
        Path file = dir.resolve("renstra.xlsx");
        workbook.write(file, 2026, Map.of(), "catatan");

        Renstra real = workbook.read(file, false);
        Renstra sample = workbook.read(file, true);

        assertThat(real.paths()).isEmpty();
        assertThat(real.earlier()).isEmpty();
        assertThat(real.examples()).as("12 strategis and program indicators on two sheets").isEqualTo(24);
        assertThat(sample.awal()).isEqualTo(2021);
        assertThat(sample.akhir()).isEqualTo(2026);
        assertThat(sample.paths()).hasSize(12).containsKeys("KADIS-01", "SEKDIS-01", "KABID-PUM-03")
                .doesNotContainKey("KASI-KWU-01");
        assertThat(sample.endTarget("KADIS-03").predikat()).isEqualTo(Predikat.A);
        assertThat(sample.earlier("KADIS-01", 2025).realisasi().number()).isNotNull();
    }

    @Test
    void rowsWithoutTheMarkAreRead() throws IOException {
        InputBook book = prefilled();
        int r = book.rowOf(PATHS, "KADIS-01");
        book.set(PATHS, "A" + r, null).set(PATHS, "E" + r, 45.5).set(PATHS, "J" + r, "65,5");
        int e = book.rowOf(EARLIER, "KADIS-01");
        book.set(EARLIER, "A" + e, null).set(EARLIER, "K" + e, 58).set(EARLIER, "L" + e, "57,25");

        Renstra renstra = workbook.read("renstra.xlsx", book.stream(), false);

        assertThat(renstra.paths()).containsOnlyKeys("KADIS-01");
        assertThat(renstra.kondisiAwal("KADIS-01").number()).isEqualTo(45.5);
        assertThat(renstra.endTarget("KADIS-01").number()).isEqualTo(65.5);
        assertThat(renstra.earlier("KADIS-01", 2025).target().number()).isEqualTo(58.0);
        assertThat(renstra.earlier("KADIS-01", 2025).realisasi().number()).isEqualTo(57.25);
        assertThat(renstra.examples()).isEqualTo(22);
    }

    @Test
    void everyBadCellIsNamedWithItsFileSheetCellHeaderAndValue() throws IOException {
        InputBook book = prefilled().unmarkAll(PATHS).unmarkAll(EARLIER);
        int kadis1 = book.rowOf(PATHS, "KADIS-01");
        int kadis3 = book.rowOf(PATHS, "KADIS-03");
        int kadis4 = book.rowOf(PATHS, "KADIS-04");
        book.set(PATHS, "G" + kadis1, "enam puluh").set(PATHS, "J" + kadis3, "A+")
                .set(PATHS, "B" + kadis4, "KADIS-99").set(PATHS, "B" + (kadis4 + 1), "KADIS-01")
                .set(PATHS, "F5", "Targt 2022");
        int earlier = book.rowOf(EARLIER, "KADIS-02");
        // "2,5 persen" was refused here until lkjip read figures by the forms' rules: it is now 2,5 with a note
        // (RenstraFiguresAsTargetsTest); a multiplier stays refused there and here.
        book.set(EARLIER, "H" + earlier, "2,5 juta").set(EARLIER, "B" + (earlier + 20), null)
                .set(EARLIER, "E" + (earlier + 20), 3);

        CatalogueException e = catchThrowableOfType(CatalogueException.class,
                () -> workbook.read("renstra.xlsx", book.stream(), false));

        assertThat(e.findings()).containsExactlyInAnyOrder(
                "renstra.xlsx, lembar Renstra, sel F5: \"Targt 2022\" bukan judul yang dikenal. Tulis \"Kondisi Awal"
                        + " 2021\" atau \"Target 2026\" (tahun Renstra Anda).",
                "renstra.xlsx, lembar Renstra, sel G" + kadis1 + " (Target 2023): Teks \"enam puluh\" bukan angka;"
                        + " tulis angka saja, mis. 12.",
                "renstra.xlsx, lembar Renstra, sel J" + kadis3 + " (Target 2026 (Akhir Renstra)): Nilai \"A+\" bukan"
                        + " predikat (AA, A, BB, B, CC, C, D).",
                "renstra.xlsx, lembar Renstra, sel B" + kadis4 + " (Kode): kode \"KADIS-99\" tidak ada di katalog."
                        + " Perbaiki kodenya atau hapus barisnya.",
                "renstra.xlsx, lembar Renstra, sel B" + (kadis4 + 1) + " (Kode): kode \"KADIS-01\" sudah ada di"
                        + " baris " + kadis1 + "; satu baris per indikator.",
                "renstra.xlsx, lembar Realisasi Tahun Lalu, sel H" + earlier + " (Realisasi 2023): Teks \"2,5 juta\""
                        + " bukan angka; tulis angka saja, mis. 12.",
                "renstra.xlsx, lembar Realisasi Tahun Lalu, baris " + (earlier + 20) + ": kode indikator kosong di"
                        + " kolom Kode; isi kodenya (lihat katalog) atau hapus barisnya.");
        assertThat(e.getExitCode()).isEqualTo(2);
    }

    @Test
    void yearsOutOfOrderOrARenamedSheetAreFindings() throws IOException {
        InputBook book = prefilled().set(PATHS, "G5", "Target 2021");
        book.wb.setSheetName(book.wb.getSheetIndex(EARLIER), "Tahun Lalu");

        CatalogueException e = catchThrowableOfType(CatalogueException.class,
                () -> workbook.read("renstra.xlsx", book.stream(), false));

        assertThat(e.findings()).containsExactlyInAnyOrder(
                "renstra.xlsx, lembar Renstra, sel G5: tahun 2021 harus lebih besar dari tahun kolom di kirinya"
                        + " (2022).",
                "renstra.xlsx: lembar \"Realisasi Tahun Lalu\" tidak ditemukan (lembar yang ada: Renstra, Tahun"
                        + " Lalu). Kembalikan nama lembarnya menjadi \"Realisasi Tahun Lalu\".");
    }
}
