package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.contoh.BenchmarkForms;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single installation that kept its history before offices were named keeps working once it names its office: on
 * a server its history moves from the schema its settings named into the office's own, on SQLite it stays where it
 * is; either way the next run recognises every form and writes the same recap. Run as the application runs, in its
 * own process.
 */
@Timeout(300)
@DisabledOnOs(OS.WINDOWS)
class SingleOfficeUpgradeJobTest {

    static final String[] TW3 = {"tahun=2026", "triwulan=3", "--rekap.contoh.aktif=false"};

    @TempDir
    Path root;

    @Test
    void shouldMoveAServerHistoryIntoTheOfficesSchemaAndRecapTheSame() throws Exception {
        assumeTrue(TestDatabase.postgres(), TestDatabase.HOW);
        Path work = folder();
        String legacy = "uji_lama_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String office = "uji_pd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        List<String> before = List.of("--spring.datasource.url=" + TestDatabase.URL + (TestDatabase.URL.contains("?")
                ? "&" : "?") + "currentSchema=" + legacy, "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD, "--spring.flyway.schemas=" + legacy);
        JobProcess first = JobProcess.start(work, before, null, TW3);
        assertThat(first.waitFor(180)).as(first.console()).isZero();
        List<List<String>> recapBefore = ProcessFolders.indicatorTable(ProcessFolders.document(work,
                "Rekap Kinerja 2026 TW III"));

        List<String> named = new ArrayList<>(before);
        named.add("--rekap.perangkat-daerah=" + office);
        JobProcess second = JobProcess.start(work, named, null, TW3);
        assertThat(second.waitFor(180)).as(second.console()).isZero();

        assertThat(second.console()).contains("Riwayat lama di skema " + legacy + " dipindah ke skema perangkat daerah "
                + office).contains("22 berkas ditemukan, 0 dibaca baru");
        assertThat(ProcessFolders.indicatorTable(secondRecap(work))).isEqualTo(recapBefore);
        try (Connection c = DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD);
                Statement s = c.createStatement()) {
            assertThat(value(s, "SELECT COUNT(*) FROM " + office + ".submission_file")).isEqualTo("22");
            assertThat(value(s, "SELECT kode || '/' || ditetapkan FROM " + office + ".perangkat_daerah"))
                    .isEqualTo(office + "/1");
            assertThat(value(s, "SELECT COUNT(*) FROM " + office + ".batch_job_instance")).as("both runs")
                    .isEqualTo("2");
            assertThat(value(s, "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = '" + legacy + "'")).as("nothing left where it was").isEqualTo("0");
        }
    }

    @Test
    void shouldKeepAnSqliteInstallationWorkingAndLetItNameItsOfficeOnce() throws Exception {
        assumeTrue(!TestDatabase.postgres(), "SQLite: dijalankan pada putaran SQLite");
        Path work = folder();
        JobProcess first = JobProcess.start(work, List.of(), null, TW3);
        assertThat(first.waitFor(180)).as(first.console()).isZero();
        assertThat(first.console()).contains("Riwayat ini dicatat sebagai milik perangkat daerah \"diskop\" (kode"
                + " bawaan");

        JobProcess named = JobProcess.start(work, List.of("--rekap.perangkat-daerah=dinkes"), null, TW3);
        assertThat(named.waitFor(180)).as(named.console()).isZero();
        assertThat(named.console()).contains("kode bawaan \"diskop\" kini milik perangkat daerah \"dinkes\"")
                .contains("22 berkas ditemukan, 0 dibaca baru");

        JobProcess other = JobProcess.start(work, List.of("--rekap.perangkat-daerah=diskop"), null, TW3);
        assertThat(other.waitFor(180)).as(other.console()).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(other.console()).contains("berisi riwayat perangkat daerah \"dinkes\", sedangkan instalasi ini"
                + " untuk perangkat daerah \"diskop\"").doesNotContain("Mulai rekap");
    }

    private Path folder() throws Exception {
        Path forms = root.resolve("formulir");
        BenchmarkForms.main(new String[] {"22", forms.toString(), "config/katalog.yml"});
        return ProcessFolders.workingFolder(root.resolve("kerja"), forms);
    }

    private static Path secondRecap(Path work) throws Exception {
        return ProcessFolders.outputs(work).stream().filter(p -> p.getFileName().toString()
                .startsWith("Rekap Kinerja 2026 TW III (")).findFirst().orElseThrow();
    }

    private static String value(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
