package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.submission.SourceFile;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a unit is told after its forms for a quarter were read: which files arrived (with their hash, so a dispute
 * about "the file I sent" can be settled) and which of them counts, what was accepted and from which file (files of
 * one unit combine indicator by indicator, the most recently saved value winning), what was refused, corrected or
 * replaced and why, which of its indicators still have no value, and the capaian of its indicators as the recap
 * shows them. The job builds it; {@link ReceiptWriter} prints it.
 */
public record Receipt(Unit unit, Periode periode, List<Sent> files, List<StoredRow> accepted,
        List<Problem> problems, List<Indicator> missing, LocalDateTime generatedAt, Capaian capaian) {

    /**
     * The capaian of the unit's indicators as the recap shows them (the same results, so the receipt never says
     * another figure), and whether the targets are still the example.
     */
    public record Capaian(List<IndicatorResult> results, boolean exampleTargets) {
        public static final Capaian NONE = new Capaian(List.of(), false);

        public Capaian {
            results = List.copyOf(results);
        }
    }

    /** A receipt without the capaian section. */
    public Receipt(Unit unit, Periode periode, List<Sent> files, List<StoredRow> accepted, List<Problem> problems,
            List<Indicator> missing, LocalDateTime generatedAt) {
        this(unit, periode, files, accepted, problems, missing, generatedAt, Capaian.NONE);
    }

    /** A file received, with what became of it in words: "dipakai untuk 3 isian", "versi lama, …". */
    public record Sent(SourceFile file, String use) {
    }

    public Receipt {
        files = List.copyOf(files);
        accepted = List.copyOf(accepted);
        problems = List.copyOf(problems);
        missing = List.copyOf(missing);
        capaian = capaian == null ? Capaian.NONE : capaian;
    }
}
