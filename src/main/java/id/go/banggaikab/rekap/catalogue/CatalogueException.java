package id.go.banggaikab.rekap.catalogue;

import java.util.List;
import org.springframework.boot.ExitCodeGenerator;

/**
 * The catalogue or the targets cannot be used; each finding names the file, the line and the fix. The run ends with
 * the configuration error code (2), which a scheduler tells apart from an unexpected failure.
 */
public class CatalogueException extends RuntimeException implements ExitCodeGenerator {

    private final List<String> findings;

    public CatalogueException(List<String> findings) {
        super("Katalog tidak dapat dipakai:\n  - " + String.join("\n  - ", findings));
        this.findings = List.copyOf(findings);
    }

    public List<String> findings() {
        return findings;
    }

    @Override
    public int getExitCode() {
        return 2;
    }
}
