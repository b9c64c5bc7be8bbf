package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Targets;
import id.go.banggaikab.rekap.register.RegisterDetail;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.shared.Problem;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The computed recap of a quarter, everything the writers need and nothing they must compute: one result per
 * catalogue indicator in catalogue order, the score tree, the dinas score of each quarter so far (index 0 = TW I; null
 * where there was nothing to score), the units that did not report, every problem (those from reading and those found
 * here), and how many of the expected units sent a form. The catalogue's own notes ({@link Catalogue#warnings()}) are
 * not problems of the forms and are not among {@code problems}. {@code registers} are the register rows behind the
 * figures counted from registers, for the Rincian Register sheet. {@code targets} says whether the targets are still
 * the example (every capaian then says so) and what their check found (the Catatan Katalog sheet).
 */
public record Recap(Catalogue catalogue, Periode periode, RecapSettings settings, boolean sample,
        LocalDateTime runTime, List<IndicatorResult> indicators, ScoreNode scores, List<Double> dinasScoreByQuarter,
        List<MissingReport> missing, List<Problem> problems, int expectedUnits, int receivedUnits,
        Verification verification, RegisterDetail registers, Targets targets) {

    /** A recap whose targets came without a workbook (tests). */
    public Recap(Catalogue catalogue, Periode periode, RecapSettings settings, boolean sample, LocalDateTime runTime,
            List<IndicatorResult> indicators, ScoreNode scores, List<Double> dinasScoreByQuarter,
            List<MissingReport> missing, List<Problem> problems, int expectedUnits, int receivedUnits,
            Verification verification, RegisterDetail registers) {
        this(catalogue, periode, settings, sample, runTime, indicators, scores, dinasScoreByQuarter, missing, problems,
                expectedUnits, receivedUnits, verification, registers, Targets.of(java.util.Map.of()));
    }

    /** A recap with nothing counted from registers. */
    public Recap(Catalogue catalogue, Periode periode, RecapSettings settings, boolean sample, LocalDateTime runTime,
            List<IndicatorResult> indicators, ScoreNode scores, List<Double> dinasScoreByQuarter,
            List<MissingReport> missing, List<Problem> problems, int expectedUnits, int receivedUnits,
            Verification verification) {
        this(catalogue, periode, settings, sample, runTime, indicators, scores, dinasScoreByQuarter, missing, problems,
                expectedUnits, receivedUnits, verification, RegisterDetail.NONE);
    }

    /** A recap of a quarter that has never been locked. */
    public Recap(Catalogue catalogue, Periode periode, RecapSettings settings, boolean sample, LocalDateTime runTime,
            List<IndicatorResult> indicators, ScoreNode scores, List<Double> dinasScoreByQuarter,
            List<MissingReport> missing, List<Problem> problems, int expectedUnits, int receivedUnits) {
        this(catalogue, periode, settings, sample, runTime, indicators, scores, dinasScoreByQuarter, missing, problems,
                expectedUnits, receivedUnits, Verification.NONE);
    }

    public Recap {
        indicators = List.copyOf(indicators);
        dinasScoreByQuarter = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(dinasScoreByQuarter));
        missing = List.copyOf(missing);
        problems = List.copyOf(problems);
        registers = registers == null ? RegisterDetail.NONE : registers;
        targets = targets == null ? Targets.of(java.util.Map.of()) : targets;
    }

    /**
     * Whether the quarter had ended when the recap was made (the run came after its last day). A recap of a quarter
     * still running is provisional however complete its forms are.
     */
    public boolean quarterEnded() {
        return runTime.toLocalDate().isAfter(periode.lastDay());
    }

    public Optional<IndicatorResult> indicator(String code) {
        return indicators.stream().filter(r -> r.indicator().code().equals(code)).findFirst();
    }

    public Optional<ScoreNode> score(String code) {
        return scores.flatten().stream().filter(n -> n.code().equals(code)).findFirst();
    }
}
