package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The pre-filled {@code anggaran-<tahun>.xlsx}: the programs and kegiatan a dinas koperasi dan UKM of a kabupaten
 * runs, with the codes and names of Permendagri 90/2019 and plausible pagu for Banggai, each serving the catalogue
 * indicators of its seksi and bidang, every row marked CONTOH. Realisation is filled for TW I–III as an example,
 * each kegiatan at its own pace.
 */
final class BudgetLayout {

    /** One example row: code, name, pagu (0 for a program: summed), indicator codes. */
    private record Example(String kode, String nama, long pagu, String indicators) {
    }

    private static final List<Example> EXAMPLES = List.of(
            new Example("2.17.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 0,
                    "SEKDIS-01, SEKDIS-02, SEKDIS-03"),
            new Example("2.17.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                    185_000_000, "KASUBAG-PEK-01, KASUBAG-PEK-02"),
            new Example("2.17.01.2.02", "Administrasi Keuangan Perangkat Daerah", 1_650_000_000,
                    "KASUBAG-PEK-03, BEND-PENG-01, BEND-PENG-02, BEND-PENG-03"),
            new Example("2.17.01.2.05", "Administrasi Kepegawaian Perangkat Daerah", 95_000_000,
                    "KASUBAG-UAK-01, KASUBAG-UAK-02, KASUBAG-UAK-03"),
            new Example("2.17.01.2.06", "Administrasi Umum Perangkat Daerah", 310_000_000,
                    "PSP-KANTOR-01, PSP-KANTOR-02, PA-UMUM-01"),
            new Example("2.17.03", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", 0, "KABID-KP-01"),
            new Example("2.17.03.2.01", "Pemeriksaan dan Pengawasan Koperasi yang Wilayah Keanggotaannya dalam"
                    + " Daerah Kabupaten/Kota", 145_000_000, "KASI-USP-01, KASI-KLP-01, KASI-KPP-01"),
            new Example("2.17.05", "PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN", 0, ""),
            new Example("2.17.05.2.01", "Pendidikan dan Latihan Perkoperasian bagi Koperasi yang Wilayah"
                    + " Keanggotaannya dalam Daerah Kabupaten/Kota", 120_000_000, "KASI-SDMK-01"),
            new Example("2.17.06", "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI", 0, "KABID-PPK-01"),
            new Example("2.17.06.2.01", "Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya dalam Daerah"
                    + " Kabupaten/Kota", 210_000_000, "KASI-FUK-01, KASI-P3K-01"),
            new Example("2.17.07", "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)", 0,
                    "KABID-PUM-01, KABID-PUM-03"),
            new Example("2.17.07.2.01", "Pemberdayaan Usaha Mikro yang Dilakukan Melalui Pendataan, Kemitraan,"
                    + " Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan",
                    175_000_000, "KASI-FUM-01, KASI-FUM-02"),
            new Example("2.17.08", "PROGRAM PENGEMBANGAN UMKM", 0, "KABID-PUM-02"),
            new Example("2.17.08.2.01", "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi"
                    + " Usaha Kecil", 230_000_000, "KASI-KWU-01, KASI-P3UM-01"));

    /** The example realisation of TW I–III as shares of the pagu. */
    private static final double[] SPENT = {0.14, 0.23, 0.26};

    private final Catalogue catalogue;

    BudgetLayout(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    XSSFWorkbook build(int tahun, String note) {
        XSSFWorkbook wb = new XSSFWorkbook();
        InputLayout look = new InputLayout(wb);
        Sheet sheet = look.sheet(BudgetWorkbook.SHEET, "ANGGARAN TAHUN " + tahun + " — " + catalogue.dinasName(),
                note, "Isi satu baris per program, kegiatan dan (bila perlu) sub kegiatan dengan kode dan nama"
                        + " Permendagri 90/2019. Pagu program boleh dikosongkan (dijumlah dari kegiatannya). Realisasi"
                        + " diisi Sub Bagian Keuangan per triwulan (triwulan itu saja, bukan kumulatif); bila kosong"
                        + " dipakai kolom Rp formulir Evaluasi Renja.",
                BudgetWorkbook.HEADERS, new int[] {10, 14, 60, 17, 30, 16, 16, 16, 16});
        int r = InputSheet.HEADER_ROW + 1;
        int n = 0;
        for (Example e : EXAMPLES) {
            double pace = 0.8 + 0.1 * (n++ % 5);
            Row row = sheet.createRow(r++);
            boolean program = e.pagu() == 0;
            look.mark(row, true);
            InputLayout.cell(row, 1, e.kode(), program ? look.bold : look.text);
            InputLayout.cell(row, BudgetWorkbook.NAME, e.nama(), program ? look.bold : look.text);
            look.money(row, BudgetWorkbook.PAGU, program ? null : BigDecimal.valueOf(e.pagu()));
            InputLayout.cell(row, BudgetWorkbook.INDICATORS, known(e.indicators()), look.input);
            for (int tw = 1; tw <= 4; tw++) {
                BigDecimal spent = program || tw > SPENT.length ? null : BigDecimal.valueOf(e.pagu())
                        .multiply(BigDecimal.valueOf(SPENT[tw - 1] * pace)).setScale(-3, RoundingMode.HALF_UP)
                        .setScale(0, RoundingMode.UNNECESSARY);
                look.money(row, BudgetWorkbook.FIRST_QUARTER + tw - 1, spent);
            }
        }
        InputLayout.fitRows(sheet, InputSheet.HEADER_ROW + 1, r - 1);
        return wb;
    }

    /** The example's indicator codes that this catalogue knows. */
    private String known(String codes) {
        return String.join(", ", java.util.Arrays.stream(codes.split(",\\s*")).filter(c -> !c.isBlank())
                .filter(c -> catalogue.indicator(c).isPresent()).toList());
    }
}
