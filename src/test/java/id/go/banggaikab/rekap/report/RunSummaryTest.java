package id.go.banggaikab.rekap.report;

import static id.go.banggaikab.rekap.aggregation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.aggregation.RecapCalculator;
import id.go.banggaikab.rekap.aggregation.RecapInput;
import id.go.banggaikab.rekap.aggregation.RecapSettings;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.shared.Problem;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    private final Catalogue catalogue = new Catalogue("Dinas Koperasi dan UKM Kabupaten Banggai", UNITS, POSITIONS,
            List.<Indicator>of(count("A-1", "KASI-A"), count("B-1", "KASI-B"), count("S-1", "KASUBAG")),
            List.of("NIP satu", "NIP dua"));
    private final List<Target> targets = List.of(target("A-1", 40.0, 10.0, 20.0, 30.0, 40.0),
            target("B-1", 40.0, 10.0, 20.0, 30.0, 40.0), target("S-1", 40.0, 10.0, 20.0, 30.0, 40.0));
    private final Path recapFile = Path.of("/data/rekap/output/Rekap Kinerja 2026 TW II.xlsx");
    private final List<Path> lakip = List.of(Path.of("/data/rekap/output/Tabel LAKIP 2026 TW II.xlsx"),
            Path.of("/data/rekap/output/Tabel LAKIP 2026 TW II.docx"));

    private Recap recap(int tw, List<StoredRow> rows, List<Problem> problems, boolean sample, LocalDateTime at) {
        RecapInput base = input(catalogue, tw, targets, rows);
        return new RecapCalculator().calculate(new RecapInput(catalogue, base.periode(), base.targets(), base.rows(),
                problems, base.submittedUnits(), sample, at), RecapSettings.defaults());
    }

    @Test
    void endsWithWhoReportedTheScoreAndItsBasisWhatWasRefusedAndWhereTheFilesAre() {
        Recap recap = recap(2, List.of(row("A-1", "SEKSI-A", 2026, 2, 20.0), row("S-1", "SUBBAG", 2026, 2, 18.0)),
                List.of(Problem.file("kwu.xlsx", "Berkas dilindungi kata sandi"),
                        Problem.cell("kwu2.xlsx", "Realisasi", "F12", "dua", "Isian bukan angka"),
                        Problem.warning("umum.xlsx", "Realisasi", "F9", "1.234", "Dibaca sebagai ribuan")),
                false, LocalDateTime.of(2026, 7, 10, 7, 0));

        assertThat(RunSummary.lines(recap, recapFile, lakip)).containsExactly(
                "Triwulan II 2026: 2 dari 3 unit melapor; belum melapor: Seksi Kewirausahaan.",
                "Skor dinas: 95,0 (Sangat Tinggi), sementara: berdasarkan 2 dari 3 unit.",
                "Ditolak: 1 berkas, 1 sel (rincian di lembar Masalah).",
                "Catatan katalog dan target: 2 (lembar Catatan Katalog), bukan masalah formulir.",
                "Rekap (draf): /data/rekap/output/Rekap Kinerja 2026 TW II.xlsx",
                "Tabel LAKIP: /data/rekap/output/Tabel LAKIP 2026 TW II.xlsx",
                "Tabel LAKIP: /data/rekap/output/Tabel LAKIP 2026 TW II.docx");
    }

    @Test
    void saysSampleDataAndAQuarterNotEndedAndNothingScoredWithoutInventingAScore() {
        Recap recap = recap(4, List.of(), List.of(), true, LocalDateTime.of(2026, 12, 1, 9, 0));

        assertThat(RunSummary.lines(recap, recapFile, List.of())).containsExactly(
                "DATA CONTOH — bukan data resmi.",
                "Triwulan IV 2026: 0 dari 3 unit melapor; belum melapor: Sub Bagian Perencanaan, Seksi Fasilitasi, "
                        + "Seksi Kewirausahaan.",
                "Skor dinas: Belum lapor TW IV.",
                "Rekap sementara: Triwulan IV 2026 belum berakhir (berakhir 31 Desember 2026).",
                "Ditolak: 0 berkas, 0 sel.",
                "Catatan katalog dan target: 2 (lembar Catatan Katalog), bukan masalah formulir.",
                "Rekap (draf): /data/rekap/output/Rekap Kinerja 2026 TW II.xlsx");
    }
}
