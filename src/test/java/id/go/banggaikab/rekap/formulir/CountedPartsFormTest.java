package id.go.banggaikab.rekap.formulir;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.ReaderSettings;
import id.go.banggaikab.rekap.submission.Submission;
import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A blank form does not ask for a part the catalogue counts from a register, and says so where it would. */
class CountedPartsFormTest {

    static final Catalogue CATALOGUE = CatalogueLoader.load(Path.of("config/katalog.yml"));
    static final int PEMBILANG = 8;
    static final int PENYEBUT = 9;

    @TempDir
    Path dir;

    @Test
    void shouldGreyAndLockTheCountedPartsAndNameTheRegisterInTheirPromptAndOnPetunjuk() throws Exception {
        Path form = new FormTemplateWriter(CATALOGUE).write(CATALOGUE.unit("SEKSI-FUM").orElseThrow(),
                new Periode(2026, 3), Map.of(), Map.of(), dir);
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("Realisasi");
            Row modal = s.getRow(FilledForm.rowOf(s, 1, "KABID-PUM-01"));
            for (int c : new int[] {PEMBILANG, PENYEBUT}) {
                XSSFCellStyle style = (XSSFCellStyle) modal.getCell(c).getCellStyle();
                assertThat(style.getLocked()).isTrue();
                assertThat(style.getFillForegroundColorColor().getRGB()).isEqualTo(SheetStyles.GREY_FILL);
            }
            List<String> prompts = s.getDataValidations().stream().filter(v -> v.getRegions().getCellRangeAddress(0)
                    .isInRange(modal.getRowNum(), PEMBILANG)).map(XSSFDataValidation::getPromptBoxText).toList();
            assertThat(prompts).containsExactly("Pembilang KABID-PUM-01 dihitung dari register usaha mikro binaan"
                    + " (Tanggal Bantuan Modal dalam triwulan). Tidak perlu diisi.");
            Row sarana = s.getRow(FilledForm.rowOf(s, 1, "KASI-FUM-01"));
            assertThat(((XSSFCellStyle) sarana.getCell(7).getCellStyle()).getLocked()).as("others still asked for")
                    .isFalse();
            List<String> petunjuk = new java.util.ArrayList<>();
            wb.getSheet("Petunjuk").forEach(r -> petunjuk.add(new DataFormatter().formatCellValue(r.getCell(1))));
            assertThat(petunjuk).contains("Yang dihitung dari register (sel abu-abu, tidak perlu diisi)",
                    "KABID-PUM-01 Persentase Usaha Mikro yang Mendapatkan Permodalan: pembilang dari register usaha"
                            + " mikro binaan (Tanggal Bantuan Modal dalam triwulan); penyebut dari register usaha mikro"
                            + " binaan (Tanggal Terdaftar sampai akhir triwulan).");
        }
        Submission read = new SubmissionReader(CATALOGUE, ReaderSettings.defaults()).read(form, dir);
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void shouldAskForEverythingOnAFormWithoutCountedParts() throws Exception {
        Path form = new FormTemplateWriter(CATALOGUE).write(CATALOGUE.unit("SUBBAG-PEK").orElseThrow(),
                new Periode(2026, 3), Map.of(), Map.of(), dir);
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> petunjuk = new java.util.ArrayList<>();
            wb.getSheet("Petunjuk").forEach(r -> petunjuk.add(new DataFormatter().formatCellValue(r.getCell(1))));
            assertThat(petunjuk).noneMatch(l -> l.contains("dihitung dari register"));
        }
    }
}
