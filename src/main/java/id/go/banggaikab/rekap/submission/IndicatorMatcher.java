package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.shared.Memo;
import id.go.banggaikab.rekap.spreadsheet.CellValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the catalogue indicator a form row means. Rows are matched by Kode when given, else by text among the
 * indicators the unit reports (narrowed by the Jabatan column when it can be read): first exactly, then ignoring
 * typography and the seed's spellings, then allowing a few typos. Near-identical names exist ("... yang Diolah" of
 * Seksi SDM Koperasi, "... yang Dikelola" of Seksi Kewirausahaan), so the whole catalogue is always looked at: a text
 * that is as close to another indicator as to the unit's own is refused with the candidates named, never guessed.
 *
 * <p>Before comparing, the clerks' abbreviations are spelled out on both sides ({@code config/singkatan.yml}, list "indikator": "jml" →
 * "jumlah", "yg" → "yang", "&amp;" → "dan", "kop" → "koperasi", "UM" → "usaha mikro", "prosentase" → "persentase", ...).
 * A row whose words are all found, in order, in exactly one of the unit's indicators and cover most of it ("Jumlah
 * Laporan Inventaris" for "Jumlah Laporan Inventaris Barang") is taken as that indicator, with a correction; an
 * indicator of another unit that the text matches better still wins the refusal. Words are never guessed: a row
 * that says "diolah" cannot be shortened into "dikelola", because the word it has is not in the other name.
 */
final class IndicatorMatcher {

    /** The outcome for one row: an indicator, exactly or tolerantly (with the note the user is shown), or a refusal. */
    sealed interface Match {

        /** A match: the row is this indicator. */
        sealed interface Matched extends Match {
            Indicator indicator();
        }

        /** Written as the catalogue writes it (or by its Kode). */
        record Exact(Indicator indicator) implements Matched {
        }

        /** Taken tolerantly; {@code note} tells the user how it was read. */
        record Tolerant(Indicator indicator, String note) implements Matched {
        }

        /** No indicator, or more than one; {@code reason} says which. */
        record Refused(String reason) implements Match {
        }
    }

    /** Share of an indicator's words a shortened row must still have to be taken for it. */
    static final double PARTIAL_SHARE = 0.6;
    /** A shortened row needs at least this many words: "Jumlah Koperasi" alone names nothing. */
    static final int PARTIAL_MIN_WORDS = 3;

    private static final Pattern CODE_SEPARATORS = Pattern.compile("[\\s_.\u2013\u2014-]+");

    private final Catalogue catalogue;
    private final Map<String, String> abbreviations;
    private final PositionMatcher positions;
    /**
     * Each indicator's keys (name and aliases) by its code, unique in a catalogue: every coded row looks its
     * indicator up, and an Indicator record's hash goes through all its fields each time, a code's is kept.
     */
    private final Map<String, List<String>> keys = new HashMap<>();
    /** The keys of the texts rows give: the same indicator names come back in every form. */
    private final Memo<String> rowKeys;

    IndicatorMatcher(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.abbreviations = catalogue.abbreviations().indicators();
        this.rowKeys = new Memo<>(text -> TextKeys.key(text, abbreviations));
        this.positions = new PositionMatcher(catalogue);
        for (Indicator i : catalogue.indicators()) {
            List<String> k = new ArrayList<>();
            k.add(key(i.name()));
            i.aliases().forEach(a -> k.add(key(a)));
            keys.put(i.code(), k.stream().distinct().toList());
        }
    }

    /** A row with a Kode: trusted unless the unit does not report it or the row's text plainly names another one. */
    Match byCode(String code, String text, String jabatan, String unitCode) {
        String normalised = normalisedCode(code);
        Optional<Indicator> byCode = catalogue.indicator(normalised);
        if (byCode.isEmpty()) {
            Match byText = TextKeys.clean(text).isEmpty() ? new Match.Refused(unknown(unitCode))
                    : byText(text, jabatan, unitCode);
            String note = "Kode \"" + CellValue.quote(code) + "\" tidak dikenal; baris dicocokkan lewat teks indikator";
            if (byText instanceof Match.Tolerant t) {
                return new Match.Tolerant(t.indicator(), note + ". " + t.note());
            }
            return byText instanceof Match.Exact e ? new Match.Tolerant(e.indicator(), note) : byText;
        }
        Indicator indicator = byCode.get();
        if (!catalogue.reportersOf(indicator).contains(unitCode)) {
            return new Match.Refused("Kode " + indicator.code() + " (" + indicator.name() + ") bukan indikator yang "
                    + "dilaporkan " + unitName(unitCode) + "; indikator ini milik " + owner(indicator));
        }
        if (TextKeys.clean(text).isEmpty() || keys.get(indicator.code()).contains(key(text))) {
            return new Match.Exact(indicator); // the text is the code's own name: nothing else can be named plainly
        }
        Optional<Indicator> named = plainlyNamed(text);
        if (named.isPresent() && !named.get().equals(indicator)) {
            return new Match.Refused("Kode " + indicator.code() + " tidak sesuai dengan teks indikator, yang menunjuk "
                    + describe(named.get()) + "; perbaiki kode atau teksnya");
        }
        return new Match.Exact(indicator);
    }

    /**
     * A row without Kode: matched by its text among the indicators the unit reports. The Jabatan, when it can be
     * read, only breaks a tie between equally close candidates; it never overrides a text that is closer to another
     * indicator, because a wrong jabatan is a smaller slip than a wrong indicator.
     */
    Match byText(String text, String jabatan, String unitCode) {
        List<Indicator> scope = catalogue.indicatorsReportableBy(unitCode);
        String loose = TextKeys.loose(text);
        List<Indicator> exact = scope.stream().filter(i -> TextKeys.loose(i.name()).equals(loose)).toList();
        if (exact.size() == 1) {
            return new Match.Exact(exact.get(0));
        }
        String key = key(text);
        Map<Indicator, Integer> distances = distances(key);
        int bestInScope = scope.stream().mapToInt(i -> distances.getOrDefault(i, Integer.MAX_VALUE)).min()
                .orElse(Integer.MAX_VALUE);
        Optional<Map.Entry<Indicator, Integer>> bestOverall = distances.entrySet().stream()
                .min(Map.Entry.comparingByValue());
        if (bestInScope == Integer.MAX_VALUE) {
            Optional<Match> partial = distances.isEmpty() ? partial(key, scope, jabatan, unitCode) : Optional.empty();
            if (partial.isPresent()) {
                return partial.get();
            }
            return new Match.Refused(bestOverall.map(e -> unknown(unitCode) + "; teks ini mirip " + describe(e.getKey()))
                    .orElse(unknown(unitCode)));
        }
        if (bestOverall.get().getValue() < bestInScope) {
            return new Match.Refused("Indikator ini " + describe(bestOverall.get().getKey())
                    + ", bukan indikator yang dilaporkan " + unitName(unitCode));
        }
        int reach = bestInScope == 0 ? 0 : bestInScope + 1;
        List<Indicator> close = distances.entrySet().stream().filter(e -> e.getValue() <= reach)
                .map(Map.Entry::getKey).toList();
        Optional<Position> position = TextKeys.clean(jabatan).isEmpty() ? Optional.empty()
                : positions.match(jabatan, unitCode, scope.stream().map(catalogue::positionOf).distinct().toList());
        if (close.size() > 1 && position.isPresent()) {
            List<Indicator> ofPosition = close.stream().filter(i -> i.positionCode().equals(position.get().code())
                    && distances.get(i) == bestInScope).toList();
            close = ofPosition.size() == 1 ? ofPosition : close;
        }
        if (close.size() > 1) {
            return new Match.Refused("Teks indikator cocok dengan lebih dari satu indikator: " + close.stream()
                    .map(this::describe).collect(Collectors.joining("; "))
                    + ". Baris tidak dibaca; isi kolom Kode atau perbaiki teksnya");
        }
        Indicator found = close.get(0);
        String how = bestInScope == 0 ? "ditulis berbeda dari katalog" : "mirip, dengan salah ketik";
        return new Match.Tolerant(found, "Teks indikator " + how + "; dibaca sebagai " + found.code() + " \""
                + found.name() + "\"");
    }

    /**
     * A row with words left out ("Jumlah PNS Naik Pangkat Tepat Waktu"): every word of it found, in order, in one of
     * the unit's indicators covering at least {@link #PARTIAL_SHARE} of that indicator's words. Two such indicators
     * of the unit make the row ambiguous; an indicator of another unit that the row covers better makes it that
     * indicator's, refused. A tie with another unit's indicator goes to the unit whose form it is, and the note says so:
     * the row lacks the word that tells them apart, and only the unit can.
     */
    private Optional<Match> partial(String key, List<Indicator> scope, String jabatan, String unitCode) {
        List<String> words = List.of(key.split(" "));
        if (words.size() < PARTIAL_MIN_WORDS) {
            return Optional.empty();
        }
        Map<Indicator, Double> shares = new LinkedHashMap<>();
        catalogue.indicators().forEach(indicator -> {
            double share = keys.get(indicator.code()).stream().mapToDouble(k -> share(words, List.of(k.split(" ")))).max().orElse(0);
            if (share >= PARTIAL_SHARE) {
                shares.put(indicator, share);
            }
        });
        List<Indicator> candidates = scope.stream().filter(shares::containsKey).toList();
        if (candidates.isEmpty()) {
            return shares.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(e -> new Match.Refused(unknown(unitCode) + "; teks ini mirip " + describe(e.getKey())));
        }
        List<Indicator> ours = candidates;
        if (candidates.size() > 1 && !TextKeys.clean(jabatan).isEmpty()) {
            Optional<Position> position = positions.match(jabatan, unitCode,
                    scope.stream().map(catalogue::positionOf).distinct().toList());
            List<Indicator> ofPosition = position.map(p -> candidates.stream()
                    .filter(i -> i.positionCode().equals(p.code())).toList()).orElse(candidates);
            ours = ofPosition.size() == 1 ? ofPosition : candidates;
        }
        if (ours.size() > 1) {
            return Optional.of(new Match.Refused("Teks indikator tidak lengkap dan cocok dengan lebih dari satu "
                    + "indikator: " + ours.stream().map(this::describe).collect(Collectors.joining("; "))
                    + ". Baris tidak dibaca; isi kolom Kode atau lengkapi teksnya"));
        }
        Indicator found = ours.get(0);
        double share = shares.get(found);
        Optional<Indicator> better = shares.entrySet().stream().filter(e -> !scope.contains(e.getKey()))
                .filter(e -> e.getValue() > share).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (better.isPresent()) {
            return Optional.of(new Match.Refused("Indikator ini " + describe(better.get())
                    + ", bukan indikator yang dilaporkan " + unitName(unitCode)));
        }
        List<Indicator> alike = shares.entrySet().stream().filter(e -> !scope.contains(e.getKey()))
                .filter(e -> e.getValue() == share).map(Map.Entry::getKey).toList();
        String note = "Teks indikator tidak lengkap; dibaca sebagai " + found.code() + " \"" + found.name() + "\"";
        if (!alike.isEmpty()) {
            note += ", indikator " + unitName(unitCode) + "; teks ini juga cocok dengan " + alike.stream()
                    .map(this::describe).collect(Collectors.joining("; ")) + ", yang bukan indikator unit ini";
        }
        return Optional.of(new Match.Tolerant(found, note));
    }

    /** The share of {@code name}'s words that {@code row} has, when all of the row's words occur in it in order; else 0. */
    private static double share(List<String> row, List<String> name) {
        int at = 0;
        for (String word : name) {
            if (at < row.size() && row.get(at).equals(word)) {
                at++;
            }
        }
        return at == row.size() ? (double) row.size() / name.size() : 0;
    }

    /** The comparison key of an indicator text, with the clerks' abbreviations spelled out. */
    String key(String text) {
        return rowKeys.apply(text);
    }

    /** A Kode as the catalogue spells it: upper case, each run of spaces, dots, dashes and underscores one "-". */
    static String normalisedCode(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' && (i == 0 || upper.charAt(i - 1) != '-'))) {
                return CODE_SEPARATORS.matcher(upper).replaceAll("-");
            }
        }
        return upper; // letters, digits and single dashes: the pattern would change nothing
    }

    /** The one indicator in the whole catalogue a text names without doubt, if any. */
    private Optional<Indicator> plainlyNamed(String text) {
        Map<Indicator, Integer> d = distances(key(text));
        int best = d.values().stream().min(Comparator.naturalOrder()).orElse(Integer.MAX_VALUE);
        List<Indicator> close = d.entrySet().stream().filter(e -> e.getValue() <= (best == 0 ? 0 : best + 1))
                .map(Map.Entry::getKey).toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    /** Edit distance from the text to each indicator within the typo budget; farther indicators are left out. */
    private Map<Indicator, Integer> distances(String key) {
        return Closest.within(key, catalogue.indicators(), i -> keys.get(i.code()));
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
