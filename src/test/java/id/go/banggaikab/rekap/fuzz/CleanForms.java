package id.go.banggaikab.rekap.fuzz;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.contoh.SampleForms;
import id.go.banggaikab.rekap.submission.FormBuilder;
import id.go.banggaikab.rekap.submission.FormBuilder.ErrorValue;
import id.go.banggaikab.rekap.submission.FormBuilder.Formula;
import id.go.banggaikab.rekap.submission.FormBuilder.Percent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The clean files the fuzz tests mutate, each with the path it would have in the input folder (the path tells the
 * reader the unit and quarter when the header block is damaged): four of the sample forms {@link SampleForms} writes
 * for a fresh machine (one with numbers typed as text), and forms built with {@link FormBuilder} carrying what the
 * samples lack (merges, a two-row header, a hidden sheet, formulas, an error, a percent style, hyperlinks), one of
 * them as a legacy .xls.
 */
public final class CleanForms {

    public record Source(String path, byte[] bytes) {
    }

    static final Catalogue KATALOG = CatalogueLoader.load(Path.of("config/katalog.yml"));
    private static final String KWU = "Seksi Peningkatan Kualitas Kewirausahaan";
    private static final String[] COLUMNS = {"No", "Kode", "Jabatan", "Indikator Kinerja", "Satuan", "Target",
        "Realisasi", "Pembilang", "Penyebut", "Keterangan"};

    private CleanForms() {
    }

    static List<Source> all(Path scratch) throws IOException {
        return all(scratch, 2026);
    }

    /** The clean files with every year in them {@code tahun}, so their mutants can be kept apart from a real quarter. */
    public static List<Source> all(Path scratch, int tahun) throws IOException {
        List<Source> sources = new ArrayList<>();
        SampleForms samples = new SampleForms(KATALOG);
        String[] picks = {"SEKSI-KWU/2", "SEKSI-FUM/1", "SUBBAG-PEK/3", "SEKSI-SDMK/2"};
        for (String pick : picks) {
            Unit unit = KATALOG.unit(pick.substring(0, pick.indexOf('/'))).orElseThrow();
            int tw = Integer.parseInt(pick.substring(pick.indexOf('/') + 1));
            String path = tahun + "/TW" + tw + "/" + unit.name().replace('/', '-') + ".xlsx";
            samples.write(scratch.resolve(path), unit, new id.go.banggaikab.rekap.shared.Periode(tahun, tw), 0);
            sources.add(new Source(path, Files.readAllBytes(scratch.resolve(path))));
        }
        sources.addAll(built(tahun));
        return sources;
    }

    /** Only the forms built here, without the sample forms: enough for testing the mutator itself. */
    static List<Source> built() {
        return built(2026);
    }

    static List<Source> built(int tahun) {
        return List.of(
                new Source(tahun + "/TW2/kwu-lengkap.xlsx", withHyperlinks(fullForm(FormBuilder.xlsx(), tahun)).bytes()),
                new Source(tahun + "/TW2/kwu-dua-baris.xlsx", twoRowForm(tahun).bytes()),
                new Source(tahun + "/TW2/kwu-lama.xls", withHyperlinks(fullForm(FormBuilder.xls(), tahun)).bytes()));
    }

    /** Sections, text and percent numbers, formulas with and without a cached result, an error and a signature. */
    private static FormBuilder fullForm(FormBuilder form, int tahun) {
        return form.title("FORMULIR REALISASI INDIKATOR KINERJA INDIVIDU").header(KWU, tahun, "II").blankRow()
                .columns(COLUMNS)
                .section("Sasaran: Meningkatnya kualitas kewirausahaan")
                .row(1, null, "Kepala Seksi Peningkatan Kualitas Kewirausahaan", "Jumlah Peserta Pelatihan Usaha Mikro",
                        "Orang", 100, 45, null, null, "Pelatihan membatik")
                .row(2, null, "Pengolah Data Pelatihan Kewirausahaan Usaha Mikro",
                        "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", "Dokumen", 12, "1.234,5", null, null,
                        null)
                .row(3, null, "Kepala Bidang Pemberdayaan Usaha Mikro", "Persentase Usaha Mikro yang Dilatih", "%",
                        new Percent(0.5), null, new Formula("20+25", true), new Formula("100+20", false), null)
                .row(4, "KASI-KWU-01", null, null, null, null, new ErrorValue(FormulaError.DIV0), null, null, null)
                .mergeDown("Jabatan", 2)
                .signature("Kepala " + KWU, "NAMA PEJABAT", "19700101 199001 1 001");
    }

    private static FormBuilder twoRowForm(int tahun) {
        return FormBuilder.xlsx().title("REALISASI TRIWULAN II TAHUN " + tahun + " SEKSI KEWIRAUSAHAAN").blankRow()
                .twoRowColumns("REALISASI", List.of("Pembilang", "Penyebut"),
                        "No", "Indikator Kinerja", "Satuan", "Realisasi", "Pembilang", "Penyebut")
                .row(1, "Persentase Usaha Mikro yang Dilatih", "%", null, 30, 60)
                .row(2, "Jumlah Peserta Pelatihan Usaha Mikro", "Orang", 17, null, null)
                .sheet("Catatan").hideSheet().title("lembar tersembunyi");
    }

    /** Links on the Keterangan cells, as offices link their evidence: a URL, a mail address, a file. */
    private static FormBuilder withHyperlinks(FormBuilder form) {
        Workbook wb = form.workbook();
        String[][] links = {{"URL", "https://drive.example.go.id/bukti/kwu-tw2.pdf"},
            {"EMAIL", "mailto:seksi.kwu@banggaikab.go.id"}, {"FILE", "bukti/absensi.xlsx"}};
        int linked = 0;
        for (Row row : wb.getSheetAt(0)) {
            Cell no = row.getCell(0);
            if (linked < links.length && no != null && no.getCellType() == CellType.NUMERIC) {
                Cell cell = row.createCell(9);
                cell.setCellValue("bukti " + (linked + 1));
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.valueOf(links[linked][0]));
                link.setAddress(links[linked][1]);
                cell.setHyperlink(link);
                linked++;
            }
        }
        return form;
    }
}
