package id.go.banggaikab.rekap.catalogue;

import java.util.List;

/**
 * {@code config/pemda.yml} cannot be used; each finding names the line and the fix. Like a catalogue that cannot be
 * used, it ends the run with the configuration error code (2).
 */
public class PemdaConfigException extends CatalogueException {

    public PemdaConfigException(List<String> findings) {
        super(findings);
    }

    @Override
    public String getMessage() {
        return PemdaConfigLoader.FILE + " tidak dapat dipakai:\n  - " + String.join("\n  - ", findings());
    }
}
