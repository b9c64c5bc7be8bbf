package id.go.banggaikab.rekap.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.catalogue.Polarity;
import id.go.banggaikab.rekap.catalogue.Predikat;
import org.junit.jupiter.api.Test;

class CapaianTest {

    @Test
    void higherIsBetterDividesRealisationByTarget() {
        assertThat(Capaian.of(Figure.of(45.0), Figure.of(50.0), Polarity.NAIK)).isCloseTo(90.0, within(1e-9));
    }

    @Test
    void lowerIsBetterUsesTwiceTheTargetLessTheRealisation() {
        // (2 × 10 − 12) / 10 × 100 = 80
        assertThat(Capaian.of(Figure.of(12.0), Figure.of(10.0), Polarity.TURUN)).isCloseTo(80.0, within(1e-9));
        // under target is better than 100 %: (20 − 8) / 10 × 100 = 120
        assertThat(Capaian.of(Figure.of(8.0), Figure.of(10.0), Polarity.TURUN)).isCloseTo(120.0, within(1e-9));
    }

    @Test
    void lowerIsBetterIsFlooredAtZero() {
        assertThat(Capaian.of(Figure.of(25.0), Figure.of(10.0), Polarity.TURUN)).isEqualTo(0.0);
    }

    @Test
    void predicatesCompareByRank() {
        assertThat(Capaian.of(Figure.of(Predikat.A), Figure.of(Predikat.A), Polarity.NAIK)).isEqualTo(100.0);
        // BB has rank 5, A rank 6: 5 / 6 × 100
        assertThat(Capaian.of(Figure.of(Predikat.BB), Figure.of(Predikat.A), Polarity.NAIK))
                .isCloseTo(83.333, within(0.001));
        assertThat(Capaian.of(Figure.of(Predikat.AA), Figure.of(Predikat.A), Polarity.NAIK))
                .isCloseTo(116.667, within(0.001));
    }

    @Test
    void noValueOrNoTargetOrZeroTargetGivesNoCapaian() {
        assertThat(Capaian.of(Figure.NONE, Figure.of(50.0), Polarity.NAIK)).isNull();
        assertThat(Capaian.of(Figure.of(10.0), Figure.NONE, Polarity.NAIK)).isNull();
        assertThat(Capaian.of(Figure.of(10.0), Figure.of(0.0), Polarity.NAIK)).isNull();
        assertThat(Capaian.of(Figure.of(Predikat.A), Figure.NONE, Polarity.NAIK)).isNull();
    }
}
