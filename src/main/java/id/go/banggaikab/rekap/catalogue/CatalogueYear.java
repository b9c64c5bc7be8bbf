package id.go.banggaikab.rekap.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Cuts a catalogue down to the entries that apply in one year (see {@link Catalogue#forYear}). */
final class CatalogueYear {

    private CatalogueYear() {
    }

    static Catalogue of(Catalogue all, int tahun) {
        boolean limited = all.units().stream().anyMatch(u -> u.upkeep().limited())
                || all.positions().stream().anyMatch(p -> p.upkeep().limited())
                || all.indicators().stream().anyMatch(i -> i.upkeep().limited());
        if (!limited) {
            return all;
        }
        Set<String> unitCodes = new LinkedHashSet<>();
        for (Unit u : all.units()) {
            boolean applies = true;
            for (Unit a = u; a != null && applies; a = a.parentCode() == null ? null
                    : all.unit(a.parentCode()).orElse(null)) {
                applies = a.upkeep().covers(tahun);
            }
            if (applies) {
                unitCodes.add(u.code());
            }
        }
        List<Position> positions = all.positions().stream()
                .filter(p -> p.upkeep().covers(tahun) && unitCodes.contains(p.unitCode())).toList();
        Set<String> positionCodes = new LinkedHashSet<>();
        positions.forEach(p -> positionCodes.add(p.code()));
        Set<String> indicatorCodes = new LinkedHashSet<>();
        all.indicators().stream().filter(i -> i.upkeep().covers(tahun) && positionCodes.contains(i.positionCode()))
                .forEach(i -> indicatorCodes.add(i.code()));
        List<Indicator> indicators = new ArrayList<>();
        for (String code : indicatorCodes) {
            Indicator i = all.indicator(code).orElseThrow();
            Indicator kept = i.parentCode() == null || indicatorCodes.contains(i.parentCode()) ? i : i.withParent(null);
            if (!unitCodes.containsAll(kept.reporters())) {
                kept = new Indicator(kept.code(), kept.positionCode(), kept.level(), kept.sasaran(), kept.wording(),
                        kept.measure(), new Indicator.Sources(kept.reporters().stream().filter(unitCodes::contains)
                                .toList(), kept.combine()), kept.parentCode(), kept.derivation(), kept.upkeep());
            }
            indicators.add(kept);
        }
        return new Catalogue(all.dinasName(), all.units().stream().filter(u -> unitCodes.contains(u.code())).toList(),
                positions, indicators, all.warnings(), all.abbreviations(), all.registerRules().stream()
                        .filter(r -> indicatorCodes.contains(r.indicatorCode())).toList())
                .from(all.source(), List.of());
    }
}
