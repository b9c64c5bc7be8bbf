package id.go.banggaikab.rekap.pemda;

import id.go.banggaikab.rekap.catalogue.PemdaConfig;
import id.go.banggaikab.rekap.shared.Periode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The Pemda's recap of a quarter, everything its writer needs and nothing it must compute: one result per IKU in
 * pemda.yml's order, one per perangkat daerah, the role the offices were read with, and notes on the inputs (targets
 * missing, codes an office does not have); {@code zone} is the one the offices' times are shown in.
 */
public record PemdaRecap(PemdaConfig config, Periode periode, LocalDateTime runTime, ZoneId zone, String role,
        List<IkuResult> ikus, List<OfficeResult> offices, List<String> notes) {

    public PemdaRecap {
        ikus = List.copyOf(ikus);
        offices = List.copyOf(offices);
        notes = List.copyOf(notes);
    }

    /** Whether the quarter had ended when the recap was made; before that every figure is provisional. */
    public boolean quarterEnded() {
        return runTime.toLocalDate().isAfter(periode.lastDay());
    }

    /** How many offices recapped the quarter itself. */
    public long recapped() {
        return offices.stream().filter(o -> o.standing() == OfficeResult.Standing.DIREKAP).count();
    }

    /** How many offices have locked the quarter. */
    public long locked() {
        return offices.stream().filter(OfficeResult::locked).count();
    }

    /** Whether any IKU has a realisation for last year's TW IV: the LKjIP table then shows that column. */
    public boolean knowsLastYear() {
        return ikus.stream().anyMatch(i -> !i.lastYear().isEmpty());
    }
}
