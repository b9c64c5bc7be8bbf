package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.TestOffices;
import id.go.banggaikab.rekap.catalogue.PemdaConfig;
import id.go.banggaikab.rekap.catalogue.PemdaConfigLoader;
import id.go.banggaikab.rekap.targets.TargetWorkbook;
import id.go.banggaikab.rekap.contoh.BenchmarkForms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several perangkat daerah on one PostgreSQL server, as they run in real use: each office an installation of its own
 * (its folder, its forms, its role, its schema made by the administrator's script), the application run as separate
 * processes. Two offices' runs of one quarter go at the same time, each in its own schema; the Pemda's recap, run
 * with the Pemda's read-only role, shows what each office last recapped and what it locked.
 */
@Timeout(600)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisabledOnOs(OS.WINDOWS)
class PemdaJobTest {

    static final String[] TW3 = {"tahun=2026", "triwulan=3", "--rekap.contoh.aktif=false"};

    @TempDir
    static Path root;
    private Path diskop;
    private Path dinkes;
    private Path pemda;

    @BeforeAll
    void offices() throws Exception {
        assumeTrue(TestDatabase.postgres(), TestDatabase.HOW);
        TestOffices.installPemda();
        TestOffices.installOffice("diskop");
        TestOffices.installOffice("dinkes");
        diskop = office("diskop", 33); // every unit, TW I–III
        dinkes = office("dinkes", 27); // every unit TW I–II, 5 of 11 units TW III
        pemda = Files.createDirectories(root.resolve("pemda/config"));
        pemda = pemda.getParent();
    }

    private Path office(String code, int forms) throws Exception {
        Path input = root.resolve(code + "-formulir");
        BenchmarkForms.main(new String[] {String.valueOf(forms), input.toString(), "config/katalog.yml"});
        return ProcessFolders.workingFolder(root.resolve(code), input);
    }

    /** The first office's run is frozen holding its run lock (SIGSTOP) while the second office's runs to its end. */
    @Test
    @Order(1)
    void shouldRunTwoOfficesRecapsOfOneQuarterAtTheSameTimeEachInItsOwnSchema() throws Exception {
        JobProcess first = JobProcess.start(diskop, TestOffices.installationArgs("diskop"), null, TW3);
        first.awaitLine("Dibaca:", 120);
        first.pause();
        JobProcess second;
        try {
            second = JobProcess.start(dinkes, TestOffices.installationArgs("dinkes"), null, TW3);
            assertThat(second.waitFor(180)).as(second.console()).isZero();
        } finally {
            first.resume();
        }
        assertThat(first.waitFor(180)).as(first.console()).isZero();
        assertThat(second.console()).contains("27 berkas ditemukan, 27 dibaca baru")
                .doesNotContain("Proses rekap lain sedang berjalan");
        assertThat(first.console()).contains("33 berkas ditemukan, 33 dibaca baru");

        try (Connection c = TestOffices.as("diskop"); Statement s = c.createStatement()) {
            assertThat(count(s, "submission_file")).isEqualTo(33);
            assertThat(count(s, "rekap_terbit")).isEqualTo(1);
            assertThat(value(s, "SELECT p.parameter_value FROM batch_job_execution_params p WHERE p.parameter_name ="
                    + " 'perangkat_daerah'")).as("the office identifies its run").isEqualTo("diskop");
        }
        try (Connection c = TestOffices.as("dinkes"); Statement s = c.createStatement()) {
            assertThat(count(s, "submission_file")).isEqualTo(27);
            assertThat(value(s, "SELECT unit_lapor || ' dari ' || unit_harap FROM rekap_terbit"))
                    .isEqualTo("5 dari 11");
            assertThat(value(s, "SELECT kode FROM perangkat_daerah")).isEqualTo("dinkes");
        }
    }

    @Test
    @Order(2)
    void shouldGiveThePemdaWhatEachOfficeLastRecappedAndTakeALockedQuarterAsLocked() throws Exception {
        JobProcess lock = JobProcess.start(diskop, TestOffices.installationArgs("diskop"), null,
                "--spring.batch.job.name=kunci", "tahun=2026", "triwulan=3", "--rekap.contoh.aktif=false");
        assertThat(lock.waitFor(180)).as(lock.console()).isZero();
        Files.writeString(pemda.resolve("config/pemda.yml"), """
                pemda:
                  nama: Pemerintah Kabupaten Banggai
                perangkat_daerah:
                  - kode: diskop
                    nama: Dinas Koperasi dan UKM
                  - kode: dinkes
                    nama: Dinas Kesehatan
                  - kode: disdik
                    nama: Dinas Pendidikan
                iku:
                  - kode: IKU-07
                    nama: Persentase Koperasi Aktif
                    satuan: "%"
                    dari: diskop:KADIS-01
                    sasaran: Meningkatnya daya saing koperasi dan usaha mikro
                  - kode: IKU-08
                    nama: Peserta pelatihan usaha mikro
                    satuan: Orang
                    dari: "{diskop:KASI-KWU-01} + {dinkes:KASI-KWU-01}"
                    sasaran: Meningkatnya daya saing koperasi dan usaha mikro
                  - kode: IKU-09
                    nama: Angka partisipasi sekolah
                    satuan: "%"
                    dari: disdik:APS-01
                """);
        PemdaConfig config = PemdaConfigLoader.load(pemda.resolve("config/pemda.yml"));
        new TargetWorkbook(config.asCatalogue()).write(pemda.resolve("config/target-pemda-2026.xlsx"), 2026,
                Map.of("IKU-07", new Object[] {80.0, 70.0, 72.0, 75.0, 80.0}), "uji");

        JobProcess run = JobProcess.start(pemda, TestOffices.installationArgs("pemda"), null,
                "--spring.batch.job.name=rekap-pemda", "tahun=2026", "triwulan=3");
        assertThat(run.waitFor(180)).as(run.console()).isZero();
        assertThat(run.console()).contains("Perangkat daerah: 2 dari 3 merekap TW III, 1 sudah mengunci.")
                .contains("Perangkat daerah disdik tidak terbaca: skemanya belum ada di server");

        String recap = "Rekap Kinerja 2026 TW III";
        List<List<String>> diskopRecap = ProcessFolders.indicatorTable(ProcessFolders.document(diskop, recap));
        List<List<String>> dinkesRecap = ProcessFolders.indicatorTable(ProcessFolders.document(dinkes, recap));
        try (InputStream in = Files.newInputStream(pemda.resolve("output/Rekap Pemda 2026 TW III.xlsx"));
                Workbook wb = WorkbookFactory.create(in)) {
            Sheet iku = wb.getSheet("IKU Pemda");
            Row aktif = row(iku, "IKU-07");
            assertThat(text(aktif.getCell(9))).as("the figure the office's own recap shows")
                    .isEqualTo(cell(diskopRecap, "KADIS-01", "Realisasi s.d. TW"));
            for (int tw = 1; tw <= 3; tw++) {
                assertThat(text(aktif.getCell(4 + tw))).isEqualTo(cell(diskopRecap, "KADIS-01",
                        "Realisasi TW " + "I".repeat(tw)));
            }
            assertThat(aktif.getCell(10).getNumericCellValue()).as("against the cumulative target of TW III")
                    .isEqualTo(aktif.getCell(9).getNumericCellValue() / 75.0 * 100);
            assertThat(text(aktif.getCell(12))).isEqualTo("Final (dikunci)");
            Row peserta = row(iku, "IKU-08");
            assertThat(peserta.getCell(9).getNumericCellValue()).isEqualTo(number(diskopRecap, "KASI-KWU-01")
                    + number(dinkesRecap, "KASI-KWU-01"));
            assertThat(text(peserta.getCell(12))).as("dinkes has not locked").isEqualTo("Sementara");
            Row aps = row(iku, "IKU-09");
            assertThat(aps.getCell(9).getCellType()).isEqualTo(CellType.STRING);
            assertThat(text(aps.getCell(9))).isEqualTo("Belum ada data");

            Sheet offices = wb.getSheet("Perangkat Daerah");
            Row koperasi = row(offices, "diskop");
            assertThat(text(koperasi.getCell(3))).isEqualTo("11 dari 11");
            assertThat(text(koperasi.getCell(4))).startsWith("Dikunci ").contains(" oleh ");
            Row kesehatan = row(offices, "dinkes");
            assertThat(text(kesehatan.getCell(3))).isEqualTo("5 dari 11");
            assertThat(text(kesehatan.getCell(4))).isEqualTo("Belum dikunci");
            assertThat(text(kesehatan.getCell(7))).startsWith("sementara: berdasarkan 5 dari 11 unit");
            assertThat(text(row(offices, "disdik").getCell(8))).contains("belum ada di server");
            assertThat(wb.getSheet("Capaian Kinerja")).isNotNull();
        }
    }

    @Test
    @Order(3)
    void shouldRefuseAnInstallationThatDoesNotNameItsOfficeOnAnOfficesSchema() throws Exception {
        JobProcess run = JobProcess.start(dinkes, List.of("--spring.datasource.url=" + TestDatabase.URL
                + (TestDatabase.URL.contains("?") ? "&" : "?") + "currentSchema=dinkes",
                "--spring.datasource.username=" + TestOffices.role("dinkes"),
                "--spring.datasource.password=" + TestDatabase.PASSWORD, "--spring.flyway.schemas=dinkes"), null, TW3);
        assertThat(run.waitFor(120)).as(run.console()).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(run.console()).contains("berisi riwayat perangkat daerah \"dinkes\"")
                .contains("belum menyebut perangkat daerahnya (rekap.perangkat-daerah)");
    }

    @Test
    @Order(4)
    void shouldRefuseAnOfficeCodeWhoseSchemaIsAnotherRolesWithWhatToAsk() throws Exception {
        List<String> args = new java.util.ArrayList<>(TestOffices.installationArgs("dinkes"));
        args.set(0, "--rekap.perangkat-daerah=diskop");
        JobProcess run = JobProcess.start(dinkes, args, null, TW3);
        assertThat(run.waitFor(120)).as(run.console()).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(run.console()).contains("tidak boleh memakai skema \"diskop\"");
        try (Connection c = TestOffices.as("diskop"); Statement s = c.createStatement()) {
            assertThat(count(s, "submission_file")).as("diskop's history untouched").isEqualTo(33);
        }
    }

    private static int count(Statement s, String table) throws Exception {
        return Integer.parseInt(value(s, "SELECT COUNT(*) FROM " + table));
    }

    private static String value(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private static Row row(Sheet sheet, String code) {
        for (Row r : sheet) {
            if (r.getRowNum() > 3 && code.equals(text(r.getCell(0)))) {
                return r;
            }
        }
        throw new AssertionError("baris " + code + " tidak ada di " + sheet.getSheetName());
    }

    private static String text(Cell c) {
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    /** A cell of an office's Rekap Indikator table (header row first) by indicator code and column name. */
    private static String cell(List<List<String>> table, String code, String column) {
        int col = table.get(0).indexOf(column);
        assertThat(col).as(column).isNotNegative();
        return table.stream().filter(r -> r.get(0).equals(code)).findFirst().orElseThrow().get(col);
    }

    private static double number(List<List<String>> table, String code) throws IOException {
        return Double.parseDouble(cell(table, code, "Realisasi s.d. TW").replace(",", ""));
    }
}
