package id.go.banggaikab.rekap.formulir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.submission.ReaderSettings;
import id.go.banggaikab.rekap.submission.Submission;
import id.go.banggaikab.rekap.submission.SubmissionReader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Some offices fill the form in LibreOffice Calc. A filled form of every unit, opened and saved again as .xlsx by
 * LibreOffice, must still read back exactly and without a problem. Skipped where LibreOffice is not installed.
 */
class LibreOfficeRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void filledFormsSavedAgainByLibreOfficeReadBackWithoutProblem() throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (soffice) tidak terpasang");
        Catalogue catalogue = CatalogueLoader.load(Path.of("config/katalog.yml"));
        Periode periode = new Periode(2026, 2);
        Path filledDir = Files.createDirectories(dir.resolve("diisi"));
        Path savedDir = Files.createDirectories(dir.resolve("libreoffice"));
        Map<String, FilledForm> filled = new HashMap<>();
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profil")
                .toUri(), "--headless", "--convert-to", "xlsx", "--outdir", savedDir.toString()));
        for (Unit unit : catalogue.reportingUnits()) {
            Path form = new FormTemplateWriter(catalogue).write(unit, periode, Map.of(), Map.of(), filledDir);
            filled.put(form.getFileName().toString(), new FilledForm().fill(form,
                    catalogue.indicatorsReportableBy(unit.code()), false));
            command.add(form.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "LibreOffice tidak selesai dalam 5 menit");

        SubmissionReader reader = new SubmissionReader(catalogue, ReaderSettings.defaults());
        for (Map.Entry<String, FilledForm> e : filled.entrySet()) {
            Path saved = savedDir.resolve(e.getKey());
            assertTrue(Files.exists(saved), "LibreOffice tidak menyimpan " + e.getKey() + ": "
                    + Files.readString(dir.resolve("soffice.log")));
            Submission s = reader.read(saved, savedDir);
            assertEquals(List.of(), s.problems(), e.getKey());
            assertEquals(periode, s.periode());
            Map<String, ReadRow> rows = s.rows().stream().collect(Collectors.toMap(ReadRow::indicatorCode,
                    Function.identity()));
            e.getValue().expected().forEach((code, x) -> FilledForm.assertReadAsFilled(x, rows.get(code), code));
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
