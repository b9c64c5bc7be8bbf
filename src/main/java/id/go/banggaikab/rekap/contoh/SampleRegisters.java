package id.go.banggaikab.rekap.contoh;

import id.go.banggaikab.rekap.output.NewWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The registers of the sample data, as the dinas would keep them for Banggai in 2026: the Data Keragaan Koperasi
 * (240 koperasi in the 23 kecamatan, their status, last RAT, members and volume usaha of 2025 and of 2026 so far)
 * and the usaha mikro binaan (3,000, with the dates they were registered, trained, given capital, promoted, moved up
 * to kecil). Generated from a fixed seed, so every machine gets the same registers; marked DATA CONTOH on the sheet
 * and in the file name. A few rows carry what real registers carry: a koperasi listed twice, one marked Aktif
 * without a RAT for years, dates typed as text.
 */
public final class SampleRegisters {

    public static final String KOPERASI = "Data Keragaan Koperasi 2026 (DATA CONTOH).xlsx";
    public static final String USAHA_MIKRO = "Usaha Mikro Binaan 2026 (DATA CONTOH).xlsx";
    static final String BANNER = "DATA CONTOH — bukan data resmi";

    /** The 23 kecamatan of Kabupaten Banggai. */
    public static final List<String> KECAMATAN = List.of("Luwuk", "Luwuk Timur", "Luwuk Utara", "Luwuk Selatan",
            "Nambo", "Kintom", "Batui", "Batui Selatan", "Toili", "Toili Barat", "Moilong", "Pagimana", "Bunta", "Nuhon",
            "Simpang Raya", "Lamala", "Masama", "Balantak", "Balantak Utara", "Balantak Selatan", "Mantoh", "Bualemo",
            "Lobu");

    private static final String[][] JENIS = {{"Koperasi Simpan Pinjam", "KSP"}, {"Koperasi Serba Usaha", "KSU"},
        {"Koperasi Unit Desa", "KUD"}, {"Koperasi Produsen", "Koperasi Produsen"},
        {"Koperasi Konsumen", "Koperasi Konsumen"}, {"Koperasi Pemasaran", "Koperasi Pemasaran"},
        {"Koperasi Jasa", "Koperasi Jasa"}};
    private static final String[] KOPERASI_WORDS = {"Sejahtera", "Maju Bersama", "Harapan Baru", "Bina Usaha",
        "Sinar Bahari", "Mandiri", "Karya Tani", "Tunas Muda", "Pelita", "Bangkit", "Mitra Nelayan", "Sumber Rezeki",
        "Amanah", "Berkah", "Sipakatau", "Montolutusan", "Babasal", "Teluk Lalong", "Kilo Lima", "Bukit Halimun"};
    /** What usaha mikro in Banggai make or do, for sample names. */
    public static final List<String> PRODUK = List.of("Keripik Pisang", "Abon Ikan Tuna", "Tenun Ikat", "Kopi Bubuk",
        "Gula Aren", "Dodol Ubi", "Ikan Asin", "Kue Kering", "Minyak Kelapa", "Anyaman Pandan", "Kerupuk Ikan",
        "Sambal Roa", "Jahe Instan", "Bengkel Motor", "Warung Makan", "Jahit Pakaian", "Kios Sembako",
        "Budidaya Rumput Laut", "Kerajinan Kayu", "Madu Hutan", "Cabe Rawit", "Cengkeh Kering", "Ikan Bakar",
        "Bakso", "Es Kelapa");
    /** Owners' names, for sample names. */
    public static final List<String> NAMA = List.of("Ibu Ani", "Pak Ahmad", "Ibu Sitti", "Pak Rahman", "Ibu Nurhayati",
        "Pak Yusuf", "Ibu Fatma", "Pak Hasan", "Ibu Marlina", "Pak Jefri", "Ibu Deisy", "Pak Ronal", "Ibu Hadija",
        "Pak Samsul", "Ibu Yuliana", "Pak Arifin", "Ibu Ratna", "Pak Daud", "Ibu Salma", "Pak Frans");

    private final Random random = new Random(2026);

    /** Writes the registers into {@code registerDir} unless they are there; returns the files written. */
    public List<Path> write(Path registerDir) throws IOException {
        List<Path> written = new ArrayList<>();
        Path koperasi = registerDir.resolve(KOPERASI);
        if (!Files.exists(koperasi)) {
            koperasi(koperasi);
            written.add(koperasi);
        }
        Path usaha = registerDir.resolve(USAHA_MIKRO);
        if (!Files.exists(usaha)) {
            usahaMikro(usaha);
            written.add(usaha);
        }
        return written;
    }

    private void koperasi(Path file) throws IOException {
        try (XSSFWorkbook wb = new NewWorkbook()) {
            Sheet s = wb.createSheet("Data Keragaan");
            CellStyle date = dateStyle(wb);
            text(s, 0, "DATA KERAGAAN KOPERASI KABUPATEN BANGGAI");
            text(s, 1, "Keadaan per 30 September 2026 · " + BANNER);
            String[] head = {"No", "Nama Koperasi", "NIK", "Jenis", "Kecamatan", "Status", "Tahun RAT Terakhir",
                "Anggota", "Volume Usaha 2025 (Rp)", "Volume Usaha 2026 (Rp)", "Tanggal Pemeriksaan"};
            header(s, 3, head);
            int r = 4;
            for (int i = 1; i <= 240; i++) {
                String[] jenis = JENIS[random.nextInt(JENIS.length)];
                String kecamatan = KECAMATAN.get(random.nextInt(KECAMATAN.size()));
                boolean aktif = random.nextInt(100) < 62;
                int rat = aktif ? 2024 + random.nextInt(3) : 2014 + random.nextInt(9);
                if (i == 17) {
                    rat = 2021; // marked Aktif, no RAT for five years: not counted aktif
                }
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue(jenis[1] + " " + KOPERASI_WORDS[random.nextInt(KOPERASI_WORDS.length)]
                        + " " + kecamatan);
                row.createCell(2).setCellValue(String.format("7201%02d%010d", KECAMATAN.indexOf(kecamatan) + 1,
                        2_000_000_000L + i * 7919L));
                row.createCell(3).setCellValue(jenis[0]);
                row.createCell(4).setCellValue(kecamatan);
                row.createCell(5).setCellValue(aktif || i == 17 ? "Aktif" : "Tidak Aktif");
                if (random.nextInt(20) > 0 || aktif) {
                    row.createCell(6).setCellValue(rat);
                }
                row.createCell(7).setCellValue(20 + random.nextInt(aktif ? 480 : 80));
                double volume = aktif ? Math.round((50 + random.nextInt(1950)) * 1_000_000.0) : 0;
                row.createCell(8).setCellValue(volume);
                if (aktif) {
                    row.createCell(9).setCellValue(Math.round(volume * (0.65 + random.nextDouble() * 0.3) / 1000)
                            * 1000.0);
                }
                if (aktif && random.nextInt(3) == 0) {
                    Cell c = row.createCell(10);
                    c.setCellValue(LocalDate.of(2026, 1, 5).plusDays(random.nextInt(260)));
                    c.setCellStyle(date);
                }
            }
            Row twice = s.createRow(r);
            for (int c = 0; c <= 9; c++) {
                Cell from = s.getRow(4 + 41).getCell(c);
                if (from != null) {
                    Cell to = twice.createCell(c);
                    switch (from.getCellType()) {
                        case NUMERIC -> to.setCellValue(c == 0 ? 241 : from.getNumericCellValue());
                        default -> to.setCellValue(from.getStringCellValue());
                    }
                }
            }
            finish(s, head.length, file, wb);
        }
    }

    private void usahaMikro(Path file) throws IOException {
        try (XSSFWorkbook wb = new NewWorkbook()) {
            Sheet s = wb.createSheet("Usaha Mikro Binaan");
            CellStyle date = dateStyle(wb);
            text(s, 0, "DAFTAR USAHA MIKRO BINAAN DINAS KOPERASI DAN UKM KABUPATEN BANGGAI");
            text(s, 1, "Keadaan per 30 September 2026 · " + BANNER);
            String[] head = {"No", "Nama Usaha", "NIB", "NIK Pemilik", "Kecamatan", "Skala", "Tanggal Terdaftar",
                "Tanggal Pelatihan", "Tanggal Bantuan Modal", "Tanggal Promosi", "Tanggal Naik Kelas"};
            header(s, 3, head);
            int r = 4;
            LocalDate first = LocalDate.of(2019, 1, 1);
            LocalDate last = LocalDate.of(2026, 9, 30);
            int days = (int) (last.toEpochDay() - first.toEpochDay());
            for (int i = 1; i <= 3000; i++) {
                String kecamatan = KECAMATAN.get(random.nextInt(KECAMATAN.size()));
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue(PRODUK.get(random.nextInt(PRODUK.size())) + " "
                        + NAMA.get(random.nextInt(NAMA.size())));
                row.createCell(2).setCellValue(String.format("91%011d", 20_000_000_000L + i * 104_729L));
                row.createCell(3).setCellValue(String.format("7201%02d%010d", KECAMATAN.indexOf(kecamatan) + 1,
                        4_000_000_000L + i * 13_337L));
                row.createCell(4).setCellValue(kecamatan);
                // most of the list was registered before 2026; some are added through the year
                LocalDate registered = random.nextInt(100) < 88 ? first.plusDays(random.nextInt(days - 270))
                        : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(272));
                date(row, 6, registered, date, i);
                boolean naik = random.nextInt(100) < 3;
                row.createCell(5).setCellValue(naik ? "Kecil" : "Mikro");
                event(row, 7, registered, 34, date, i);
                event(row, 8, registered, 23, date, i);
                event(row, 9, registered, 19, date, i);
                if (naik) {
                    date(row, 10, later(registered, LocalDate.of(2024, 1, 1)), date, i);
                }
            }
            finish(s, head.length, file, wb);
        }
    }

    /** A date in 2026 for {@code percent} of the rows, after their registration. */
    private void event(Row row, int col, LocalDate registered, int percent, CellStyle style, int i) {
        if (random.nextInt(100) < percent) {
            date(row, col, later(registered, LocalDate.of(2026, 1, 2)), style, i);
        }
    }

    private LocalDate later(LocalDate registered, LocalDate from) {
        LocalDate start = registered.isAfter(from) ? registered : from;
        int span = (int) (LocalDate.of(2026, 9, 30).toEpochDay() - start.toEpochDay());
        return start.plusDays(span <= 0 ? 0 : random.nextInt(span + 1));
    }

    /** A date as an Excel date, or, for one row in fifty, typed as text the way clerks do. */
    private static void date(Row row, int col, LocalDate d, CellStyle style, int i) {
        Cell c = row.createCell(col);
        if (i % 50 == 7) {
            c.setCellValue(String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        } else if (i % 97 == 11) {
            c.setCellValue(d.getDayOfMonth() + " " + BULAN[d.getMonthValue() - 1] + " " + d.getYear());
        } else {
            c.setCellValue(d);
            c.setCellStyle(style);
        }
    }

    private static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember"};

    private static CellStyle dateStyle(XSSFWorkbook wb) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        return date;
    }

    private static void text(Sheet s, int r, String value) {
        s.createRow(r).createCell(0).setCellValue(value);
    }

    private static void header(Sheet s, int r, String[] head) {
        Row row = s.createRow(r);
        for (int c = 0; c < head.length; c++) {
            row.createCell(c).setCellValue(head[c]);
        }
        s.createFreezePane(0, r + 1);
    }

    private static void finish(Sheet s, int columns, Path file, XSSFWorkbook wb) throws IOException {
        for (int c = 0; c < columns; c++) {
            s.setColumnWidth(c, (c == 1 ? 44 : c == 0 ? 6 : 18) * 256);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(partial)) {
            wb.write(out);
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
