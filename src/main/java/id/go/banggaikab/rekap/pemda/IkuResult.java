package id.go.banggaikab.rekap.pemda;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.catalogue.PemdaConfig;
import java.util.List;

/**
 * One IKU of the Pemda's recap: its realisation per quarter (four entries, empty after the quarter asked for and
 * where a source has no figure) and year to date, the annual target and the target the capaian is measured against
 * (the cumulative target of the quarter where set, else the annual one: {@code annualFallback}), capaian and
 * category, where it stands, whether every office it comes from has locked the quarter, each source with its figure,
 * and last year's year-end realisation when every source office recapped TW IV of it.
 */
public record IkuResult(PemdaConfig.Iku iku, List<Figure> quarters, Figure ytd, Figure annualTarget, Figure target,
        boolean annualFallback, Double capaian, String kategori, Standing standing, boolean locked,
        List<Source> sources, Figure lastYear) {

    public IkuResult {
        quarters = List.copyOf(quarters);
        sources = List.copyOf(sources);
    }

    /** How far the IKU's figure for the quarter goes. */
    public enum Standing {
        /** Every source reported the quarter: the year to date is the quarter's. */
        LENGKAP,
        /** The sources have figures of earlier quarters only: the year to date is not this quarter's. */
        BELUM_LAPOR,
        /** No figure at all. */
        BELUM_ADA_DATA
    }

    /** One office indicator the IKU comes from, with its year to date and how it stands. */
    public record Source(PemdaConfig.Reference reference, String officeName, String indicatorName, Figure ytd,
            SourceState state) {
    }

    /** Where a source stands at its office. */
    public enum SourceState {
        /** Reported, and the office has locked the quarter: final. */
        DIKUNCI,
        /** Reported in the office's recap of the quarter, not locked yet. */
        SEMENTARA,
        /** The office recapped the quarter but the indicator has no figure for it. */
        BELUM_LAPOR,
        /** The office has not recapped the quarter (or not at all this year). */
        BELUM_MEREKAP,
        /** The office's data cannot be read (not installed, or not opened to the Pemda's role). */
        TIDAK_TERBACA,
        /** The office's recap has no indicator of that code: pemda.yml names a code the office does not have. */
        KODE_TIDAK_ADA
    }

    public boolean hasValue() {
        return !ytd.isEmpty();
    }
}
