package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.targets.TargetWorkbook;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * The LKjIP's Bab III over two years of history: forms of 2025 (TW I–IV) and 2026 (TW I–III) from three units, with
 * the units' keterangan, kendala and solusi and, on one, the rupiah spent; the staff's renstra.xlsx (a Renstra
 * 2021–2026 and the years before the history) and anggaran-2026.xlsx (a kegiatan the keuangan filled in, one it
 * left partly to the forms' Rp). Every figure below is computed by hand from those numbers.
 */
class LkjipJobTest extends JobTestSupport {

    static final String[] COLUMNS = {"No", "Kode", "Indikator Kinerja", "Realisasi", "Pembilang", "Penyebut",
        "Realisasi Anggaran (Rp)", "Keterangan", "Kendala", "Solusi"};
    static final String UAK = "Sub Bagian Umum, Aset dan Kepegawaian";
    static final String PEK = "Sub Bagian Perencanaan, Evaluasi dan Keuangan";
    static final String KWU = "Seksi Peningkatan Kualitas Kewirausahaan";

    @BeforeAll
    static void formsAndWorkbooks() throws IOException {
        Path in = WORK.resolve("input");
        double[] disiplin2025 = {85, 86, 87, 88};
        double[][] pelayanan2025 = {{9, 10}, {9, 10}, {8, 10}, {10, 10}};
        for (int tw = 1; tw <= 4; tw++) {
            FormBuilder.xlsx().header(UAK, 2025, Periode.roman(tw)).blankRow().columns(COLUMNS)
                    .row(1, "KADIS-04", "Persentase Peningkatan Disiplin ASN", disiplin2025[tw - 1])
                    .row(2, "SEKDIS-01", "Persentase PNS yang Mendapat Pelayanan Kepegawaian", null,
                            pelayanan2025[tw - 1][0], pelayanan2025[tw - 1][1])
                    .writeTo(in.resolve("2025/TW" + tw + "/umum.xlsx"));
        }
        FormBuilder.xlsx().header(PEK, 2025, "IV").blankRow().columns(COLUMNS)
                .row(1, "KADIS-03", "Nilai Akuntabilitas Kinerja", "B").writeTo(in.resolve("2025/TW4/pek.xlsx"));
        double[] disiplin = {89, 90, 91};
        double[][] pelayanan = {{10, 10}, {9, 10}, {10, 10}};
        Object[][] kwu = {{10, 5_000_000, 10, 200}, {20, 7_500_000, 12, 250}, {30, 12_500_000, 8, 240}};
        for (int tw = 1; tw <= 3; tw++) {
            boolean second = tw == 2;
            FormBuilder.xlsx().header(UAK, 2026, Periode.roman(tw)).blankRow().columns(COLUMNS)
                    .row(1, "KADIS-04", "Persentase Peningkatan Disiplin ASN", disiplin[tw - 1], null, null, null,
                            second ? "Apel pagi rutin" : null, second ? "Dua pegawai cuti panjang" : null,
                            second ? "Absensi elektronik mulai TW III" : null)
                    .row(2, "SEKDIS-01", "Persentase PNS yang Mendapat Pelayanan Kepegawaian", null,
                            pelayanan[tw - 1][0], pelayanan[tw - 1][1])
                    .writeTo(in.resolve("2026/TW" + tw + "/umum.xlsx"));
            Object[] k = kwu[tw - 1];
            FormBuilder.xlsx().header(KWU, 2026, Periode.roman(tw)).blankRow().columns(COLUMNS)
                    .row(1, "KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", k[0], null, null, k[1],
                            "Pelatihan angkatan " + tw)
                    .row(2, "KABID-PUM-02", "Persentase Usaha Mikro yang Dilatih", null, k[2], k[3], null, null,
                            tw == 3 ? "Peserta dari kecamatan jauh tidak hadir" : null)
                    .writeTo(in.resolve("2026/TW" + tw + "/kwu.xlsx"));
        }
        FormBuilder.xlsx().header(PEK, 2026, "III").blankRow().columns(COLUMNS)
                .row(1, "KADIS-03", "Nilai Akuntabilitas Kinerja", "BB").writeTo(in.resolve("2026/TW3/pek.xlsx"));

        Path config = WORK.resolve("config");
        TargetWorkbook targets = new TargetWorkbook(CATALOGUE);
        targets.write(TargetWorkbook.pathFor(config, 2026), 2026, Map.of("KADIS-04", new Object[] {92, 92, 92, 92, 92},
                "KADIS-03", new Object[] {"A", "A", "A", "A", "A"}, "SEKDIS-01", new Object[] {100, 100, 100, 100, 100},
                "KABID-PUM-02", new Object[] {40, 10, 20, 30, 40}, "KASI-KWU-01", new Object[] {100, 25, 50, 75, 100}),
                "uji");
        targets.write(TargetWorkbook.pathFor(config, 2025), 2025, Map.of("KADIS-04", new Object[] {90},
                "KADIS-03", new Object[] {"BB"}, "SEKDIS-01", new Object[] {95}), "uji");
        renstra(config.resolve("renstra.xlsx"));
        budget(config.resolve("anggaran-2026.xlsx"));
    }

    /** A Renstra 2021–2026 and the years 2024–2025 as the perencanaan staff type them. */
    private static void renstra(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet paths = wb.createSheet("Renstra");
            row(paths, 4, "Contoh", "Kode", "Indikator Kinerja", "Satuan", "Kondisi Awal 2021", "Target 2022",
                    "Target 2023", "Target 2024", "Target 2025", "Target 2026 (Akhir Renstra)");
            row(paths, 5, null, "KADIS-04", "Persentase Peningkatan Disiplin ASN", "%", 80, 84, 86, 88, 90, 0.92);
            // The end target typed as 92% in Excel: the cell holds 0,92 shown as a percentage, which a form and the
            // targets workbook read as 92; the LKjIP must too (it read 0,92 before lkjip took the forms' rules).
            var percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            paths.getRow(5).getCell(9).setCellStyle(percent);
            row(paths, 6, null, "KADIS-03", "Nilai Akuntabilitas Kinerja", "Predikat", "C", "CC", "B", "B", "BB",
                    "A");
            row(paths, 7, null, "SEKDIS-01", "Persentase PNS yang Mendapat Pelayanan Kepegawaian", "%", 85, null,
                    null, null, null, "100 persen");
            row(paths, 8, null, "KABID-PUM-02", "Persentase Usaha Mikro yang Dilatih", "%", 5, null, null, null,
                    null, 45);
            row(paths, 9, "CONTOH", "KADIS-01", "Persentase Koperasi Aktif", "%", 40, 45, 50, 55, 60, 65);
            Sheet earlier = wb.createSheet("Realisasi Tahun Lalu");
            row(earlier, 4, "Contoh", "Kode", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024",
                    "Target 2025", "Realisasi 2025");
            row(earlier, 5, null, "KADIS-04", "Persentase Peningkatan Disiplin ASN", "%", 88, 86.5, 90, 87);
            row(earlier, 6, null, "KABID-PUM-02", "Persentase Usaha Mikro yang Dilatih", "%", 8, 8, 10, 9.5);
            save(wb, file);
        }
    }

    /** Two programs with a kegiatan each: one the keuangan filled in, one it left partly to the forms' Rp. */
    private static void budget(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Anggaran");
            row(sheet, 4, "Contoh", "Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)",
                    "Indikator yang Didukung (kode)", "Realisasi TW I (Rp)", "Realisasi TW II (Rp)",
                    "Realisasi TW III (Rp)", "Realisasi TW IV (Rp)");
            row(sheet, 5, null, "2.17.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA");
            row(sheet, 6, null, "2.17.01.2.05", "Administrasi Kepegawaian Perangkat Daerah", 80_000_000, "SEKDIS-01",
                    20_000_000, "20.000.000", 16_000_000);
            row(sheet, 7, null, "2.17.08", "PROGRAM PENGEMBANGAN UMKM");
            row(sheet, 8, null, "2.17.08.2.01", "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha"
                    + " Menjadi Usaha Kecil", "Rp 50.000.000", "KASI-KWU-01", null, 10_000_000);
            save(wb, file);
        }
    }

    private static void row(Sheet sheet, int r, Object... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
    }

    private static void save(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    @Test
    void shouldDraftBabThreeFromTwoYearsOfFormsTheRenstraAndTheBudget() throws Exception {
        assertThat(launcher.launch(rekapJob, new Periode(2026, 3)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        try (XSSFWorkbook wb = workbook(newest(WORK, "Tabel LAKIP 2026 TW III", "xlsx"))) {
            capaianKinerja(wb.getSheet("Capaian Kinerja"));
            capaianSasaran(wb.getSheet("Capaian Sasaran"));
            realisasiAnggaran(wb.getSheet("Realisasi Anggaran"));
            analisis(wb.getSheet("Analisis"));
            tren(wb.getSheet("Tren"));
            assertThat(texts(wb.getSheet("Catatan Data"))).contains("renstra.xlsx: 1 baris masih bertanda CONTOH dan"
                    + " tidak dipakai. Ganti angkanya dengan angka resmi lalu hapus kata CONTOH di kolom A.",
                    "KADIS-04 2025: riwayat formulir (88) dipakai, bukan renstra.xlsx (87).",
                    "renstra.xlsx, lembar Renstra, sel J8 (Target 2026 (Akhir Renstra)) berisi \"100 persen\": dibaca"
                            + " 100; satuan \"persen\" diabaikan, cukup tulis angkanya.");
        }
        document();
        renstraTable();
    }

    private void capaianKinerja(Sheet sheet) {
        assertThat(text(sheet.getRow(0), 0)).isEqualTo("Tabel 3.1 Capaian Kinerja Dinas Koperasi dan UKM Kabupaten"
                + " Banggai s.d. Triwulan III Tahun 2026 (sementara: 3 dari 11 unit melapor)");
        Header h = new Header(sheet);
        assertThat(h.names()).containsExactly("No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
                "Capaian (%)", "Kategori", "Realisasi 2025", "Realisasi 2024", "Capaian 2025 (%)",
                "Perubahan Capaian (poin)", "Target Akhir Renstra", "Capaian thd Renstra (%)");
        Row disiplin = find(sheet, "Persentase Peningkatan Disiplin ASN");
        assertThat(num(disiplin, h.col("Target"))).isEqualTo(92.0);
        assertThat(num(disiplin, h.col("Realisasi"))).isEqualTo(91.0);
        assertThat(num(disiplin, h.col("Capaian (%)"))).isCloseTo(91 * 100.0 / 92, within(1e-9));
        assertThat(text(disiplin, h.col("Kategori"))).isEqualTo("Sangat Tinggi");
        assertThat(num(disiplin, h.col("Realisasi 2025"))).as("the history's TW IV, not the workbook's 87")
                .isEqualTo(88.0);
        assertThat(num(disiplin, h.col("Realisasi 2024"))).as("before the history: renstra.xlsx").isEqualTo(86.5);
        assertThat(num(disiplin, h.col("Capaian 2025 (%)"))).isCloseTo(88 * 100.0 / 90, within(1e-9));
        assertThat(num(disiplin, h.col("Perubahan Capaian (poin)"))).isCloseTo(91 * 100.0 / 92 - 88 * 100.0 / 90,
                within(1e-9));
        assertThat(num(disiplin, h.col("Target Akhir Renstra"))).isEqualTo(92.0);
        assertThat(num(disiplin, h.col("Capaian thd Renstra (%)"))).isCloseTo(91 * 100.0 / 92, within(1e-9));

        Row akuntabilitas = find(sheet, "Nilai Akuntabilitas Kinerja");
        assertThat(text(akuntabilitas, h.col("Target"))).isEqualTo("A");
        assertThat(text(akuntabilitas, h.col("Realisasi"))).isEqualTo("BB");
        assertThat(num(akuntabilitas, h.col("Capaian (%)"))).isCloseTo(500.0 / 6, within(1e-9));
        assertThat(text(akuntabilitas, h.col("Realisasi 2025"))).isEqualTo("B");
        assertThat(num(akuntabilitas, h.col("Capaian 2025 (%)"))).as("B (4) of BB (5)").isCloseTo(80.0,
                within(1e-9));
        assertThat(text(akuntabilitas, h.col("Target Akhir Renstra"))).isEqualTo("A");

        Row pelayanan = find(sheet, "Persentase PNS yang Mendapat Pelayanan Kepegawaian");
        assertThat(num(pelayanan, h.col("Realisasi"))).as("29 of 30").isCloseTo(2900.0 / 30, within(1e-9));
        assertThat(num(pelayanan, h.col("Realisasi 2025"))).as("36 of 40").isCloseTo(90.0, within(1e-9));
        assertThat(num(pelayanan, h.col("Capaian 2025 (%)"))).isCloseTo(9000.0 / 95, within(1e-9));

        Row dilatih = find(sheet, "Persentase Usaha Mikro yang Dilatih");
        assertThat(num(dilatih, h.col("Target"))).as("Rencana Aksi s.d. TW III").isEqualTo(30.0);
        assertThat(num(dilatih, h.col("Realisasi"))).as("(10 + 12 + 8) / 240").isCloseTo(12.5, within(1e-9));
        assertThat(num(dilatih, h.col("Capaian (%)"))).isCloseTo(1250.0 / 30, within(1e-9));
        assertThat(text(dilatih, h.col("Kategori"))).isEqualTo("Sangat Rendah");
        assertThat(num(dilatih, h.col("Realisasi 2025"))).as("KWU reported from 2026: the workbook's").isEqualTo(9.5);
        assertThat(num(dilatih, h.col("Capaian 2025 (%)"))).as("9,5 of the workbook's target 10")
                .isCloseTo(95.0, within(1e-9));
        assertThat(num(dilatih, h.col("Capaian thd Renstra (%)"))).isCloseTo(1250.0 / 45, within(1e-9));

        Row aktif = find(sheet, "Persentase Koperasi Aktif");
        assertThat(text(aktif, h.col("Kategori"))).isEqualTo("Belum ada data");
        assertThat(text(aktif, h.col("Target Akhir Renstra"))).as("its row is still CONTOH").isEmpty();
        assertThat(find(sheet, "Jumlah Peserta Pelatihan Usaha Mikro")).as("kegiatan level").isNull();
    }

    private void capaianSasaran(Sheet sheet) {
        Header h = new Header(sheet, "Sasaran");
        Row tataKelola = find(sheet, "Meningkatnya Tata Kelola Dinas Koperasi dan UKM yang Baik, Bersih dan Akuntabel");
        // (83,33 + 98,91) / 2
        assertThat(num(tataKelola, h.col("Capaian (%)"))).isCloseTo((500.0 / 6 + 9100.0 / 92) / 2, within(1e-9));
        assertThat(text(tataKelola, h.col("Kategori"))).isEqualTo("Sangat Tinggi");
        assertThat(text(tataKelola, h.col("Dasar"))).isEqualTo("berdasarkan 2 dari 2 indikator");
        Row pelayanan = find(sheet, "Meningkatnya pelayanan administrasi perkantoran");
        assertThat(num(pelayanan, h.col("Capaian (%)"))).isCloseTo(2900.0 / 30, within(1e-9));
        assertThat(text(pelayanan, h.col("Dasar"))).isEqualTo("berdasarkan 1 dari 3 indikator; tidak dihitung: Persentase"
                + " Dokumen Laporan Keuangan yang Selesai Tepat Waktu (belum ada data); Persentase Dokumen Perencanaan"
                + " dan Penyelenggaraan Pemerintahan yang Sesuai Pedoman (belum ada data)");
        Row kelembagaan = find(sheet, "Meningkatnya Kualitas Kelembagaan Koperasi dan Usaha Mikro Yang Berdaya Saing");
        assertThat(text(kelembagaan, h.col("Capaian (%)"))).isEmpty();
        assertThat(text(kelembagaan, h.col("Kategori"))).isEqualTo("Belum ada data");
        assertThat(text(kelembagaan, h.col("Dasar"))).isEqualTo("belum ada data (2 indikator)");
        assertThat(text(tataKelola, h.col("Uraian"))).contains("Persentase Peningkatan Disiplin ASN: target s.d."
                + " triwulan III 92 %, realisasi 91 %, capaian 98,9 % (Sangat Tinggi). Tahun 2025 realisasinya 88 %"
                + " (tahun 2024: 86,5 %) dengan capaian 97,8 %; capaian s.d. triwulan ini naik 1,1 poin dibanding"
                + " tahun 2025. Target Akhir Renstra 2026 92 %; realisasi s.d. triwulan III mencapai 98,9 % darinya.");
    }

    private void realisasiAnggaran(Sheet sheet) {
        Header h = new Header(sheet, "Kode");
        Row kepegawaian = find(sheet, "2.17.01.2.05");
        assertThat(num(kepegawaian, h.col("Pagu (Rp)"))).isEqualTo(80_000_000.0);
        assertThat(num(kepegawaian, h.col("Realisasi (Rp)"))).isEqualTo(56_000_000.0);
        assertThat(num(kepegawaian, h.col("Serapan (%)"))).isCloseTo(70.0, within(1e-9));
        assertThat(num(kepegawaian, h.col("Capaian Kinerja thd Target Tahunan (%)"))).isCloseTo(2900.0 / 30, within(1e-9));
        assertThat(text(kepegawaian, h.col("Efisiensi"))).isEqualTo("Efisien (+26,7 poin)");
        assertThat(text(kepegawaian, h.col("Keterangan"))).isEqualTo("Realisasi: TW I–III isian keuangan.");
        Row umkm = find(sheet, "2.17.08.2.01");
        // TW I the form's Rp 5.000.000; TW II keuangan's 10.000.000 wins over the form's 7.500.000; TW III form's.
        assertThat(num(umkm, h.col("Realisasi (Rp)"))).isEqualTo(27_500_000.0);
        assertThat(num(umkm, h.col("Serapan (%)"))).isCloseTo(55.0, within(1e-9));
        assertThat(num(umkm, h.col("Capaian Kinerja thd Target Tahunan (%)"))).as("60 of the annual 100").isCloseTo(60.0, within(1e-9));
        assertThat(text(umkm, h.col("Efisiensi"))).isEqualTo("Efisien (+5,0 poin)");
        assertThat(text(umkm, h.col("Keterangan"))).isEqualTo("Realisasi: TW II isian keuangan; TW I, III Rp"
                + " formulir.");
        Row program = find(sheet, "2.17.08");
        assertThat(num(program, h.col("Pagu (Rp)"))).isEqualTo(50_000_000.0);
        assertThat(num(program, h.col("Realisasi (Rp)"))).isEqualTo(27_500_000.0);
        Row total = find(sheet, "Jumlah");
        assertThat(num(total, h.col("Pagu (Rp)"))).isEqualTo(130_000_000.0);
        assertThat(num(total, h.col("Realisasi (Rp)"))).isEqualTo(83_500_000.0);
        assertThat(num(total, h.col("Serapan (%)"))).isCloseTo(8350.0 / 130, within(1e-9));
    }

    private void analisis(Sheet sheet) {
        Header h = new Header(sheet);
        Row disiplin = find(sheet, "Persentase Peningkatan Disiplin ASN");
        assertThat(text(disiplin, h.col("Unit Kerja"))).isEqualTo(UAK);
        assertThat(text(disiplin, h.col("Triwulan"))).isEqualTo("TW II");
        assertThat(text(disiplin, h.col("Keterangan"))).isEqualTo("Apel pagi rutin");
        assertThat(text(disiplin, h.col("Kendala / Permasalahan"))).isEqualTo("Dua pegawai cuti panjang");
        assertThat(text(disiplin, h.col("Solusi / Rencana Tindak Lanjut"))).isEqualTo(
                "Absensi elektronik mulai TW III");
        Row dilatih = find(sheet, "Persentase Usaha Mikro yang Dilatih");
        assertThat(text(dilatih, h.col("Triwulan"))).isEqualTo("TW III");
        assertThat(text(dilatih, h.col("Kendala / Permasalahan"))).isEqualTo("Peserta dari kecamatan jauh tidak"
                + " hadir");
        Row aktif = find(sheet, "Persentase Koperasi Aktif");
        assertThat(text(aktif, h.col("Keterangan"))).isEqualTo("(tidak ada penjelasan dari unit)");
    }

    private void tren(Sheet sheet) {
        XSSFSheet trend = (XSSFSheet) sheet;
        Row year2024 = null;
        for (Row r : sheet) {
            if (text(r, 0).equals("2024") && r.getCell(1) != null && r.getCell(1).getCellType() == CellType.NUMERIC) {
                year2024 = r;
            }
        }
        assertThat(year2024).as("the table of sasaran 2").isNotNull();
        assertThat(num(year2024, 1)).as("KADIS-04 2024").isEqualTo(86.5);
        assertThat(num(year2024, 2)).as("its Renstra target 2024").isEqualTo(88.0);
        var charts = trend.getDrawingPatriarch().getCharts();
        assertThat(charts).as("KADIS-04 and KABID... only the numeric indicators of sasaran 2 drawn").hasSize(1);
        assertThat(charts.get(0).getCTChart().getDispBlanksAs().getVal().toString()).isEqualTo("gap");
    }

    private void document() throws IOException {
        try (InputStream in = Files.newInputStream(newest(WORK, "Tabel LAKIP 2026 TW III", "docx"));
                XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null
                    && p.getStyle().startsWith("Heading")).map(XWPFParagraph::getText).toList();
            assertThat(headings).containsExactly("BAB III AKUNTABILITAS KINERJA", "A. Capaian Kinerja Organisasi",
                    "1. Sasaran Strategis 1: Meningkatnya Kualitas Kelembagaan Koperasi dan Usaha Mikro Yang Berdaya"
                            + " Saing",
                    "2. Sasaran Strategis 2: Meningkatnya Tata Kelola Dinas Koperasi dan UKM yang Baik, Bersih dan"
                            + " Akuntabel",
                    "B. Realisasi Anggaran");
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("Sasaran strategis \"Meningkatnya Tata Kelola Dinas Koperasi dan UKM yang"
                    + " Baik, Bersih dan Akuntabel\" diukur dengan 2 indikator. Rata-rata capaian 2 indikatornya"
                    + " 91,1 % (Sangat Tinggi).",
                    "Nilai Akuntabilitas Kinerja: target s.d. triwulan III predikat A, realisasi predikat BB, capaian"
                            + " 83,3 % (Tinggi, menurut peringkat predikat). Tahun 2025 realisasinya predikat B dengan"
                            + " capaian 80,0 %; capaian s.d. triwulan ini naik 3,3 poin dibanding tahun 2025. Target"
                            + " Akhir Renstra 2026 predikat A; realisasi s.d. triwulan III mencapai 83,3 % darinya.",
                    "Persentase Usaha Mikro yang Dilatih: target s.d. triwulan III 30 %, realisasi 12,5 %, capaian"
                            + " 41,7 % (Sangat Rendah). Tahun 2025 realisasinya 9,5 % (tahun 2024: 8 %) dengan capaian"
                            + " 95,0 %; capaian s.d. triwulan ini turun 53,3 poin dibanding tahun 2025. Target Akhir"
                            + " Renstra 2026 45 %; realisasi s.d. triwulan III mencapai 27,8 % darinya.",
                    "– Sub Bagian Umum, Aset dan Kepegawaian (TW II): Keterangan: Apel pagi rutin; Kendala: Dua"
                            + " pegawai cuti panjang; Solusi/rencana tindak lanjut: Absensi elektronik mulai TW III.",
                    "Pagu anggaran tahun 2026 Rp 130.000.000 dengan realisasi s.d. triwulan III Rp 83.500.000 (serapan"
                            + " 64,2 %). Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota: pagu"
                            + " Rp 80.000.000, realisasi Rp 56.000.000 (serapan 70,0 %), capaian kinerja 96,7 %:"
                            + " efisien (+26,7 poin). Program Pengembangan UMKM: pagu Rp 50.000.000, realisasi"
                            + " Rp 27.500.000 (serapan 55,0 %), capaian kinerja 60,0 %: efisien (+5,0 poin).");
            XWPFTable budget = doc.getTables().stream().filter(t -> t.getRow(0).getCell(3).getText()
                    .equals("Pagu (Rp)")).findFirst().orElseThrow();
            assertThat(budget.getRow(2).getCell(1).getText()).isEqualTo("2.17.01.2.05");
            assertThat(doc.getAllPictures()).as("sasaran 2 has years to draw, sasaran 1 none").hasSize(1);
            assertThat(paragraphs).contains("Tren belum dapat digambar: belum ada realisasi indikator angkanya. Isi"
                    + " realisasi tahun sebelumnya di lembar Realisasi Tahun Lalu renstra.xlsx.");
        }
    }

    /** Tabel 2.1 of the LKjIP draft: the Renstra's targets as the reader sees them, 92 typed as a 92% cell. */
    private void renstraTable() throws IOException {
        try (InputStream in = Files.newInputStream(newest(WORK, "LKjIP 2026", "docx"));
                XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable renstra = doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() == 9
                    && t.getRow(0).getCell(8).getText().equals("Target 2026")).findFirst().orElseThrow();
            var disiplin = renstra.getRows().stream().filter(r -> r.getTableCells().size() == 9
                    && r.getCell(1).getText().equals("Persentase Peningkatan Disiplin ASN")).findFirst().orElseThrow();
            assertThat(disiplin.getCell(7).getText()).as("Target 2025, a number cell").isEqualTo("90");
            assertThat(disiplin.getCell(8).getText()).as("Target 2026, a cell shown as 92%").isEqualTo("92");
        }
    }

    private static XSSFWorkbook workbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Sheet sheet) {
        DataFormatter fmt = new DataFormatter();
        List<String> out = new java.util.ArrayList<>();
        sheet.forEach(r -> r.forEach(c -> out.add(fmt.formatCellValue(c))));
        return out;
    }



    private static String text(Row row, int col) {
        return new DataFormatter().formatCellValue(row.getCell(col)).strip();
    }

    /** Column positions by header text, from the header row of the LAKIP sheets. */
    record Header(List<String> names) {
        Header(Sheet sheet) {
            this(sheet, "Indikator Kinerja");
        }

        Header(Sheet sheet, String marker) {
            this(read(sheet, marker));
        }

        static List<String> read(Sheet sheet, String marker) {
            DataFormatter fmt = new DataFormatter();
            for (Row row : sheet) {
                List<String> names = new java.util.ArrayList<>();
                row.forEach(c -> names.add(fmt.formatCellValue(c).strip()));
                if (names.contains(marker) && names.contains("No")) {
                    return names;
                }
            }
            throw new AssertionError("baris judul kolom tidak ditemukan");
        }

        int col(String name) {
            int c = names.indexOf(name);
            assertThat(c).as("kolom %s", name).isNotNegative();
            return c;
        }
    }
}
