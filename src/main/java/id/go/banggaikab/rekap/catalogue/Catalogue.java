package id.go.banggaikab.rekap.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated catalogue: units, positions and indicators in the order of the catalogue file, with the lookups the
 * reader, the aggregation and the reports need. Immutable once built.
 */
public final class Catalogue {

    private final String dinasName;
    private final Map<String, Unit> units;
    private final Map<String, Position> positions;
    private final Map<String, Indicator> indicators;
    private final List<String> warnings;
    private final Abbreviations abbreviations;
    private final List<RegisterRule> registerRules;
    private final String source;

    public Catalogue(String dinasName, List<Unit> units, List<Position> positions, List<Indicator> indicators,
            List<String> warnings) {
        this(dinasName, units, positions, indicators, warnings, Abbreviations.bundled());
    }

    public Catalogue(String dinasName, List<Unit> units, List<Position> positions, List<Indicator> indicators,
            List<String> warnings, Abbreviations abbreviations) {
        this(dinasName, units, positions, indicators, warnings, abbreviations, List.of());
    }

    /** With the parts of indicators counted from registers ({@code register:} in katalog.yml). */
    public Catalogue(String dinasName, List<Unit> units, List<Position> positions, List<Indicator> indicators,
            List<String> warnings, Abbreviations abbreviations, List<RegisterRule> registerRules) {
        this(dinasName, units, positions, indicators, warnings, abbreviations, registerRules, DEFAULT_SOURCE);
    }

    private Catalogue(String dinasName, List<Unit> units, List<Position> positions, List<Indicator> indicators,
            List<String> warnings, Abbreviations abbreviations, List<RegisterRule> registerRules, String source) {
        this.source = source;
        this.registerRules = List.copyOf(registerRules);
        this.dinasName = dinasName;
        this.abbreviations = abbreviations;
        this.units = index(units, Unit::code);
        this.positions = index(positions, Position::code);
        this.indicators = index(indicators, Indicator::code);
        this.warnings = List.copyOf(warnings);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(key.apply(i), i));
        return Collections.unmodifiableMap(map);
    }

    /** The file a catalogue is read from unless it says otherwise. */
    public static final String DEFAULT_SOURCE = "katalog.yml";

    /** This catalogue with the clerks' abbreviations its texts are matched with. */
    public Catalogue with(Abbreviations abbreviations) {
        return new Catalogue(dinasName, units(), positions(), indicators(), warnings, abbreviations, registerRules,
                source);
    }

    /** This catalogue as read from {@code file} (katalog.yml or katalog.xlsx), with a further note of the reading. */
    public Catalogue from(String file, List<String> moreWarnings) {
        List<String> all = new ArrayList<>(moreWarnings);
        all.addAll(warnings);
        return new Catalogue(dinasName, units(), positions(), indicators(), all, abbreviations, registerRules, file);
    }

    /** The file the catalogue was read from: katalog.yml or katalog.xlsx, as the recap names it. */
    public String source() {
        return source;
    }

    /**
     * The catalogue of one year: the units, positions and indicators that apply in {@code tahun} (a retired
     * indicator stays in the recaps of the years it applied, a new one appears from its first year), each dropped
     * entry taking what hangs under it along, a parent or reporter that does not apply left out. This very catalogue
     * when no entry is limited to some years.
     */
    public Catalogue forYear(int tahun) {
        return CatalogueYear.of(this, tahun);
    }

    /** Every part of an indicator that is counted from a register, in catalogue order. */
    public List<RegisterRule> registerRules() {
        return registerRules;
    }

    /** The rule that counts this part of the indicator from a register, if one does. */
    public Optional<RegisterRule> registerRule(String indicatorCode, RegisterRule.Slot slot) {
        return registerRules.stream().filter(r -> r.indicatorCode().equals(indicatorCode) && r.slot() == slot)
                .findFirst();
    }

    public Abbreviations abbreviations() {
        return abbreviations;
    }

    public String dinasName() {
        return dinasName;
    }

    /** Non-fatal findings, such as malformed NIPs, to show in the log and the recap. */
    public List<String> warnings() {
        return warnings;
    }

    public List<Unit> units() {
        return List.copyOf(units.values());
    }

    public List<Position> positions() {
        return List.copyOf(positions.values());
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    public Optional<Position> position(String code) {
        return Optional.ofNullable(positions.get(code));
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    public Unit root() {
        return units.values().stream().filter(Unit::isRoot).findFirst().orElseThrow();
    }

    public List<Unit> children(String unitCode) {
        return units.values().stream().filter(u -> unitCode.equals(u.parentCode())).toList();
    }

    public List<Position> positionsOf(String unitCode) {
        return positions.values().stream().filter(p -> p.unitCode().equals(unitCode)).toList();
    }

    public Optional<Position> headOf(String unitCode) {
        return positionsOf(unitCode).stream().filter(Position::head).findFirst();
    }

    public List<Indicator> indicatorsOf(String positionCode) {
        return indicators.values().stream().filter(i -> i.positionCode().equals(positionCode)).toList();
    }

    public Unit unitOf(Indicator indicator) {
        return units.get(positions.get(indicator.positionCode()).unitCode());
    }

    public Position positionOf(Indicator indicator) {
        return positions.get(indicator.positionCode());
    }

    /** The units whose forms may carry this indicator: the position's own unit, then the named reporters. */
    public Set<String> reportersOf(Indicator indicator) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(unitOf(indicator).code());
        codes.addAll(indicator.reporters());
        return codes;
    }

    /** Every indicator a unit's form may carry: its positions' own and those it is a named data source for. */
    public List<Indicator> indicatorsReportableBy(String unitCode) {
        return indicators.values().stream().filter(i -> !i.isDerived() && reportersOf(i).contains(unitCode)).toList();
    }

    /** The units that are expected to send a form each quarter: every unit some indicator needs a form from. */
    public List<Unit> reportingUnits() {
        Set<String> codes = new LinkedHashSet<>();
        for (Indicator i : indicators.values()) {
            if (i.reporters().isEmpty() && !i.isDerived()) {
                codes.add(unitOf(i).code());
            }
        }
        for (Indicator i : indicators.values()) {
            if (!i.isDerived() && !i.reporters().isEmpty() && i.reporters().stream().noneMatch(codes::contains)) {
                codes.add(i.reporters().get(0));
            }
        }
        return treeOrder().stream().filter(u -> codes.contains(u.code())).toList();
    }

    /** Units depth first from the dinas, in catalogue order among siblings. */
    public List<Unit> treeOrder() {
        List<Unit> out = new ArrayList<>();
        walk(root(), out);
        return out;
    }

    private void walk(Unit unit, List<Unit> out) {
        out.add(unit);
        children(unit.code()).forEach(c -> walk(c, out));
    }

    /** Depth of a unit in the tree; the dinas is 0. */
    public int depth(Unit unit) {
        int d = 0;
        for (Unit u = unit; u.parentCode() != null; u = units.get(u.parentCode())) {
            d++;
        }
        return d;
    }

    /** Derived indicators, each after the indicators its formula uses. */
    public List<Indicator> derivedInOrder() {
        return Derivation.order(indicators()).stream().map(indicators::get).filter(Indicator::isDerived).toList();
    }

    public List<Indicator> childrenOf(String indicatorCode) {
        return indicators.values().stream().filter(i -> indicatorCode.equals(i.parentCode())).toList();
    }
}
