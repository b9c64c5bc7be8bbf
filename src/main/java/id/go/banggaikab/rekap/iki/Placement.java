package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Unit;
import id.go.banggaikab.rekap.catalogue.UnitKind;
import id.go.banggaikab.rekap.catalogue.Upkeep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where what the document brings new belongs, guessed with the reason for the staff to confirm: the unit of a new
 * position (a head's unit by its title, a new seksi when there is none; a staff position's by the words its title
 * shares with a unit's name, else the unit of the head above it in the document), and the units that report a new
 * indicator, by the unit names its SUMBER DATA mentions (a bidang meaning the units in it).
 */
final class Placement {

    /** A guess and why. */
    record Guess<T>(T value, String reason) {
    }

    /** A head's title prefix and the unit it heads: its kind, code prefix and the word its name starts with. */
    private record Head(String prefix, UnitKind kind, String codePrefix, String word) {
    }

    private static final List<Head> HEADS = List.of(
            new Head("kepala seksi", UnitKind.SEKSI, "SEKSI-", "Seksi"),
            new Head("kepala sub bagian", UnitKind.SUB_BAGIAN, "SUBBAG-", "Sub Bagian"),
            new Head("kepala sub bidang", UnitKind.SEKSI, "SUBBID-", "Sub Bidang"),
            new Head("kepala bidang", UnitKind.BIDANG, "BID-", "Bidang"),
            new Head("kepala uptd", UnitKind.BIDANG, "UPTD-", "UPTD"),
            new Head("kepala upt", UnitKind.BIDANG, "UPT-", "UPT"));
    /** The head of the perangkat daerah itself: of a Dinas, Badan, Kantor, Satuan, the Inspektur, the Camat. */
    static final Pattern OFFICE_HEAD = Pattern.compile(
            "^(?:kepala (?:dinas|badan|kantor|satuan|pelaksana)\\b.*|inspektur|camat|direktur\\b.*)$");

    private static final Set<String> STAFF_WORDS = Set.of("pengolah", "pengelola", "pengelolah", "data", "bahan",
            "pengadministrasi", "analis", "bendahara", "penyusun", "pranata", "staf", "pelaksana", "sub", "bagian",
            "seksi", "bidang", "kepala", "dan", "kantor", "umum");

    private final Catalogue catalogue;
    private final Similarity texts;
    private final int year;
    private final List<Unit> added = new ArrayList<>();

    Placement(Catalogue catalogue, Similarity texts, int year) {
        this.catalogue = catalogue;
        this.texts = texts;
        this.year = year;
    }

    /** The units the proposal adds. */
    List<Unit> added() {
        return added;
    }

    private List<Unit> units() {
        List<Unit> all = new ArrayList<>(catalogue.units());
        all.addAll(added);
        return all;
    }

    /** The unit of a new position; {@code lastHead} and {@code lastBidang}: of the heads above it in the document. */
    Guess<String> unitOf(String title, String lastHead, String lastBidang) {
        String key = Naming.spelled(texts.key(title));
        if (OFFICE_HEAD.matcher(key).matches()) {
            return new Guess<>(catalogue.root().code(), "kepala perangkat daerah: unit " + catalogue.root().name());
        }
        if (key.startsWith("sekretaris")) {
            Unit s = sekretariat();
            return new Guess<>(s.code(), "sekretaris: unit " + s.name());
        }
        for (Head head : HEADS) {
            if (key.startsWith(head.prefix() + " ")) {
                return head(key.substring(head.prefix().length()).strip(), head, title, lastBidang);
            }
        }
        Unit best = null;
        int bestScore = 0;
        for (Unit u : units()) {
            int score = shared(key, u);
            if (score > bestScore) {
                best = u;
                bestScore = score;
            }
        }
        if (best != null) {
            return new Guess<>(best.code(), "unit ditebak dari kata judul jabatan yang sama dengan nama "
                    + best.name());
        }
        String unit = lastHead != null ? lastHead : catalogue.root().code();
        return new Guess<>(unit, "unit ditebak: unit kepala yang tertulis di atasnya dalam dokumen");
    }

    private Guess<String> head(String rest, Head head, String title, String lastBidang) {
        UnitKind kind = head.kind();
        String wanted = texts.key(head.word() + " " + rest);
        for (Unit u : units()) {
            if (u.kind() == kind && (texts.same(u.name(), wanted) || u.aliases().stream().anyMatch(a -> texts.same(a,
                    wanted) || texts.same(a, rest)))) {
                return new Guess<>(u.code(), "unit " + u.name() + " menurut judul jabatan");
            }
        }
        Set<String> taken = new LinkedHashSet<>();
        units().forEach(u -> taken.add(u.code()));
        String parent = switch (kind) {
            case SEKSI -> lastBidang != null ? lastBidang : catalogue.root().code();
            case SUB_BAGIAN -> sekretariat().code();
            default -> catalogue.root().code();
        };
        Unit unit = new Unit(Naming.unitCode(head.codePrefix(), rest, taken), Naming.titleCase((head.word() + " "
                + tail(title, rest)).toUpperCase(Locale.ROOT)), kind, parent, List.of(), 1.0,
                new Upkeep(year, null, null));
        added.add(unit);
        return new Guess<>(unit.code(), "unit baru " + unit.name() + " (tidak ada di katalog), induknya ditebak "
                + parent);
    }

    /** The words of a title after its head's prefix, as the document writes them (commas and all). */
    private String tail(String title, String rest) {
        String[] words = title.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = String.join(" ", Arrays.copyOfRange(words, i, words.length));
            if (Naming.spelled(texts.key(candidate)).equals(rest)) {
                return candidate;
            }
        }
        return rest;
    }

    /** The sekretariat, made when the catalogue has none yet (a new catalogue, or one without it). */
    private Unit sekretariat() {
        return units().stream().filter(u -> u.kind() == UnitKind.SEKRETARIAT).findFirst().orElseGet(() -> {
            Set<String> taken = new LinkedHashSet<>();
            units().forEach(u -> taken.add(u.code()));
            Unit s = new Unit(Naming.unique("SEKRETARIAT", taken), "Sekretariat", UnitKind.SEKRETARIAT,
                    catalogue.root().code(), List.of(), 1.0,
                    new Upkeep(year, null, null));
            added.add(s);
            return s;
        });
    }

    /** Meaningful words of a staff title that a unit's name or aliases have too. */
    private int shared(String titleKey, Unit u) {
        Set<String> words = new LinkedHashSet<>(List.of(titleKey.split(" ")));
        words.removeAll(STAFF_WORDS);
        Set<String> unitWords = new LinkedHashSet<>(List.of(texts.key(u.name()).split(" ")));
        u.aliases().forEach(a -> unitWords.addAll(List.of(texts.key(a).split(" "))));
        words.retainAll(unitWords);
        return words.size();
    }

    /** The units whose names SUMBER DATA mentions, besides {@code ownUnit}; a bidang with the units in it. */
    Guess<List<String>> reporters(String source, String ownUnit) {
        if (source == null || source.isBlank()) {
            return new Guess<>(List.of(), "SUMBER DATA kosong: pelapor unit jabatan itu sendiri");
        }
        String key = " " + texts.key(source) + " ";
        Set<String> out = new LinkedHashSet<>();
        List<String> named = new ArrayList<>();
        for (Unit u : units()) {
            List<String> names = new ArrayList<>(List.of(u.name()));
            names.addAll(u.aliases());
            boolean mentioned = names.stream().map(texts::key).anyMatch(n -> n.split(" ").length >= 2
                    && key.contains(" " + n + " "));
            if (mentioned && !u.code().equals(ownUnit)) {
                named.add(u.name());
                out.add(u.code());
                if (u.kind() == UnitKind.BIDANG || u.kind() == UnitKind.SEKRETARIAT) {
                    units().stream().filter(c -> u.code().equals(c.parentCode())).forEach(c -> out.add(c.code()));
                }
            }
        }
        if (out.isEmpty()) {
            return new Guess<>(List.of(), "SUMBER DATA \"" + source + "\" tidak menyebut unit yang dikenal: pelapor"
                    + " unit jabatan itu sendiri; isi kolom Pelapor bila datanya dari unit lain");
        }
        return new Guess<>(List.copyOf(out), "pelapor dari SUMBER DATA \"" + source + "\": " + String.join(", ", named)
                + (out.size() > named.size() ? " beserta unit-unit di bawahnya" : ""));
    }
}
