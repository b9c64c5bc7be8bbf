package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.submission.ReadRow;
import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Combine;
import id.go.banggaikab.rekap.catalogue.Holder;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.catalogue.Part;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Polarity;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.catalogue.UnitKind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small hand-built organisation for the aggregation and report tests: a dinas with a sekretariat (one sub bagian)
 * and one bidang (two seksi), a head in every unit and one staff position in SEKSI-A.
 */
public final class Fixtures {

    public static final List<Unit> UNITS = List.of(
            unit("DINAS", "Dinas Koperasi dan UKM", UnitKind.DINAS, null),
            unit("SEKRETARIAT", "Sekretariat", UnitKind.SEKRETARIAT, "DINAS"),
            unit("SUBBAG", "Sub Bagian Perencanaan", UnitKind.SUB_BAGIAN, "SEKRETARIAT"),
            unit("BID", "Bidang Usaha Mikro", UnitKind.BIDANG, "DINAS"),
            unit("SEKSI-A", "Seksi Fasilitasi", UnitKind.SEKSI, "BID"),
            unit("SEKSI-B", "Seksi Kewirausahaan", UnitKind.SEKSI, "BID"));

    public static final List<Position> POSITIONS = List.of(
            position("KADIS", "Kepala Dinas", "DINAS", true),
            position("SEKDIS", "Sekretaris Dinas", "SEKRETARIAT", true),
            position("KASUBAG", "Kepala Sub Bagian Perencanaan", "SUBBAG", true),
            position("KABID", "Kepala Bidang Usaha Mikro", "BID", true),
            position("KASI-A", "Kepala Seksi Fasilitasi", "SEKSI-A", true),
            position("STAF-A", "Pengolah Data Fasilitasi", "SEKSI-A", false),
            position("KASI-B", "Kepala Seksi Kewirausahaan", "SEKSI-B", true));

    public static final Instant OLD = Instant.parse("2026-04-02T08:00:00Z");
    public static final Instant NEW = Instant.parse("2026-04-05T08:00:00Z");

    private Fixtures() {
    }

    public static Unit unit(String code, String name, UnitKind kind, String parent) {
        return new Unit(code, name, kind, parent, List.of(), 1.0);
    }

    public static Position position(String code, String name, String unit, boolean head) {
        return new Position(code, name, unit, head, new Holder("Pemegang " + code, "19700101 199001 1 001"), "",
                List.of(), 1.0);
    }

    public static Catalogue catalogue(Indicator... indicators) {
        return catalogue(UNITS, POSITIONS, indicators);
    }

    public static Catalogue catalogue(List<Unit> units, List<Position> positions, Indicator... indicators) {
        return new Catalogue("Dinas Koperasi dan UKM Kabupaten Banggai", units, positions, List.of(indicators),
                List.of());
    }

    /** A count that adds up over the quarters. */
    public static Indicator count(String code, String position) {
        return indicator(code, position, IndicatorKind.JUMLAH, Accumulation.JUMLAH, null, null, List.of(),
                Combine.SAMA, Polarity.NAIK);
    }

    public static Indicator value(String code, String position, Polarity polarity) {
        return indicator(code, position, IndicatorKind.NILAI, Accumulation.TERAKHIR, null, null, List.of(),
                Combine.SAMA, polarity);
    }

    public static Indicator grade(String code, String position) {
        return indicator(code, position, IndicatorKind.PREDIKAT, Accumulation.TERAKHIR, null, null, List.of(),
                Combine.SAMA, Polarity.NAIK);
    }

    public static Indicator ratio(String code, String position, Accumulation num, Accumulation den,
            List<String> reporters, Combine combine) {
        return indicator(code, position, IndicatorKind.RASIO, null, new Part("pembilang", num),
                new Part("penyebut", den), reporters, combine, Polarity.NAIK);
    }

    public static Indicator growth(String code, String position) {
        return indicator(code, position, IndicatorKind.RASIO_PERTUMBUHAN, null,
                new Part("Volume usaha tahun N", Accumulation.JUMLAH),
                new Part("Volume usaha tahun N-1", Accumulation.TERAKHIR), List.of(), Combine.SAMA, Polarity.NAIK);
    }

    public static Indicator indicator(String code, String position, IndicatorKind kind, Accumulation acc, Part num,
            Part den, List<String> reporters, Combine combine, Polarity polarity) {
        Level level = position.equals("KADIS") ? Level.STRATEGIS
                : position.startsWith("KABID") || position.equals("SEKDIS") ? Level.PROGRAM : Level.KEGIATAN;
        return new Indicator(code, position, level, "Sasaran " + position,
                new Indicator.Wording("Indikator " + code, List.of(), "", ""),
                new Indicator.Measure(kind == IndicatorKind.PREDIKAT ? "Predikat" : "%", kind, acc, num, den,
                        num != null, polarity), new Indicator.Sources(reporters, combine), null, null);
    }

    public static Indicator withParent(Indicator i, String parent) {
        return i.withParent(parent);
    }

    public static Indicator derived(String code, String position, String formula) {
        return new Indicator(code, position, Level.PROGRAM, "Sasaran " + position,
                new Indicator.Wording("Indikator " + code, List.of(), "", ""),
                new Indicator.Measure("%", IndicatorKind.NILAI, Accumulation.TERAKHIR, null, null, false, Polarity.NAIK),
                new Indicator.Sources(List.of(), Combine.SAMA), null,
                id.go.banggaikab.rekap.catalogue.Derivation.parse(formula));
    }

    public static StoredRow row(String code, String unit, int tahun, int tw, Double value) {
        return new StoredRow(code, unit, new Periode(tahun, tw), value, null, null, null, false, ReadRow.Notes.NONE, null,
                file(unit, tahun, tw), "Realisasi", "F" + (10 + tw), OLD);
    }

    public static StoredRow cumulative(String code, String unit, int tahun, int tw, Double value) {
        return new StoredRow(code, unit, new Periode(tahun, tw), value, null, null, null, true, ReadRow.Notes.NONE, null,
                file(unit, tahun, tw), "Realisasi", "F" + (10 + tw), OLD);
    }

    public static StoredRow parts(String code, String unit, int tahun, int tw, Double num, Double den) {
        return new StoredRow(code, unit, new Periode(tahun, tw), RatioCalculator.ratio(num, den), num, den, null,
                false, ReadRow.Notes.NONE, null, file(unit, tahun, tw), "Realisasi", "G" + (10 + tw), OLD);
    }

    public static StoredRow graded(String code, String unit, int tahun, int tw, Predikat p) {
        return new StoredRow(code, unit, new Periode(tahun, tw), null, null, null, p, false, ReadRow.Notes.NONE, null,
                file(unit, tahun, tw), "Realisasi", "F" + (10 + tw), OLD);
    }

    public static StoredRow savedAt(StoredRow r, Instant when) {
        return new StoredRow(r.indicatorCode(), r.unitCode(), r.periode(), r.value(), r.numerator(),
                r.denominator(), r.predikat(), r.cumulative(), r.notes(), r.anggaran(), r.fileName(), r.sheet(),
                r.cell(), when);
    }

    public static String file(String unit, int tahun, int tw) {
        return tahun + "-TW" + tw + "-" + unit + ".xlsx";
    }

    public static Target target(String code, Double annual, Double... quarterly) {
        return new Target(code, 2026, annual, quarterly.length == 0 ? null : quarterly, null, null);
    }

    public static Target gradeTarget(String code, Predikat annual) {
        return new Target(code, 2026, null, null, annual, null);
    }

    public static RecapInput input(Catalogue catalogue, int tw, List<Target> targets, List<StoredRow> rows) {
        Map<String, Target> byCode = new java.util.HashMap<>();
        targets.forEach(t -> byCode.put(t.indicatorCode(), t));
        Map<Periode, Set<String>> submitted = new java.util.HashMap<>();
        for (StoredRow r : rows) {
            submitted.computeIfAbsent(r.periode(), p -> new java.util.HashSet<>()).add(r.unitCode());
        }
        return new RecapInput(catalogue, new Periode(2026, tw), byCode, new ArrayList<>(rows), List.of(), submitted,
                false, LocalDateTime.of(2026, 11, 27, 9, 30));
    }

    public static Recap recap(Catalogue catalogue, int tw, List<Target> targets, List<StoredRow> rows) {
        return new RecapCalculator().calculate(input(catalogue, tw, targets, rows), RecapSettings.defaults());
    }
}
