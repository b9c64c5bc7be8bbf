package id.go.banggaikab.rekap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue kept in Excel: katalog.yml written as katalog.xlsx reads back as the very same catalogue; a workbook
 * the staff reworked in Excel (title rows, columns moved, a sheet renamed, Indonesian numbers, columns of their own)
 * still reads; every bad cell is named with its sheet, cell, value and reason.
 */
class CatalogueWorkbookTest {

    private static Catalogue yaml;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        yaml = CatalogueLoader.load(Path.of("config/katalog.yml"));
    }

    @Test
    void shouldReadTheShippedCatalogueBackFromItsWorkbookAsTheSameCatalogue() throws Exception {
        Catalogue xlsx = CatalogueLoader.loadFrom(written());
        CatalogueComparison.assertSame(xlsx, yaml);
        assertThat(xlsx.source()).isEqualTo("katalog.xlsx");
        assertThat(xlsx.warnings()).hasSize(3).allMatch(w -> w.startsWith("NIP "));
    }

    @Test
    void shouldOfferADropDownListForEveryClosedSet() throws Exception {
        try (InputStream in = Files.newInputStream(written().resolve("katalog.xlsx"));
                Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getSheet("Indikator").getDataValidations()).extracting(v -> String.join(",",
                    v.getValidationConstraint().getExplicitListValues() == null ? new String[] {v
                            .getValidationConstraint().getFormula1()} : v.getValidationConstraint()
                                    .getExplicitListValues())).contains("strategis,program,kegiatan",
                    "jumlah,rasio,rasio pertumbuhan,nilai,predikat", "jumlah,terakhir", "naik,turun", "sama,jumlah",
                    "Ya,Tidak", "'Jabatan'!$A$5:$A$1005", "'Indikator'!$A$5:$A$1005");
            assertThat(wb.getSheet("Unit Kerja").getDataValidations()).extracting(v -> v.getValidationConstraint()
                    .getExplicitListValues() == null ? "" : String.join(",", v.getValidationConstraint()
                            .getExplicitListValues())).contains("dinas,sekretariat,bidang,sub bagian,seksi");
            assertThat(wb.getSheet("Aturan Register").getDataValidations()).extracting(v -> v
                    .getValidationConstraint().getExplicitListValues() == null ? "" : String.join(",", v
                            .getValidationConstraint().getExplicitListValues())).contains("koperasi,usaha mikro",
                    "sama dengan,bukan,terisi,dalam tahun terakhir,tanggal", "pembilang,penyebut,nilai");
        }
    }

    @Test
    void shouldReadAWorkbookTheStaffReworkedInExcel() throws Exception {
        Path config = written();
        edit(config, wb -> {
            Sheet indikator = wb.getSheet("Indikator");
            indikator.shiftRows(0, indikator.getLastRowNum(), 2);
            indikator.createRow(0).createCell(0).setCellValue("KATALOG DINAS — disunting Sub Bagian Perencanaan");
            swapColumns(indikator, 7, 8);
            Row header = indikator.getRow(5);
            header.getCell(4).setCellValue("INDIKATOR  KINERJA");
            header.createCell(30).setCellValue("Catatan Saya");
            indikator.getRow(6).createCell(30).setCellValue("cek lagi bulan depan");
            wb.setSheetName(wb.getSheetIndex("Jabatan"), "Daftar Jabatan");
            Row kadis = find(wb.getSheet("Daftar Jabatan"), "KADIS");
            kadis.getCell(6).setCellValue("1,5");
            wb.getSheet("Unit Kerja").createRow(wb.getSheet("Unit Kerja").getLastRowNum() + 3);
        });
        Catalogue read = CatalogueLoader.loadFrom(config);
        assertThat(read.position("KADIS").orElseThrow().weight()).isEqualTo(1.5);
        assertThat(read.indicators()).hasSize(48);
        assertThat(read.indicator("KABID-PUM-02").orElseThrow().kind()).isEqualTo(IndicatorKind.RASIO);
        assertThat(read.indicator("KABID-PUM-02").orElseThrow().satuan()).isEqualTo("%");
        assertThat(read.registerRules()).hasSameSizeAs(yaml.registerRules());
    }

    @Test
    void shouldNameEveryBadCellWithItsSheetCellValueAndReason() throws Exception {
        Path config = written();
        edit(config, wb -> {
            Sheet indikator = wb.getSheet("Indikator");
            find(indikator, "KADIS-01").getCell(8).setCellValue("rasoi");
            find(indikator, "KADIS-02").getCell(0).setCellValue("KADIS-01");
            find(indikator, "SEKDIS-01").getCell(22).setCellValue("2O27");
            find(wb.getSheet("Jabatan"), "KASI-KWU").getCell(2).setCellValue("SEKSI-XX");
            find(wb.getSheet("Jabatan"), "KASI-KWU").getCell(3).setCellValue("mungkin");
            find(wb.getSheet("Unit Kerja"), "BID-PUM").getCell(5).setCellValue("satu");
            find(wb.getSheet("Aturan Register"), "KADIS-01").getCell(2).setCellValue("kopersi");
            find(wb.getSheet("Tugas dan Fungsi"), "PD-KWU").getCell(0).setCellValue("PD-KWUU");
        });
        assertThatThrownBy(() -> CatalogueLoader.loadFrom(config)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("katalog.xlsx, lembar Indikator, sel I5 (Jenis): \"rasoi\" bukan pilihan yang"
                        + " dikenal; pilih salah satu: jumlah, rasio, rasio pertumbuhan, nilai, predikat.")
                .hasMessageContaining("katalog.xlsx, lembar Indikator, baris 6: kode indikator \"KADIS-01\" sudah"
                        + " dipakai di lembar Indikator baris 5. Beri kode lain; kode harus unik.")
                .hasMessageContaining("katalog.xlsx, lembar Indikator, sel W9 (Berlaku Sampai): \"2O27\" bukan angka;"
                        + " tulis angkanya saja.")
                .hasMessageContaining("katalog.xlsx, lembar Jabatan, baris 32 (KASI-KWU): unit \"SEKSI-XX\" tidak ada"
                        + " di daftar unit.")
                .hasMessageContaining("katalog.xlsx, lembar Jabatan, sel D32 (Kepala): \"mungkin\" bukan Ya atau"
                        + " Tidak.")
                .hasMessageContaining("katalog.xlsx, lembar Unit Kerja, sel F17 (Bobot): \"satu\" bukan angka; tulis"
                        + " angkanya saja.")
                .hasMessageContaining("katalog.xlsx, lembar Aturan Register, sel C5 (Dari) (KADIS-01): \"dari:\""
                        + " bernilai \"kopersi\"; pilih salah satu: koperasi, usaha_mikro.")
                .hasMessageContaining("katalog.xlsx, lembar Tugas dan Fungsi, sel A")
                .hasMessageContaining("(Kode Jabatan): \"PD-KWUU\" bukan kode jabatan di lembar Jabatan.");
    }

    @Test
    void shouldRefuseAWorkbookThatLacksASheetOrAColumnOrIsNoWorkbook() throws Exception {
        Path config = written();
        edit(config, wb -> {
            wb.removeSheetAt(wb.getSheetIndex("Jabatan"));
            wb.getSheet("Indikator").getRow(3).getCell(7).setCellValue("Ukuran");
        });
        assertThatThrownBy(() -> CatalogueLoader.loadFrom(config)).isInstanceOf(CatalogueException.class)
                .hasMessageContaining("katalog.xlsx: lembar Jabatan tidak ditemukan (lembar dengan judul kolom Kode,"
                        + " Jabatan, Unit)")
                .hasMessageContaining("katalog.xlsx, lembar Indikator: kolom Satuan tidak ada di baris judul.");
        Files.writeString(config.resolve("katalog.xlsx"), "ini bukan buku kerja");
        assertThatThrownBy(() -> CatalogueLoader.loadFrom(config)).isInstanceOf(CatalogueException.class)
                .hasMessageStartingWith("Katalog tidak dapat dipakai:\n  - katalog.xlsx tidak dapat dibaca:");
    }

    @Test
    void shouldCarryTheCommentsOfAnInstallationsOwnYamlIntoTheDecisionColumn() throws Exception {
        String own = Files.readString(Path.of("config/katalog.yml")).replace("  - kode: KASI-KWU-01\n",
                "  - kode: KASI-KWU-01     # diputuskan rapat 3 Maret: peserta dihitung per orang\n")
                .replace("  - kode: PD-UK\n", "  - kode: PD-UK\n    # unitnya menurut SK Kadis 12/2025\n");
        Path config = Files.createDirectories(dir.resolve("own"));
        Files.writeString(config.resolve("katalog.yml"), own);
        CatalogueMove.Moved moved = CatalogueMove.toWorkbook(config);
        assertThat(moved.indicators()).isEqualTo(48);
        Catalogue xlsx = CatalogueLoader.loadFrom(config);
        assertThat(xlsx.indicator("KASI-KWU-01").orElseThrow().upkeep().decision())
                .isEqualTo("diputuskan rapat 3 Maret: peserta dihitung per orang.");
        assertThat(xlsx.position("PD-UK").orElseThrow().upkeep().decision())
                .isEqualTo("K4. Ejaan \"Pengelolah\" di dokumen disimpan sebagai alias. unitnya menurut SK Kadis"
                        + " 12/2025.");
        assertThat(xlsx.warnings()).anyMatch(w -> w.contains("katalog.yml di folder yang sama diabaikan"));
    }

    private Path written() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        new CatalogueWorkbookWriter(yaml).write(config.resolve("katalog.xlsx"), "KATALOG INDIKATOR KINERJA");
        return config;
    }

    /** Edits katalog.xlsx as a person would in Excel. */
    private static void edit(Path config, Consumer<Workbook> change) throws Exception {
        Path file = config.resolve("katalog.xlsx");
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        change.accept(wb);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    static Row find(Sheet sheet, String code) {
        DataFormatter fmt = new DataFormatter();
        for (Row row : sheet) {
            if (fmt.formatCellValue(row.getCell(0)).equals(code)) {
                return row;
            }
        }
        throw new AssertionError(code + " tidak ada di lembar " + sheet.getSheetName());
    }

    private static void swapColumns(Sheet sheet, int a, int b) {
        DataFormatter fmt = new DataFormatter();
        for (Row row : sheet) {
            Cell ca = row.getCell(a);
            Cell cb = row.getCell(b);
            String va = ca == null ? "" : fmt.formatCellValue(ca);
            String vb = cb == null ? "" : fmt.formatCellValue(cb);
            (ca == null ? row.createCell(a) : ca).setCellValue(vb);
            (cb == null ? row.createCell(b) : cb).setCellValue(va);
        }
    }
}
