package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Combine;
import id.go.banggaikab.rekap.catalogue.Holder;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.catalogue.Polarity;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.catalogue.UnitKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One unit holding both look-alike indicators, on two positions: a text halfway between them must be refused with
 * both named, unless the Jabatan column says which position the row belongs to.
 */
class AmbiguousRowTest {

    private static final String DIOLAH = "Jumlah Bahan dan Data Peserta Pelatihan yang Diolah";
    private static final String DIKELOLA = "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola";
    /** Two edits from either name. */
    private static final String HALFWAY = "Jumlah Bahan dan Data Peserta Pelatihan yang Dikola";

    private static final Catalogue CATALOGUE = new Catalogue("Dinas Uji",
            List.of(new Unit("DINAS", "Dinas Uji", UnitKind.DINAS, null, List.of(), 1),
                    new Unit("SEKSI-X", "Seksi Pelatihan", UnitKind.SEKSI, "DINAS", List.of(), 1)),
            List.of(position("PD-A", "Pengolah Data Pelatihan"), position("PD-B", "Pengelola Data Peserta")),
            List.of(count("PD-A-01", "PD-A", DIOLAH), count("PD-B-01", "PD-B", DIKELOLA)), List.of());

    @TempDir
    Path input;

    @Test
    void shouldRefuseAmbiguousRowNamingBothCandidates() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Pelatihan", 2026, "II")
                .columns("No", "Indikator Kinerja", "Realisasi").row(1, HALFWAY, 5);

        Submission s = read(form);

        assertThat(s.rows()).isEmpty();
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.SEL_DITOLAK);
            assertThat(p.cell()).isEqualTo(form.cell(0, "Indikator Kinerja"));
            assertThat(p.value()).isEqualTo(HALFWAY);
            assertThat(p.reason()).startsWith("Teks indikator cocok dengan lebih dari satu indikator")
                    .contains("PD-A-01 \"" + DIOLAH + "\"").contains("PD-B-01 \"" + DIKELOLA + "\"");
        });
    }

    @Test
    void shouldLetJabatanDecideBetweenEquallyCloseCandidates() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Pelatihan", 2026, "II")
                .columns("No", "Jabatan", "Indikator Kinerja", "Realisasi")
                .row(1, "Pengelola Data Peserta", HALFWAY, 5);

        Submission s = read(form);

        assertThat(s.rows()).extracting(ReadRow::indicatorCode).containsExactly("PD-B-01");
        assertThat(s.problems()).extracting(Problem::severity).containsExactly(Severity.KOREKSI);
    }

    @Test
    void shouldNotLetJabatanOverrideATextThatNamesTheOtherIndicator() {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Pelatihan", 2026, "II")
                .columns("No", "Jabatan", "Indikator Kinerja", "Realisasi")
                .row(1, "Pengelola Data Peserta", DIOLAH, 5);

        Submission s = read(form);

        assertThat(s.rows()).extracting(ReadRow::indicatorCode).containsExactly("PD-A-01");
    }

    private Submission read(FormBuilder form) {
        return new SubmissionReader(CATALOGUE, ReaderSettings.defaults()).read(form.writeTo(input.resolve("x.xlsx")),
                input);
    }

    private static Position position(String code, String name) {
        return new Position(code, name, "SEKSI-X", false, new Holder("Uji", "-"), "-", List.of(), 1);
    }

    private static Indicator count(String code, String position, String name) {
        return new Indicator(code, position, Level.KEGIATAN, "Sasaran uji", new Indicator.Wording(name, List.of(),
                name, "-"), new Indicator.Measure("Dokumen", IndicatorKind.JUMLAH, Accumulation.JUMLAH, null, null,
                false, Polarity.NAIK), new Indicator.Sources(List.of(), Combine.SAMA), null, null);
    }
}
