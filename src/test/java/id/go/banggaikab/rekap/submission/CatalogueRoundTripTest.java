package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import static id.go.banggaikab.rekap.submission.ReaderFixture.KATALOG;
import static id.go.banggaikab.rekap.submission.ReaderFixture.reader;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A form listing every indicator a unit reports, by name and by each seed alias, reads back without refusals: the
 * tolerant matcher must not see ambiguity inside the real catalogue where there is none.
 */
class CatalogueRoundTripTest {

    @TempDir
    Path input;

    static Stream<Unit> units() {
        return KATALOG.units().stream().filter(u -> !KATALOG.indicatorsReportableBy(u.code()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("units")
    void shouldReadBackEveryIndicatorOfTheUnitByItsName(Unit unit) {
        List<Indicator> indicators = KATALOG.indicatorsReportableBy(unit.code());
        FormBuilder form = FormBuilder.xlsx().header(unit.name(), 2026, "II")
                .columns("No", "Jabatan", "Indikator Kinerja", "Realisasi", "Pembilang", "Penyebut");
        int no = 1;
        for (Indicator i : indicators) {
            String jabatan = KATALOG.positionOf(i).name();
            switch (i.kind()) {
                case PREDIKAT -> form.row(no++, jabatan, i.name(), "A");
                case RASIO, RASIO_PERTUMBUHAN -> form.row(no++, jabatan, i.name(), null, 3, 4);
                default -> form.row(no++, jabatan, i.name(), 5);
            }
        }

        Submission s = reader().read(form.writeTo(input.resolve(unit.code() + ".xlsx")), input);

        assertThat(s.problems()).isEmpty();
        assertThat(s.unitCode()).isEqualTo(unit.code());
        assertThat(s.periode()).isEqualTo(new Periode(2026, 2));
        assertThat(s.rows()).extracting(ReadRow::indicatorCode)
                .containsExactlyElementsOf(indicators.stream().map(Indicator::code).toList());
    }

    @ParameterizedTest
    @MethodSource("units")
    void shouldReadBackEveryAliasOfTheUnitsIndicatorsWithACorrection(Unit unit) {
        for (Indicator i : KATALOG.indicatorsReportableBy(unit.code())) {
            for (String alias : i.aliases()) {
                FormBuilder form = FormBuilder.xlsx().header(unit.name(), 2026, "II")
                        .columns("Indikator Kinerja", "Realisasi", "Pembilang", "Penyebut");
                switch (i.kind()) {
                    case PREDIKAT -> form.row(alias, "A");
                    case RASIO, RASIO_PERTUMBUHAN -> form.row(alias, null, 1, 2);
                    default -> form.row(alias, 5);
                }

                Submission s = reader().read(form.writeTo(input.resolve("alias.xlsx")), input);

                assertThat(s.rows()).as(alias).extracting(ReadRow::indicatorCode).containsExactly(i.code());
                assertThat(s.problems()).as(alias).extracting(Problem::severity)
                        .containsOnly(Severity.KOREKSI);
            }
        }
    }
}
