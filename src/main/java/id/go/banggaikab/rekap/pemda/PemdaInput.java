package id.go.banggaikab.rekap.pemda;

import id.go.banggaikab.rekap.catalogue.PemdaConfig;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.shared.Periode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Everything the Pemda's recap of a quarter is computed from: pemda.yml, the IKU targets of the year, the offices'
 * states in pemda.yml's order, when the recap is made (and in which zone), the role it read with, and notes on its
 * inputs.
 */
public record PemdaInput(PemdaConfig config, Periode periode, Map<String, Target> targets, List<OfficeState> offices,
        LocalDateTime runTime, ZoneId zone, String role, List<String> notes) {

    public PemdaInput {
        targets = Map.copyOf(targets);
        offices = List.copyOf(offices);
        notes = List.copyOf(notes);
    }
}
