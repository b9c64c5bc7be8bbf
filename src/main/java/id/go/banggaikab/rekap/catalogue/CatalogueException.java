package id.go.banggaikab.rekap.catalogue;

import java.util.List;

/** The catalogue or the targets cannot be used; each finding names the file, the line and the fix. */
public class CatalogueException extends RuntimeException {

    private final List<String> findings;

    public CatalogueException(List<String> findings) {
        super("Katalog tidak dapat dipakai:\n  - " + String.join("\n  - ", findings));
        this.findings = List.copyOf(findings);
    }

    public List<String> findings() {
        return findings;
    }
}
