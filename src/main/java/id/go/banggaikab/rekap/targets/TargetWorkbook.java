package id.go.banggaikab.rekap.targets;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.output.OutputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The yearly targets live in {@code config/target-<tahun>.xlsx}, a workbook the perencanaan staff edit in Excel:
 * annual target (Perjanjian Kinerja) and cumulative quarterly targets (Rencana Aksi) per indicator code. When the
 * workbook for a year is missing, a pre-filled one is written so the staff only have to type the numbers. It is read
 * by {@link TargetReader}.
 */
public final class TargetWorkbook {

    static final String SHEET = "Target";
    static final String[] HEADERS = {"Kode", "Unit Kerja", "Jabatan", "Indikator Kinerja", "Satuan", "Target Tahunan",
        "Target TW I (kumulatif)", "Target TW II (kumulatif)", "Target TW III (kumulatif)", "Target TW IV (kumulatif)"};
    static final int FIRST_TARGET_COLUMN = 5;

    private final Catalogue catalogue;

    public TargetWorkbook(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static Path pathFor(Path configDir, int tahun) {
        return configDir.resolve("target-" + tahun + ".xlsx");
    }

    /**
     * Writes a target workbook for the year with every indicator of the catalogue, filled from {@code values} where
     * given (annual first, then the four quarters), written like every output.
     */
    public void write(Path file, int tahun, Map<String, Object[]> values, String note) throws IOException {
        try (Workbook wb = new TargetSheetLayout(catalogue).build(tahun, values == null ? new HashMap<>() : values,
                note)) {
            OutputFiles.writeAtomically(file, wb::write);
        }
    }
}
