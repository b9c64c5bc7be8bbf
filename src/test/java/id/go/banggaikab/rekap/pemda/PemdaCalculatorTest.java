package id.go.banggaikab.rekap.pemda;

import static id.go.banggaikab.rekap.pemda.Offices.DINKES;
import static id.go.banggaikab.rekap.pemda.Offices.DISDIK;
import static id.go.banggaikab.rekap.pemda.Offices.DISKOP;
import static id.go.banggaikab.rekap.pemda.Offices.TW3;
import static id.go.banggaikab.rekap.pemda.Offices.calculate;
import static id.go.banggaikab.rekap.pemda.Offices.line;
import static id.go.banggaikab.rekap.pemda.Offices.lock;
import static id.go.banggaikab.rekap.pemda.Offices.readable;
import static id.go.banggaikab.rekap.pemda.Offices.recap;
import static id.go.banggaikab.rekap.pemda.Offices.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.history.OfficeRecaps.Access;
import id.go.banggaikab.rekap.shared.Periode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Pemda's IKU and the offices' standing, from the recaps the offices published; no value is ever 0. */
class PemdaCalculatorTest {

    @Test
    void shouldTakeALoneReferenceAsTheOfficeRecappedItAndMeasureItAgainstTheQuarterTarget() {
        PemdaRecap r = calculate(Map.of("IKU-07", target("IKU-07", 75.0, 72.0)), DISKOP, DINKES, DISDIK);
        IkuResult aktif = r.ikus().get(0);
        assertThat(aktif.quarters()).containsExactly(Figure.of(70.0), Figure.of(71.0), Figure.of(72.6), Figure.NONE);
        assertThat(aktif.ytd()).isEqualTo(Figure.of(72.6));
        assertThat(aktif.target()).as("the cumulative target of TW III").isEqualTo(Figure.of(72.0));
        assertThat(aktif.annualFallback()).isFalse();
        assertThat(aktif.capaian()).isCloseTo(72.6 / 72.0 * 100, within(1e-9));
        assertThat(aktif.kategori()).isEqualTo("Sangat Tinggi");
        assertThat(aktif.locked()).as("diskop locked TW III").isTrue();
        assertThat(aktif.sources()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(IkuResult.SourceState.DIKUNCI);
            assertThat(s.indicatorName()).isEqualTo("Indikator KADIS-01");
            assertThat(s.ytd()).isEqualTo(Figure.of(72.6));
        });
    }

    @Test
    void shouldFallBackToTheAnnualTargetAndSaySo() {
        IkuResult aktif = calculate(Map.of("IKU-07", target("IKU-07", 80.0, null)), DISKOP, DINKES, DISDIK).ikus()
                .get(0);
        assertThat(aktif.target()).isEqualTo(Figure.of(80.0));
        assertThat(aktif.annualFallback()).isTrue();
        assertThat(aktif.capaian()).isCloseTo(72.6 / 80.0 * 100, within(1e-9));
        assertThat(aktif.kategori()).isEqualTo("Tinggi");
    }

    @Test
    void shouldWorkAFormulaOutPerQuarterAndForTheYearToDateAcrossOffices() {
        IkuResult latih = calculate(Map.of("IKU-08", target("IKU-08", 200.0, 150.0)), DISKOP, DINKES, DISDIK).ikus()
                .get(1);
        assertThat(latih.quarters()).containsExactly(Figure.of(34.0), Figure.of(30.0), Figure.of(38.0), Figure.NONE);
        assertThat(latih.ytd()).isEqualTo(Figure.of(102.0));
        assertThat(latih.capaian()).isCloseTo(68.0, within(1e-9));
        assertThat(latih.locked()).as("dinkes has not locked").isFalse();
        assertThat(latih.sources()).extracting(IkuResult.Source::state)
                .containsExactly(IkuResult.SourceState.DIKUNCI, IkuResult.SourceState.SEMENTARA);
    }

    @Test
    void shouldMeasureALowerIsBetterIkuTheOtherWayRound() {
        IkuResult akb = calculate(Map.of("IKU-09", target("IKU-09", 10.0, 10.0)), DISKOP, DINKES, DISDIK).ikus()
                .get(2);
        assertThat(akb.capaian()).isCloseTo((2 * 10.0 - 9.0) / 10.0 * 100, within(1e-9));
    }

    @Test
    void shouldPassAGradeThroughAndCompareItByRank() {
        Target sakip = new Target("IKU-10", 2026, null, new Double[4], Predikat.A, new Predikat[] {null, null,
            Predikat.BB, Predikat.A});
        IkuResult r = calculate(Map.of("IKU-10", sakip), DISKOP, DINKES, DISDIK).ikus().get(3);
        assertThat(r.ytd()).isEqualTo(Figure.of(Predikat.BB));
        assertThat(r.quarters().get(2)).isEqualTo(Figure.of(Predikat.BB));
        assertThat(r.capaian()).isEqualTo(100.0);
    }

    @Test
    void shouldShowNoDataNeverZeroWhereAnOfficeIsNotThere() {
        PemdaRecap r = calculate(Map.of("IKU-11", target("IKU-11", 95.0, 95.0)), DISKOP, DINKES, DISDIK);
        IkuResult aps = r.ikus().get(4);
        assertThat(aps.ytd()).isEqualTo(Figure.NONE);
        assertThat(aps.quarters()).containsOnly(Figure.NONE);
        assertThat(aps.capaian()).isNull();
        assertThat(aps.standing()).isEqualTo(IkuResult.Standing.BELUM_ADA_DATA);
        assertThat(aps.sources()).singleElement().extracting(IkuResult.Source::state)
                .isEqualTo(IkuResult.SourceState.TIDAK_TERBACA);
        assertThat(r.offices().get(2).standing()).isEqualTo(OfficeResult.Standing.BELUM_TERPASANG);
        assertThat(r.offices().get(2).current()).isNull();
    }

    @Test
    void shouldNotShowAnEarlierQuartersYearToDateAsThisQuartersWhenAnOfficeHasNotRecappedIt() {
        Periode tw2 = new Periode(2026, 2);
        OfficeState behind = readable("dinkes", recap(tw2, "Dinas Kesehatan", false, 11, 11, 90.0,
                line("LATIH", true, 8.0, 4.0, 4.0), line("AKB", true, 9.5, 10.0, 9.5)), null);
        PemdaRecap r = calculate(Map.of(), DISKOP, behind, DISDIK);
        IkuResult latih = r.ikus().get(1);
        assertThat(latih.quarters()).as("TW I and II from dinkes's TW II recap, TW III unknown")
                .containsExactly(Figure.of(34.0), Figure.of(30.0), Figure.NONE, Figure.NONE);
        assertThat(latih.ytd()).isEqualTo(Figure.NONE);
        assertThat(latih.standing()).isEqualTo(IkuResult.Standing.BELUM_ADA_DATA);
        assertThat(latih.sources().get(1).state()).isEqualTo(IkuResult.SourceState.BELUM_MEREKAP);
        OfficeResult dinkes = r.offices().get(1);
        assertThat(dinkes.standing()).isEqualTo(OfficeResult.Standing.REKAP_LAMA);
        assertThat(dinkes.current()).as("its TW II score is not TW III's").isNull();
        assertThat(dinkes.latest().periode()).isEqualTo(tw2);
    }

    @Test
    void shouldGiveNoCapaianToAnIkuWhoseSourceDidNotReportTheQuarter() {
        OfficeState quiet = readable("dinkes", recap(TW3, "Dinas Kesehatan", false, 10, 11, 85.0,
                line("LATIH", false, 8.0, 4.0, 4.0, null), line("AKB", true, 9.0, 10.0, 9.5, 9.0)), null);
        IkuResult latih = calculate(Map.of("IKU-08", target("IKU-08", 200.0, 150.0)), DISKOP, quiet, DISDIK).ikus()
                .get(1);
        assertThat(latih.ytd()).isEqualTo(Figure.of(98.0));
        assertThat(latih.standing()).isEqualTo(IkuResult.Standing.BELUM_LAPOR);
        assertThat(latih.capaian()).isNull();
    }

    @Test
    void shouldNameACodeTheOfficesRecapDoesNotHave() {
        OfficeState other = readable("dinkes", recap(TW3, "Dinas Kesehatan", false, 11, 11, 90.0,
                line("AKB", true, 9.0, 10.0, 9.5, 9.0)), null);
        PemdaRecap r = calculate(Map.of(), DISKOP, other, DISDIK);
        assertThat(r.ikus().get(1).sources().get(1).state()).isEqualTo(IkuResult.SourceState.KODE_TIDAK_ADA);
        assertThat(r.ikus().get(1).ytd()).isEqualTo(Figure.NONE);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("IKU-08").contains("Dinas Kesehatan")
                .contains("\"LATIH\""));
    }

    @Test
    void shouldTellEachOfficesStandingAndTakeALockAsLockedOnlyWhileItHolds() {
        OfficeState reopened = readable("dinkes", DINKES.recap(), lock(TW3, false));
        OfficeState notAllowed = OfficeState.unreadable(Offices.CONFIG.office("disdik").orElseThrow(),
                Access.NOT_ALLOWED);
        PemdaRecap r = calculate(Map.of(), DISKOP, reopened, notAllowed);
        assertThat(r.offices()).extracting(OfficeResult::standing).containsExactly(OfficeResult.Standing.DIREKAP,
                OfficeResult.Standing.DIREKAP, OfficeResult.Standing.TIDAK_BOLEH);
        assertThat(r.offices()).extracting(OfficeResult::locked).containsExactly(true, false, false);
        assertThat(r.recapped()).isEqualTo(2);
        assertThat(r.locked()).isEqualTo(1);
        assertThat(r.ikus().get(2).sources().get(0).state()).as("reopened: no longer final")
                .isEqualTo(IkuResult.SourceState.SEMENTARA);
    }

    @Test
    void shouldTakeLastYearFromTheOfficesTwFourRecaps() {
        Periode tw4 = new Periode(2025, 4);
        OfficeState diskop = new OfficeState(DISKOP.office(), Access.READABLE, DISKOP.recap(), DISKOP.lock(),
                recap(tw4, "Dinas Koperasi", true, 11, 11, 95.0, line("KADIS-01", true, 68.0, 60.0, 62.0, 65.0, 68.0),
                        line("LATIH", true, 110.0, 20.0, 30.0, 30.0, 30.0)));
        PemdaRecap r = calculate(Map.of(), diskop, DINKES, DISDIK);
        assertThat(r.ikus().get(0).lastYear()).isEqualTo(Figure.of(68.0));
        assertThat(r.ikus().get(1).lastYear()).as("dinkes's 2025 is unknown").isEqualTo(Figure.NONE);
        assertThat(r.knowsLastYear()).isTrue();
    }
}
