package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.spreadsheet.CrossCheckedSheets;
import java.nio.file.Path;
import java.util.List;

/** The real catalogue, loaded once, and the small helpers the reader tests share. */
final class ReaderFixture {

    static final Catalogue KATALOG = CatalogueLoader.load(Path.of("config/katalog.yml"));

    static final String KWU = "Seksi Peningkatan Kualitas Kewirausahaan";
    static final String SDMK = "Seksi Peningkatan Kualitas SDM Koperasi";
    static final String[] COLUMNS = {"No", "Kode", "Jabatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
            "Pembilang", "Penyebut", "Keterangan"};

    private ReaderFixture() {
    }

    /** The real reader, checking on every form that each format adapter sees the same sheets. */
    static SubmissionReader reader() {
        return new SubmissionReader(KATALOG, ReaderSettings.defaults(), new CrossCheckedSheets());
    }

    static ReadRow row(Submission s, String code) {
        return s.rows().stream().filter(r -> r.indicatorCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code + " in " + s.rows() + " / " + s.problems()));
    }

    static List<Problem> problems(Submission s, Severity severity) {
        return s.problems().stream().filter(p -> p.severity() == severity).toList();
    }

    /** A KWU form for 2026 TW II with the standard columns, ready for rows. */
    static FormBuilder kwuForm() {
        return FormBuilder.xlsx().title("FORMULIR REALISASI INDIKATOR KINERJA INDIVIDU")
                .header(KWU, 2026, "II").blankRow().columns(COLUMNS);
    }
}
