package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.ScoreNode;
import id.go.banggaikab.rekap.history.PublishedRecap;
import id.go.banggaikab.rekap.history.RecapPublication;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every recap an office writes (by {@code rekap} or {@code kunci}) is also kept as its figures in force for the
 * quarter, in the office's own history, for the Pemda's recap to read: the recap's own figures, never computed again.
 */
@Component
class RecapPublisher {

    private final RecapPublication publication;
    private final Clock clock;

    RecapPublisher(RecapPublication publication, Clock clock) {
        this.publication = publication;
        this.clock = clock;
    }

    void publish(Recap recap, Path recapFile) {
        publication.publish(of(recap, recapFile, clock));
    }

    static PublishedRecap of(Recap recap, Path recapFile, Clock clock) {
        int triwulan = recap.periode().triwulan();
        List<PublishedRecap.Line> lines = new ArrayList<>();
        for (IndicatorResult r : recap.indicators()) {
            List<PublishedRecap.Value> values = new ArrayList<>();
            for (int tw = 1; tw <= triwulan; tw++) {
                add(values, tw, r.values().quarter(tw));
            }
            add(values, PublishedRecap.YEAR_TO_DATE, r.ytd());
            lines.add(new PublishedRecap.Line(r.indicator().code(), r.indicator().name(), r.indicator().satuan(),
                    r.values().reportedIn(triwulan), values));
        }
        ScoreNode office = recap.scores();
        return new PublishedRecap(recap.periode(), recap.catalogue().dinasName(), clock.instant(),
                recap.verification().isFinal(), recap.quarterEnded(), office.unitsReported(), office.unitsExpected(),
                office.score(), office.kategori(), office.indicators(), office.indicatorsTotal(),
                recapFile.getFileName().toString(), lines);
    }

    private static void add(List<PublishedRecap.Value> values, int tw, Figure figure) {
        if (!figure.isEmpty()) {
            values.add(new PublishedRecap.Value(tw, figure.number(), figure.predikat()));
        }
    }
}
