package id.go.banggaikab.rekap.pemda;

import id.go.banggaikab.rekap.catalogue.PemdaConfig;
import id.go.banggaikab.rekap.catalogue.PemdaConfigLoader;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.history.OfficeRecaps.Access;
import id.go.banggaikab.rekap.history.PublishedRecap;
import id.go.banggaikab.rekap.history.QuarterLock;
import id.go.banggaikab.rekap.shared.Periode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-built offices' recaps for the Pemda's tests: a pemda.yml, recaps as offices publish them, locks, targets. */
public final class Offices {

    public static final Periode TW3 = new Periode(2026, 3);
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final Instant MADE = Instant.parse("2026-10-10T00:00:00Z");

    public static final PemdaConfig CONFIG = PemdaConfigLoader.parse("pemda.yml", """
            pemda:
              nama: Pemerintah Kabupaten Banggai
            perangkat_daerah:
              - kode: diskop
                nama: Dinas Koperasi dan UKM
              - kode: dinkes
                nama: Dinas Kesehatan
              - kode: disdik
                nama: Dinas Pendidikan
            iku:
              - kode: IKU-07
                nama: Persentase Koperasi Aktif
                satuan: "%"
                dari: diskop:KADIS-01
                sasaran: Meningkatnya daya saing koperasi dan usaha mikro
              - kode: IKU-08
                nama: Usaha mikro yang dilatih
                satuan: Usaha Mikro
                dari: "{diskop:LATIH} + {dinkes:LATIH}"
                sasaran: Meningkatnya daya saing koperasi dan usaha mikro
              - kode: IKU-09
                nama: Angka kematian bayi
                satuan: per 1.000
                dari: dinkes:AKB
                polaritas: turun
                sasaran: Meningkatnya derajat kesehatan
              - kode: IKU-10
                nama: Nilai SAKIP Dinas Koperasi
                satuan: Predikat
                jenis: predikat
                dari: diskop:SAKIP
              - kode: IKU-11
                nama: Angka partisipasi sekolah
                satuan: "%"
                dari: disdik:APS
            """);

    /** Locked TW III, every unit reported. */
    public static final OfficeState DISKOP = readable("diskop", recap(TW3, "Dinas Koperasi dan UKM Kabupaten Banggai",
            true, 11, 11, 96.0, line("KADIS-01", true, 72.6, 70.0, 71.0, 72.6),
            line("LATIH", true, 90.0, 30.0, 26.0, 34.0), grade("SAKIP", Predikat.BB)), lock(TW3, true));
    /** TW III recapped with 5 of 11 units, not locked. */
    public static final OfficeState DINKES = readable("dinkes", recap(TW3, "Dinas Kesehatan", false, 5, 11, 81.5,
            line("LATIH", true, 12.0, 4.0, 4.0, 4.0), line("AKB", true, 9.0, 10.0, 9.5, 9.0)), null);
    /** Not installed on the server. */
    public static final OfficeState DISDIK = OfficeState.unreadable(CONFIG.office("disdik").orElseThrow(),
            Access.NO_SCHEMA);

    private Offices() {
    }

    /** A recap of {@code periode} with the lines given. */
    public static PublishedRecap recap(Periode periode, String name, boolean locked, int reported, int expected,
            Double score, PublishedRecap.Line... lines) {
        return new PublishedRecap(periode, name, MADE, locked, true, reported, expected, score,
                score == null ? null : "Sangat Tinggi", 40, 48, "Rekap Kinerja.xlsx", List.of(lines));
    }

    /** A line with the quarters' figures (null: not reported) and the year to date. */
    public static PublishedRecap.Line line(String code, boolean reported, Double ytd, Double... quarters) {
        List<PublishedRecap.Value> values = new ArrayList<>();
        for (int tw = 1; tw <= quarters.length; tw++) {
            if (quarters[tw - 1] != null) {
                values.add(new PublishedRecap.Value(tw, quarters[tw - 1], null));
            }
        }
        if (ytd != null) {
            values.add(new PublishedRecap.Value(PublishedRecap.YEAR_TO_DATE, ytd, null));
        }
        return new PublishedRecap.Line(code, "Indikator " + code, "satuan", reported, values);
    }

    public static PublishedRecap.Line grade(String code, Predikat ytd) {
        return new PublishedRecap.Line(code, "Nilai SAKIP", "Predikat", true, List.of(
                new PublishedRecap.Value(3, null, ytd),
                new PublishedRecap.Value(PublishedRecap.YEAR_TO_DATE, null, ytd)));
    }

    public static QuarterLock lock(Periode p, boolean lock) {
        return new QuarterLock(1, p, lock ? QuarterLock.Action.KUNCI : QuarterLock.Action.BUKA, MADE, "budi",
                lock ? null : "koreksi", null, null);
    }

    public static OfficeState readable(String code, PublishedRecap recap, QuarterLock lock) {
        return new OfficeState(CONFIG.office(code).orElseThrow(), Access.READABLE, recap, lock, null);
    }

    public static Target target(String code, Double annual, Double tw3) {
        return new Target(code, 2026, annual, new Double[] {null, null, tw3, annual}, null, null);
    }

    public static PemdaRecap calculate(Map<String, Target> targets, OfficeState... offices) {
        return new PemdaCalculator().calculate(new PemdaInput(CONFIG, TW3, targets, List.of(offices),
                LocalDateTime.of(2026, 10, 12, 9, 0), WITA, "rekap_pemda", List.of()));
    }
}
