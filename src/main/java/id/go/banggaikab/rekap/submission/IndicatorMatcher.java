package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the catalogue indicator a form row means. Rows are matched by Kode when given, else by text among the
 * indicators the unit reports (narrowed by the Jabatan column when it can be read): first exactly, then ignoring
 * typography and the seed's spellings, then allowing a few typos. Near-identical names exist ("... yang Diolah" of
 * Seksi SDM Koperasi, "... yang Dikelola" of Seksi Kewirausahaan), so the whole catalogue is always looked at: a text
 * that is as close to another indicator as to the unit's own is refused with the candidates named, never guessed.
 */
final class IndicatorMatcher {

    /** The outcome for one row: an indicator (with a correction note when the match was tolerant) or a refusal. */
    record Match(Indicator indicator, String correction, String refusal) {
        static Match exact(Indicator i) {
            return new Match(i, null, null);
        }

        static Match corrected(Indicator i, String note) {
            return new Match(i, note, null);
        }

        static Match refused(String reason) {
            return new Match(null, null, reason);
        }

        boolean accepted() {
            return indicator != null;
        }
    }

    private final Catalogue catalogue;
    private final PositionMatcher positions;
    private final Map<Indicator, List<String>> keys = new LinkedHashMap<>();

    IndicatorMatcher(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.positions = new PositionMatcher(catalogue);
        for (Indicator i : catalogue.indicators()) {
            List<String> k = new ArrayList<>();
            k.add(Texts.key(i.name()));
            i.aliases().forEach(a -> k.add(Texts.key(a)));
            keys.put(i, k.stream().distinct().toList());
        }
    }

    /** A row with a Kode: trusted unless the unit does not report it or the row's text plainly names another one. */
    Match byCode(String code, String text, String jabatan, String unitCode) {
        String normalised = code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_.\u2013\u2014-]+", "-");
        Optional<Indicator> byCode = catalogue.indicator(normalised);
        if (byCode.isEmpty()) {
            Match byText = Texts.clean(text).isEmpty() ? Match.refused(unknown(unitCode)) : byText(text, jabatan, unitCode);
            String note = "Kode \"" + code + "\" tidak dikenal; baris dicocokkan lewat teks indikator";
            return byText.accepted() ? Match.corrected(byText.indicator(),
                    byText.correction() == null ? note : note + ". " + byText.correction()) : byText;
        }
        Indicator indicator = byCode.get();
        if (!catalogue.reportersOf(indicator).contains(unitCode)) {
            return Match.refused("Kode " + indicator.code() + " (" + indicator.name() + ") bukan indikator yang "
                    + "dilaporkan " + unitName(unitCode) + "; indikator ini milik " + owner(indicator));
        }
        Optional<Indicator> named = Texts.clean(text).isEmpty() ? Optional.empty() : plainlyNamed(text);
        if (named.isPresent() && !named.get().equals(indicator)) {
            return Match.refused("Kode " + indicator.code() + " tidak sesuai dengan teks indikator, yang menunjuk "
                    + describe(named.get()) + "; perbaiki kode atau teksnya");
        }
        return Match.exact(indicator);
    }

    /**
     * A row without Kode: matched by its text among the indicators the unit reports. The Jabatan, when it can be
     * read, only breaks a tie between equally close candidates; it never overrides a text that is closer to another
     * indicator, because a wrong jabatan is a smaller slip than a wrong indicator.
     */
    Match byText(String text, String jabatan, String unitCode) {
        List<Indicator> scope = catalogue.indicatorsReportableBy(unitCode);
        String loose = Texts.loose(text);
        List<Indicator> exact = scope.stream().filter(i -> Texts.loose(i.name()).equals(loose)).toList();
        if (exact.size() == 1) {
            return Match.exact(exact.get(0));
        }
        Map<Indicator, Integer> distances = distances(Texts.key(text));
        int bestInScope = scope.stream().mapToInt(i -> distances.getOrDefault(i, Integer.MAX_VALUE)).min()
                .orElse(Integer.MAX_VALUE);
        Optional<Map.Entry<Indicator, Integer>> bestOverall = distances.entrySet().stream()
                .min(Map.Entry.comparingByValue());
        if (bestInScope == Integer.MAX_VALUE) {
            return Match.refused(bestOverall.map(e -> unknown(unitCode) + "; teks ini mirip " + describe(e.getKey()))
                    .orElse(unknown(unitCode)));
        }
        if (bestOverall.get().getValue() < bestInScope) {
            return Match.refused("Indikator ini " + describe(bestOverall.get().getKey())
                    + ", bukan indikator yang dilaporkan " + unitName(unitCode));
        }
        int reach = bestInScope == 0 ? 0 : bestInScope + 1;
        List<Indicator> close = distances.entrySet().stream().filter(e -> e.getValue() <= reach)
                .map(Map.Entry::getKey).toList();
        Optional<Position> position = Texts.clean(jabatan).isEmpty() ? Optional.empty()
                : positions.match(jabatan, unitCode, scope.stream().map(catalogue::positionOf).distinct().toList());
        if (close.size() > 1 && position.isPresent()) {
            List<Indicator> ofPosition = close.stream().filter(i -> i.positionCode().equals(position.get().code())
                    && distances.get(i) == bestInScope).toList();
            close = ofPosition.size() == 1 ? ofPosition : close;
        }
        if (close.size() > 1) {
            return Match.refused("Teks indikator cocok dengan lebih dari satu indikator: " + close.stream()
                    .map(this::describe).collect(Collectors.joining("; "))
                    + ". Baris tidak dibaca; isi kolom Kode atau perbaiki teksnya");
        }
        Indicator found = close.get(0);
        String how = bestInScope == 0 ? "ditulis berbeda dari katalog" : "mirip, dengan salah ketik";
        return Match.corrected(found, "Teks indikator " + how + "; dibaca sebagai " + found.code() + " \""
                + found.name() + "\"");
    }

    /** The one indicator in the whole catalogue a text names without doubt, if any. */
    private Optional<Indicator> plainlyNamed(String text) {
        Map<Indicator, Integer> d = distances(Texts.key(text));
        int best = d.values().stream().min(Comparator.naturalOrder()).orElse(Integer.MAX_VALUE);
        List<Indicator> close = d.entrySet().stream().filter(e -> e.getValue() <= (best == 0 ? 0 : best + 1))
                .map(Map.Entry::getKey).toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    /** Edit distance from the text to each indicator within the typo budget; farther indicators are left out. */
    private Map<Indicator, Integer> distances(String key) {
        int budget = Texts.typoBudget(key);
        Map<Indicator, Integer> out = new LinkedHashMap<>();
        keys.forEach((indicator, ks) -> {
            int d = ks.stream().mapToInt(k -> Texts.distance(key, k, budget)).min().orElse(budget + 1);
            if (d <= budget) {
                out.put(indicator, d);
            }
        });
        return out;
    }

    private String describe(Indicator i) {
        return i.code() + " \"" + i.name() + "\" milik " + owner(i);
    }

    private String owner(Indicator i) {
        return catalogue.positionOf(i).name() + " (" + catalogue.unitOf(i).name() + ")";
    }

    private String unitName(String unitCode) {
        return catalogue.unit(unitCode).map(u -> u.name()).orElse(unitCode);
    }

    private String unknown(String unitCode) {
        return "Indikator tidak dikenal untuk unit " + unitName(unitCode);
    }
}
