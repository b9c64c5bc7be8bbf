package id.go.banggaikab.rekap.pemda;

import id.go.banggaikab.rekap.catalogue.PemdaConfig;
import id.go.banggaikab.rekap.history.OfficeRecaps.Access;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the Pemda's recap of a quarter from what each office last recapped: each IKU ({@link IkuCalculator}) and
 * where each office stands. A plain class with no state and no Spring, tested with {@code new}.
 */
public final class PemdaCalculator {

    public PemdaRecap calculate(PemdaInput input) {
        Map<String, OfficeState> offices = new LinkedHashMap<>();
        input.offices().forEach(o -> offices.put(o.office().code(), o));
        List<String> notes = new ArrayList<>(input.notes());
        IkuCalculator ikus = new IkuCalculator(input.periode(), input.targets(), offices);
        List<IkuResult> results = new ArrayList<>();
        for (PemdaConfig.Iku iku : input.config().ikus()) {
            IkuResult r = ikus.result(iku);
            results.add(r);
            r.sources().stream().filter(s -> s.state() == IkuResult.SourceState.KODE_TIDAK_ADA).forEach(s -> notes.add(
                    "pemda.yml, IKU " + iku.code() + ": rekap " + s.officeName() + " tidak memuat indikator \""
                            + s.reference().indicator() + "\". Periksa kodenya di katalog perangkat daerah itu."));
        }
        List<OfficeResult> standings = input.offices().stream().map(o -> standing(o, input.periode())).toList();
        return new PemdaRecap(input.config(), input.periode(), input.runTime(), input.zone(), input.role(), results,
                standings, notes);
    }

    private static OfficeResult standing(OfficeState s, Periode periode) {
        OfficeResult.Standing standing = switch (s.access()) {
            case NO_SCHEMA -> OfficeResult.Standing.BELUM_TERPASANG;
            case NO_RECAP -> OfficeResult.Standing.BELUM_DIPERBARUI;
            case NOT_ALLOWED -> OfficeResult.Standing.TIDAK_BOLEH;
            case READABLE -> s.recap() == null ? OfficeResult.Standing.BELUM_MEREKAP
                    : s.recapped(periode) ? OfficeResult.Standing.DIREKAP : OfficeResult.Standing.REKAP_LAMA;
        };
        return new OfficeResult(s.office(), standing, s.access() == Access.READABLE ? s.recap() : null, s.lock());
    }
}
