package id.go.banggaikab.rekap;

import id.go.banggaikab.rekap.catalogue.CatalogueException;
import id.go.banggaikab.rekap.job.ExitCodes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Rekap Kinerja: reads the quarterly realisation forms of the dinas's units and writes the recap and LAKIP table.
 * The exit code drives whatever scheduled the run, so startup failures (a broken catalogue, a bad setting) end with
 * one plain line and their own code instead of a stack trace.
 */
@SpringBootApplication
public class RekapApplication {

    public static void main(String[] args) {
        int code;
        try {
            code = SpringApplication.exit(SpringApplication.run(RekapApplication.class, args));
        } catch (RuntimeException e) {
            code = startupFailure(e);
        }
        System.exit(code);
    }

    private static int startupFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CatalogueException ce) {
                System.err.println("GAGAL: " + ce.getMessage());
                return ExitCodes.BAD_CONFIGURATION;
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        System.err.println("GAGAL: aplikasi tidak dapat dimulai: " + root.getMessage()
                + ". Periksa config/application.yml; rincian di logs/rekap-kinerja.log.");
        return root instanceof IllegalArgumentException || e.getClass().getName().contains("Bind")
                ? ExitCodes.BAD_CONFIGURATION : ExitCodes.UNEXPECTED;
    }
}
