package id.go.banggaikab.rekap.submission;

import static id.go.banggaikab.rekap.submission.ReaderFixture.kwuForm;
import static id.go.banggaikab.rekap.submission.ReaderFixture.reader;
import static id.go.banggaikab.rekap.submission.ReaderFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.shared.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "-" or an empty cell never erases a value sent earlier; a unit takes a figure back by writing "batal" (or
 * "dibatalkan", "hapus", "dihapus") in its place.
 */
class WithdrawalTest {

    @TempDir
    Path input;

    private Submission read(FormBuilder form) {
        return reader().read(form.writeTo(input.resolve("kwu.xlsx")), input);
    }

    @Test
    void shouldWithdrawTheIndicatorsEarlierValueWhenTheRealisationSaysBatal() {
        FormBuilder form = kwuForm()
                .row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, "batal", null, null,
                        "salah kirim");

        Submission s = read(form);

        ReadRow r = row(s, "KASI-KWU-01");
        assertThat(r.withdrawn()).isTrue();
        assertThat(r.hasValue()).isFalse();
        assertThat(r.cell()).isEqualTo(form.cell(0, "Realisasi"));
        assertThat(r.keterangan()).isEqualTo("salah kirim");
        assertThat(s.problems()).containsExactly(Problem.correction("kwu.xlsx", "Realisasi", form.cell(0, "Realisasi"),
                "batal", "Nilai KASI-KWU-01 yang dikirim sebelumnya untuk triwulan ini ditarik (ditulis \"batal\");"
                        + " indikator ini kosong sampai diisi lagi"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BATAL", " Dibatalkan. ", "hapus", "Di hapus", "(dihapus)"})
    void shouldTakeAnyOfTheWordsInThePembilangOfARatioWhateverTheCaseAndSpacing(String word) {
        FormBuilder form = kwuForm()
                .row(1, null, null, "Persentase Usaha Mikro yang Dilatih", null, null, null, word, 60);

        ReadRow r = row(read(form), "KABID-PUM-02");

        assertThat(r.withdrawn()).isTrue();
        assertThat(r.numerator()).isNull();
        assertThat(r.denominator()).isNull();
        assertThat(r.value()).isNull();
        assertThat(r.cell()).isEqualTo(form.cell(0, "Pembilang"));
    }

    @Test
    void shouldNotTakeADashOrAnEmptyCellForAWithdrawal() {
        FormBuilder form = kwuForm()
                .row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, "-")
                .row(2, null, null, "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola", null, null, 4);

        Submission s = read(form);

        assertThat(s.rows()).extracting(ReadRow::withdrawn).containsExactly(false, false);
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void shouldStillRefuseOtherWordsAsNoNumber() {
        FormBuilder form = kwuForm()
                .row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, "batalkan saja");

        Submission s = read(form);

        assertThat(s.rows()).isEmpty();
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("bukan angka"));
    }
}
