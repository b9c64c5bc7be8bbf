package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Working folders for tests that run the application as a process: a copy of {@code config/} and of a set of forms,
 * plus what such a test looks at afterwards (the SQLite file, the output folder, the recap's indicator sheet).
 */
final class ProcessFolders {

    private ProcessFolders() {
    }

    /** {@code dir} with {@code config/} copied from the project and {@code forms} copied to {@code input/}. */
    static Path workingFolder(Path dir, Path forms) throws IOException {
        Files.createDirectories(dir);
        FileSystemUtils.copyRecursively(Path.of("config"), dir.resolve("config"));
        FileSystemUtils.copyRecursively(forms, dir.resolve("input"));
        return dir;
    }

    /**
     * The database arguments of a process run in {@code dir}: none on SQLite (the working folder's own
     * data/rekap.db), or the test server with a schema of the folder's own, as one dinas of several on a server.
     */
    static List<String> databaseArgs(Path dir) {
        if (!TestDatabase.postgres()) {
            return List.of();
        }
        String schema = schema(dir);
        return List.of("--spring.datasource.url=" + schemaUrl(schema), "--spring.datasource.username=" + TestDatabase.USER,
                "--spring.datasource.password=" + TestDatabase.PASSWORD, "--spring.flyway.schemas=" + schema);
    }

    static Connection database(Path dir) throws SQLException {
        if (TestDatabase.postgres()) {
            return DriverManager.getConnection(schemaUrl(schema(dir)), TestDatabase.USER, TestDatabase.PASSWORD);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/rekap.db"));
    }

    private static String schema(Path dir) {
        return "uji_" + Integer.toHexString(dir.toAbsolutePath().toString().hashCode() & 0x7fffffff);
    }

    private static String schemaUrl(String schema) {
        return TestDatabase.URL + (TestDatabase.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** SQLite's own check of the file after a kill; a database server keeps its own consistency. */
    static String integrity(Path dir) throws SQLException {
        if (TestDatabase.postgres()) {
            return "ok";
        }
        try (Connection c = database(dir); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "(tidak ada jawaban)";
        }
    }

    static int count(Path dir, String table) throws SQLException {
        try (Connection c = database(dir); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static List<Path> outputs(Path dir) throws IOException {
        Path out = dir.resolve("output");
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * The recap a run left under a document name: the final file when the quarter is locked, otherwise the newest
     * draft ("(draf …)", "(dibuka kembali …)") of that name.
     */
    static Path document(Path dir, String name) throws IOException {
        Path plain = dir.resolve("output").resolve(name + ".xlsx");
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        return outputs(dir).stream().filter(p -> p.getFileName().toString().startsWith(name + " ("))
                .max(Comparator.comparing(ProcessFolders::modified))
                .orElseThrow(() -> new NoSuchFileException(plain + " (juga tidak ada drafnya)"));
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of the indicator table from its header row down, as Excel shows it; the title rows hold the run time. */
    static List<List<String>> indicatorTable(Path recap) throws IOException {
        try (InputStream in = Files.newInputStream(recap); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("Rekap Indikator");
            DataFormatter fmt = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() < 3) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** Opens a workbook the way a user would, failing on a truncated or corrupt file. */
    static void open(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); Workbook wb = WorkbookFactory.create(in)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new IOException(workbook + " tidak berisi lembar");
            }
        }
    }
}
