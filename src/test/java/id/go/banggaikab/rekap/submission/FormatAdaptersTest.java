package id.go.banggaikab.rekap.submission;

import static id.go.banggaikab.rekap.submission.ReaderFixture.KATALOG;
import static id.go.banggaikab.rekap.submission.ReaderFixture.KWU;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.contoh.SampleForms;
import id.go.banggaikab.rekap.formulir.FormTemplateWriter;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.spreadsheet.CrossCheckedSheets;
import id.go.banggaikab.rekap.spreadsheet.WorkbookSheets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same forms read through each format adapter give the same submission: the fast .xlsx path, POI's usermodel,
 * and the same sheets saved as .ods. (Every test using {@link ReaderFixture#reader()} checks the sheets too.)
 */
class FormatAdaptersTest {

    @TempDir
    Path dir;

    private static final Function<byte[], WorkbookSheets.Result> FAST =
            bytes -> new WorkbookSheets.Result(CrossCheckedSheets.fast(bytes), null);
    private static final Function<byte[], WorkbookSheets.Result> POI = WorkbookSheets::withPoi;
    private static final Function<byte[], WorkbookSheets.Result> ODS = CrossCheckedSheets::throughOds;

    private static List<Submission> read(Function<byte[], WorkbookSheets.Result> adapter, Path file, Path root)
            throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        SourceFile source = new SourceFile(SubmissionReader.relativePath(file, root), bytes.length,
                Files.getLastModifiedTime(file).toInstant(), DigestUtils.sha256Hex(bytes));
        return new SubmissionReader(KATALOG, ReaderSettings.defaults(), adapter).readAll(source, bytes);
    }

    private static void assertSameThroughEveryAdapter(List<Path> files, Path root) throws Exception {
        for (Path file : files) {
            List<Submission> poi = read(POI, file, root);
            assertThat(poi).as(file.toString()).allSatisfy(s -> assertThat(s.accepted()).isTrue());
            assertThat(read(FAST, file, root)).as("fast path: " + file).isEqualTo(poi);
            assertThat(read(ODS, file, root)).as("ods: " + file).isEqualTo(poi);
        }
    }

    @Test
    void shouldReadTheSampleYearAlikeThroughEveryAdapter() throws Exception {
        List<Path> files = new SampleForms(KATALOG).writeSampleYear(dir);

        assertThat(files).hasSize(32);
        assertSameThroughEveryAdapter(files, dir);
    }

    @Test
    void shouldReadTheJobsOwnBlankFormsAlikeThroughEveryAdapter() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Unit unit : KATALOG.reportingUnits()) {
            files.add(new FormTemplateWriter(KATALOG).write(unit, new Periode(2026, 2), Map.of(), Map.of(), dir));
        }

        assertSameThroughEveryAdapter(files, dir);
    }

    @Test
    void shouldReadTheSameFiguresFromAnOdsFileAsFromItsXlsx() throws Exception {
        FormBuilder form = FormBuilder.xlsx().title("REALISASI KINERJA").header(KWU, 2026, "TW II").blankRow()
                .twoRowColumns("REALISASI", List.of("Pembilang", "Penyebut"),
                        "No", "Jabatan", "Indikator Kinerja", "Satuan", "Realisasi", "Pembilang", "Penyebut")
                .row(1, "Kepala Bidang Pemberdayaan Usaha Mikro", "Persentase Usaha Mikro yang Dilatih", "%", null,
                        "30", 60)
                .row(2, null, "Jumlah Peserta Pelatihan Usaha Mikro", "Orang", new FormBuilder.Percent(0.17), null,
                        null)
                .mergeDown("Jabatan", 2);
        Path xlsx = form.writeTo(dir.resolve("kwu.xlsx"));
        Path ods = Files.write(dir.resolve("kwu.ods"), CrossCheckedSheets.odsOf(form.bytes()));

        Submission fromXlsx = ReaderFixture.reader().read(xlsx, dir);
        Submission fromOds = ReaderFixture.reader().read(ods, dir);

        assertThat(fromOds.problems()).isEqualTo(fromXlsx.problems().stream().map(p -> new id.go.banggaikab.rekap
                .shared.Problem(p.severity(), "kwu.ods", p.sheet(), p.cell(), p.value(), p.reason())).toList());
        assertThat(fromOds.rows()).isEqualTo(fromXlsx.rows());
        assertThat(fromOds.rows()).extracting(ReadRow::indicatorCode).containsExactly("KABID-PUM-02", "KASI-KWU-01");
    }

    @Test
    void shouldReadAFormLibreOfficeSavedInItsOwnFormat() throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (soffice) tidak terpasang");
        FormBuilder form = FormBuilder.xlsx().title("REALISASI KINERJA").header(KWU, 2026, "TW II").blankRow()
                .twoRowColumns("REALISASI", List.of("Pembilang", "Penyebut"),
                        "No", "Jabatan", "Indikator Kinerja", "Satuan", "Realisasi", "Pembilang", "Penyebut",
                        "Keterangan")
                .row(1, "Kepala Bidang Pemberdayaan Usaha Mikro", "Persentase Usaha Mikro yang Dilatih", "%", null,
                        "30", 60, "Pelatihan\nmembatik")
                .row(2, null, "Jumlah Peserta Pelatihan Usaha Mikro", "Orang", new FormBuilder.Percent(0.17), null,
                        null, null)
                .mergeDown("Jabatan", 2)
                .signature("Kepala Seksi", "HASMA", "19690425 199803 2 003");
        Path xlsx = form.writeTo(dir.resolve("xlsx/kwu.xlsx"));
        Path out = Files.createDirectories(dir.resolve("ods"));
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profil").toUri(),
                "--headless", "--convert-to", "ods", "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("LibreOffice selesai").isTrue();
        Path ods = out.resolve("kwu.ods");
        assertThat(ods).as(Files.readString(dir.resolve("soffice.log"))).exists();

        Submission fromXlsx = ReaderFixture.reader().read(xlsx, dir.resolve("xlsx"));
        Submission fromOds = ReaderFixture.reader().read(ods, out);

        assertThat(fromOds.accepted()).as(fromOds.problems().toString()).isTrue();
        assertThat(fromOds.problems()).isEqualTo(fromXlsx.problems());
        assertThat(fromOds.rows()).isEqualTo(fromXlsx.rows());
        assertThat(fromOds.rows()).hasSize(2);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
