package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import static id.go.banggaikab.rekap.submission.ReaderFixture.COLUMNS;
import static id.go.banggaikab.rekap.submission.ReaderFixture.KWU;
import static id.go.banggaikab.rekap.submission.ReaderFixture.SDMK;
import static id.go.banggaikab.rekap.submission.ReaderFixture.problems;
import static id.go.banggaikab.rekap.submission.ReaderFixture.reader;
import static id.go.banggaikab.rekap.submission.ReaderFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching rows to the real catalogue: by Kode, by text with tolerance, and never across look-alike indicators. */
class IndicatorMatchingTest {

    private static final String PEK = "Sub Bagian Perencanaan, Evaluasi dan Keuangan";
    private static final String UAK = "Sub Bagian Umum, Aset dan Kepegawaian";
    private static final String FUM = "Seksi Fasilitasi Usaha Mikro";
    private static final String P3K = "Seksi Pengembangan, Penguatan dan Perlindungan Koperasi";
    private static final String DIOLAH = "Jumlah Bahan dan Data Peserta Pelatihan yang Diolah";
    private static final String DIKELOLA = "Jumlah Bahan dan Data Peserta Pelatihan yang Dikelola";

    @TempDir
    Path input;

    private Submission read(String unit, Object[]... rows) {
        FormBuilder form = FormBuilder.xlsx().header(unit, 2026, "II").columns(COLUMNS);
        for (Object[] r : rows) {
            form.row(r);
        }
        return reader().read(form.writeTo(input.resolve("form.xlsx")), input);
    }

    private static Object[] text(String indicator, Object realisasi) {
        return new Object[] {1, null, null, indicator, null, null, realisasi};
    }

    @Test
    void shouldMatchByKodeWrittenLooselyWithoutCorrection() {
        Submission s = read(KWU, new Object[] {1, " kasi kwu 01 ", null, "Peserta pelatihan", null, null, 4});

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(4.0);
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void shouldRefuseKodeWhoseTextNamesAnotherIndicator() {
        Submission s = read(KWU, new Object[] {1, "PD-KWU-01", null, "Jumlah Peserta Pelatihan Usaha Mikro", null,
                null, 4});

        assertThat(s.rows()).isEmpty();
        assertThat(problems(s, Severity.SEL_DITOLAK)).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo("B5");
            assertThat(p.reason()).startsWith("Kode PD-KWU-01 tidak sesuai dengan teks indikator").contains("KASI-KWU-01");
        });
    }

    @Test
    void shouldRefuseKodeOfAnIndicatorTheUnitDoesNotReport() {
        Submission s = read(KWU, new Object[] {1, "PD-SDMK-01", null, null, null, null, 4});

        assertThat(problems(s, Severity.SEL_DITOLAK)).singleElement().satisfies(p -> assertThat(p.reason())
                .startsWith("Kode PD-SDMK-01 (" + DIOLAH + ") bukan indikator yang dilaporkan " + KWU));
    }

    @Test
    void shouldMatchCaseAndSpacingDifferencesExactly() {
        Submission s = read(KWU, text("  JUMLAH PESERTA\u00A0PELATIHAN\nUSAHA   MIKRO ", 5));

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(5.0);
        assertThat(s.problems()).isEmpty();
    }

    @Test
    void shouldMatchSumSignsAsJumlahAndReportTheCorrection() {
        Submission s = read(PEK, text("\u2211 Dokumen Perencanaan yang berkualitas baik.", 2),
                text("\\sum Laporan Keuangan selama tahun", 3),
                text("Σ bahan pelaporan yang disusun", 4));

        assertThat(row(s, "KASUBAG-PEK-01").value()).isEqualTo(2.0);
        assertThat(row(s, "KASUBAG-PEK-03").value()).isEqualTo(3.0);
        assertThat(row(s, "PB-PERENC-01").value()).isEqualTo(4.0);
        assertThat(problems(s, Severity.KOREKSI)).extracting(Problem::cell).containsExactly("D5", "D6", "D7");
        assertThat(problems(s, Severity.KOREKSI).get(0).reason()).isEqualTo("Teks indikator ditulis berbeda dari "
                + "katalog; dibaca sebagai KASUBAG-PEK-01 \"Jumlah Dokumen Perencanaan yang Berkualitas Baik\"");
    }

    @Test
    void shouldMatchSeedTypoThroughItsAliasAndReportIt() {
        Submission s = read(PEK, text("Σ Dokumne laporan yang tepat waktu dan berkualitas baik", 6));

        assertThat(row(s, "KASUBAG-PEK-02").value()).isEqualTo(6.0);
        assertThat(problems(s, Severity.KOREKSI)).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo("D5");
            assertThat(p.value()).isEqualTo("Σ Dokumne laporan yang tepat waktu dan berkualitas baik");
            assertThat(p.reason()).contains("KASUBAG-PEK-02");
        });
    }

    @Test
    void shouldMatchSmallNewTypoAndReportIt() {
        Submission s = read(KWU, text("Jumlah Peserta Pelatihan Usaha Mikor", 7));

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(7.0);
        assertThat(problems(s, Severity.KOREKSI)).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("Teks indikator mirip, dengan salah ketik; dibaca sebagai KASI-KWU-01 "
                        + "\"Jumlah Peserta Pelatihan Usaha Mikro\""));
    }

    @Test
    void shouldKeepDiolahAndDikelolaApartByUnit() {
        Submission sdmk = read(SDMK, text(DIOLAH, 3));
        Submission kwu = read(KWU, text(DIKELOLA, 4));

        assertThat(sdmk.rows()).extracting(ReadRow::indicatorCode).containsExactly("PD-SDMK-01");
        assertThat(kwu.rows()).extracting(ReadRow::indicatorCode).containsExactly("PD-KWU-01");
        assertThat(sdmk.problems()).isEmpty();
        assertThat(kwu.problems()).isEmpty();
    }

    @Test
    void shouldRefuseDikelolaOnTheSdmFormInsteadOfTakingItForDiolah() {
        Submission s = read(SDMK, text(DIKELOLA, 3));

        assertThat(s.rows()).isEmpty();
        assertThat(problems(s, Severity.SEL_DITOLAK)).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo("D5");
            assertThat(p.reason()).contains("PD-KWU-01").contains("bukan indikator yang dilaporkan " + SDMK);
        });
    }

    @Test
    void shouldRefuseTypoOfDikelolaOnTheSdmFormRatherThanGuessDiolah() {
        Submission s = read(SDMK, text("Jumlah Bahan dan Data Peserta Pelatihan yang Dikelolah", 3));

        assertThat(s.rows()).isEmpty();
        assertThat(problems(s, Severity.SEL_DITOLAK)).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("PD-KWU-01").doesNotContain("dibaca sebagai"));
    }

    @Test
    void shouldMatchTypoOfDiolahOnTheSdmForm() {
        Submission s = read(SDMK, text("Jumlah Bahan dan Data Peserta Pelatihn yang Diolah", 3));

        assertThat(row(s, "PD-SDMK-01").value()).isEqualTo(3.0);
        assertThat(problems(s, Severity.KOREKSI)).hasSize(1);
    }

    @Test
    void shouldReadIndicatorOfHigherLevelThatTheUnitIsADataSourceFor() {
        Submission s = read(KWU, new Object[] {1, null, "Kepala Seksi", "Persentase Usaha Mikro yang Dilatih", null,
                null, null, 20, 80});

        assertThat(row(s, "KABID-PUM-02").value()).isEqualTo(25.0);
        assertThat(s.problems()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jml Peserta Pelatihan UM|SEKSI-KWU|KASI-KWU-01",
            "JMLH PESERTA PELATIHAN UM.|SEKSI-KWU|KASI-KWU-01",
            "Jml Bahan & Data Peserta Pelatihan yg Dikelola|SEKSI-KWU|PD-KWU-01",
            "Jml Bahan dan Data Peserta Pelatihan yg diolah|SEKSI-SDMK|PD-SDMK-01",
            "Prosentase UM yg Dilatih|SEKSI-KWU|KABID-PUM-02",
            "Presentase Usaha Mikro yang Dilatih|SEKSI-KWU|KABID-PUM-02",
            "Persentasi Usaha Mikro yang Dilatih|SEKSI-KWU|KABID-PUM-02",
            "Jml Kop. yg Dibentuk & Dibina|SEKSI-KLP|KASI-KLP-01",
            "Jumlah Kop yang Terfasilitasi Bantuan Usaha|SEKSI-FUK|KASI-FUK-01",
            "Jml PNS yg Naik Pangkat Tepat Waktu|SUBBAG-UAK|KASUBAG-UAK-02",
            "Persentase Koperasi Aktif & Tdk Aktif|SEKSI-KPP|-"})
    void shouldSpellOutClerksAbbreviationsBeforeMatching(String text, String unit, String expected) {
        IndicatorMatcher.Match m = new IndicatorMatcher(ReaderFixture.KATALOG).byText(text, "", unit);

        if (expected.equals("-")) {
            assertThat(m).isInstanceOf(IndicatorMatcher.Match.Refused.class);
        } else {
            IndicatorMatcher.Match.Tolerant t = (IndicatorMatcher.Match.Tolerant) m;
            assertThat(t.indicator().code()).isEqualTo(expected);
            assertThat(t.note()).isEqualTo("Teks indikator ditulis berbeda dari katalog; dibaca sebagai "
                    + expected + " \"" + t.indicator().name() + "\"");
        }
    }

    @Test
    void shouldReadAbbreviatedRowsOfARealFormAndReportEach() {
        Submission s = read(KWU, text("Jml Peserta Pelatihan UM", 12),
                text("Jml Bahan & Data Peserta Pelatihan yg Dikelola", 3));

        assertThat(row(s, "KASI-KWU-01").value()).isEqualTo(12.0);
        assertThat(row(s, "PD-KWU-01").value()).isEqualTo(3.0);
        assertThat(problems(s, Severity.KOREKSI)).extracting(Problem::cell).containsExactly("D5", "D6");
        assertThat(problems(s, Severity.SEL_DITOLAK)).isEmpty();
    }

    @Test
    void shouldTakeRowWithWordsLeftOutForTheOneIndicatorOfTheUnitThatHasThem() {
        Submission uak = read(UAK, text("Jumlah Laporan Inventaris", 2), text("Jumlah PNS Naik Pangkat Tepat Waktu", 5));
        Submission kwu = read(KWU, text("Jumlah Peserta Pelatihan", 30));

        assertThat(row(uak, "PSP-KANTOR-02").value()).isEqualTo(2.0);
        assertThat(row(uak, "KASUBAG-UAK-02").value()).isEqualTo(5.0);
        assertThat(problems(uak, Severity.KOREKSI)).extracting(Problem::reason).containsExactly(
                "Teks indikator tidak lengkap; dibaca sebagai PSP-KANTOR-02 \"Jumlah Laporan Inventaris Barang\"",
                "Teks indikator tidak lengkap; dibaca sebagai KASUBAG-UAK-02 \"Jumlah PNS yang Naik Pangkat Tepat "
                        + "Waktu\"");
        assertThat(row(kwu, "KASI-KWU-01").value()).isEqualTo(30.0);
        assertThat(problems(kwu, Severity.KOREKSI)).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("Teks indikator tidak lengkap; dibaca sebagai KASI-KWU-01 \"Jumlah Peserta Pelatihan "
                        + "Usaha Mikro\""));
    }

    @Test
    void shouldTakeShortenedLookAlikeByTheUnitOfTheFormAndNameTheOtherOne() {
        Submission kwu = read(KWU, text("Jumlah Bahan dan Data Peserta Pelatihan", 4));
        Submission sdmk = read(SDMK, text("Jml Bahan dan Data Peserta Pelatihan", 6));

        assertThat(row(kwu, "PD-KWU-01").value()).isEqualTo(4.0);
        assertThat(problems(kwu, Severity.KOREKSI)).singleElement().satisfies(p -> assertThat(p.reason())
                .startsWith("Teks indikator tidak lengkap; dibaca sebagai PD-KWU-01 \"" + DIKELOLA + "\"")
                .contains("juga cocok dengan PD-SDMK-01"));
        assertThat(row(sdmk, "PD-SDMK-01").value()).isEqualTo(6.0);
        assertThat(problems(sdmk, Severity.KOREKSI)).singleElement().satisfies(p -> assertThat(p.reason())
                .startsWith("Teks indikator tidak lengkap; dibaca sebagai PD-SDMK-01").contains("PD-KWU-01"));
    }

    @Test
    void shouldStillRefuseDiolahOnTheKwuFormAndDikelolaOnTheSdmFormAfterNormalising() {
        Submission kwu = read(KWU, text("Jumlah Bahan dan Data Peserta Pelatihan yang diolah", 4),
                text("Jml Bahan & Data Peserta Pelatihan yg Diolah", 5),
                text("Bahan dan Data Peserta Pelatihan yang diolah", 6));
        Submission sdmk = read(SDMK, text("Jml Bahan & Data Peserta Pelatihan yg Dikelola", 3),
                text("Data Peserta Pelatihan yang dikelola", 2));

        assertThat(kwu.rows()).isEmpty();
        assertThat(problems(kwu, Severity.SEL_DITOLAK)).hasSize(3).allSatisfy(p -> assertThat(p.reason())
                .contains("PD-SDMK-01").doesNotContain("PD-KWU-01").doesNotContain("dibaca sebagai"));
        assertThat(problems(kwu, Severity.SEL_DITOLAK).get(0).reason()).startsWith("Indikator ini PD-SDMK-01")
                .endsWith("bukan indikator yang dilaporkan " + KWU);
        assertThat(sdmk.rows()).isEmpty();
        assertThat(problems(sdmk, Severity.SEL_DITOLAK)).hasSize(2).allSatisfy(p -> assertThat(p.reason())
                .contains("PD-KWU-01").doesNotContain("PD-SDMK-01").doesNotContain("dibaca sebagai"));
    }

    @Test
    void shouldRefuseShortenedRowThatFitsTwoIndicatorsOfTheUnitNamingBoth() {
        Submission s = read(UAK, text("Jumlah Dokumen Kepegawaian", 4));

        assertThat(s.rows()).isEmpty();
        assertThat(problems(s, Severity.SEL_DITOLAK)).singleElement().satisfies(p -> assertThat(p.reason())
                .startsWith("Teks indikator tidak lengkap dan cocok dengan lebih dari satu indikator")
                .contains("PD-KEPEG-01").contains("PD-KEPEG-02"));
    }

    @Test
    void shouldNotTakeTooShortRowForAnyIndicator() {
        Submission s = read(KWU, text("Jumlah Peserta", 4), text("Peserta Pelatihan", 5));

        assertThat(s.rows()).isEmpty();
        assertThat(problems(s, Severity.SEL_DITOLAK)).hasSize(2);
    }

    @Test
    void shouldMatchEverySpellingTheCatalogueKeepsFromTheSeed() {
        Submission pek = read(PEK, text("Σ Dokumne laporan yang tepat waktu dan berkualitas baik", 1));
        Submission uak = read(UAK, text("Σ Dokumen Invntaris Barang", 2));
        Submission fum = read(FUM, text("Jumlah Bahan dan Data Usaha Mikro Yang di Kelolah", 3),
                text("Jumlah Bahan Dan Data Peserta Promosi Produk Usaha Mikro Yang Dikelolah", 4));
        Submission p3k = read(P3K, text("Jumlah Bahan dan Data Data Modal Usaha Koperasi yang diolah", 5));

        assertThat(row(pek, "KASUBAG-PEK-02").value()).isEqualTo(1.0);
        assertThat(row(uak, "PSP-KANTOR-01").value()).isEqualTo(2.0);
        assertThat(row(fum, "PD-IZIN-UM-01").value()).isEqualTo(3.0);
        assertThat(row(fum, "PD-IZIN-UM-02").value()).isEqualTo(4.0);
        assertThat(row(p3k, "PD-JK-01").value()).isEqualTo(5.0);
        for (Submission s : new Submission[] {pek, uak, fum, p3k}) {
            assertThat(problems(s, Severity.SEL_DITOLAK)).isEmpty();
        }
    }
}
