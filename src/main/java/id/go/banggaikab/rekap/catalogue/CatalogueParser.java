package id.go.banggaikab.rekap.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the catalogue's entries, from katalog.yml or katalog.xlsx alike, into catalogue records, noting every missing
 * or malformed field where it stands (its line, or its cell).
 */
final class CatalogueParser {

    private final String file;
    private final Entry root;
    private final List<String> findings;
    private final Map<String, Entry> unitEntries = new HashMap<>();
    private final Map<String, Entry> positionEntries = new HashMap<>();
    private final Map<String, Entry> indicatorEntries = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<RegisterRule> registerRules = new ArrayList<>();

    CatalogueParser(String file, Entry root, List<String> findings) {
        this.file = file;
        this.root = root;
        this.findings = findings;
    }

    Catalogue parse() {
        Entry dinas = root.child("dinas");
        String dinasName = dinas == null ? null : dinas.text("nama");
        if (dinasName == null) {
            findings.add(dinas == null ? file + " baris 1: bagian \"dinas:\" dengan \"nama:\" belum ada."
                    : dinas.where("nama") + ": nama dinas belum diisi.");
        }
        List<Unit> units = root.list("unit").stream().map(this::unit).toList();
        List<Position> positions = root.list("jabatan").stream().map(this::position).toList();
        List<Indicator> indicators = root.list("indikator").stream().map(this::indicator).toList();
        if (units.isEmpty() || positions.isEmpty() || indicators.isEmpty()) {
            findings.add(file + ": katalog harus memuat daftar \"unit:\", \"jabatan:\" dan \"indikator:\".");
        }
        new CatalogueValidator(file, unitEntries, positionEntries, indicatorEntries, findings)
                .validate(units, positions, indicators);
        for (Position p : positions) {
            NipCheck.problem(p.holder().nip()).ifPresent(why -> warnings.add("NIP " + p.holder().nip() + " ("
                    + p.holder().name() + ", " + p.name() + ") menyalahi aturan 18 digit: " + why
                    + ". Ditulis apa adanya."));
        }
        return new Catalogue(dinasName, units, positions, indicators, warnings, Abbreviations.bundled(),
                registerRules);
    }

    private Unit unit(Entry n) {
        String code = n.required("kode", "kode unit, mis. SEKSI-KWU");
        remember(unitEntries, code, n, "unit");
        return new Unit(code, n.required("nama", "nama unit"), n.choice("jenis", UnitKind.class, UnitKind.SEKSI),
                n.text("induk"), n.texts("alias"), n.number("bobot", 1.0), upkeep(n, code));
    }

    private Position position(Entry n) {
        String code = n.required("kode", "kode jabatan, mis. KASI-KWU");
        remember(positionEntries, code, n, "jabatan");
        Entry holder = n.child("pemegang");
        Holder h = holder == null ? new Holder(null, null) : new Holder(holder.text("nama"), holder.text("nip"));
        return new Position(code, n.required("nama", "nama jabatan"), n.required("unit", "kode unit jabatan ini"),
                n.flag("kepala", false), h, n.text("tugas"), n.texts("alias"), n.number("bobot", 1.0),
                new Duties(n.texts("tugas_dokumen"), n.texts("fungsi_dokumen")), upkeep(n, code));
    }

    /** The years an entry applies ({@code berlaku_mulai}, {@code berlaku_sampai}) and the staff's decision on it. */
    private Upkeep upkeep(Entry n, String code) {
        Integer from = year(n, "berlaku_mulai");
        Integer until = year(n, "berlaku_sampai");
        if (from != null && until != null && from > until) {
            findings.add(n.where("berlaku_sampai") + " (" + code + "): berlaku sampai " + until + " sebelum berlaku"
                    + " mulai " + from + ". Perbaiki salah satu tahunnya.");
        }
        return new Upkeep(from, until, n.text("keputusan"));
    }

    private Integer year(Entry n, String key) {
        if (!n.has(key)) {
            return null;
        }
        double v = n.number(key, Double.NaN);
        if (Double.isNaN(v)) {
            return null; // not a number: the entry has noted it
        }
        if (v != Math.rint(v) || v < 2000 || v > 2100) {
            findings.add(n.where(key) + ": \"" + key + "\" harus tahun empat angka (mis. 2027), bukan \""
                    + n.text(key) + "\".");
            return null;
        }
        return (int) v;
    }

    private Indicator indicator(Entry n) {
        String code = n.required("kode", "kode indikator, mis. KASI-KWU-01");
        remember(indicatorEntries, code, n, "indikator");
        IndicatorKind kind = n.choice("jenis", IndicatorKind.class, IndicatorKind.JUMLAH);
        Part numerator = part(n.child("pembilang"));
        Part denominator = part(n.child("penyebut"));
        Indicator.Wording wording = new Indicator.Wording(n.required("nama", "teks indikator"), n.texts("alias"),
                n.text("formula"), n.text("sumber_data"));
        Indicator.Measure measure = new Indicator.Measure(n.required("satuan", "satuan, mis. Dokumen atau %"), kind,
                n.choice("akumulasi", Accumulation.class, Accumulation.JUMLAH), numerator, denominator,
                n.flag("maks_100", false), n.choice("polaritas", Polarity.class, Polarity.NAIK));
        Indicator.Sources sources = new Indicator.Sources(n.texts("pelapor"),
                n.choice("gabung", Combine.class, Combine.SAMA));
        Indicator indicator = new Indicator(code, n.required("jabatan", "kode jabatan pemilik indikator"),
                n.choice("tingkat", Level.class, Level.KEGIATAN), n.required("sasaran", "teks sasaran"), wording,
                measure, sources, n.text("induk"), derivation(n), upkeep(n, code));
        if (n.has("register")) {
            Entry block = n.child("register");
            if (block == null) {
                findings.add(n.where("register") + " (" + code + "): \"register:\" harus berisi pembilang:/penyebut:"
                        + " atau nilai:, masing-masing dengan \"dari:\".");
            } else {
                registerRules.addAll(new RegisterRuleParser(findings, warnings).parse(n, indicator));
            }
        }
        return indicator;
    }

    private Derivation derivation(Entry n) {
        String text = n.text("turunan");
        if (text == null) {
            return null;
        }
        try {
            return Derivation.parse(text);
        } catch (IllegalArgumentException e) {
            findings.add(n.where("turunan") + ": rumus turunan \"" + text + "\" tidak dapat dibaca: " + e.getMessage()
                    + ". Contoh yang benar: \"{KODE-A} + {KODE-B}\" atau \"{KODE-A} / {KODE-B} * 100\".");
            return null;
        }
    }

    private Part part(Entry n) {
        if (n == null) {
            return null;
        }
        return new Part(n.required("nama", "nama bagian rasio"),
                n.choice("akumulasi", Accumulation.class, Accumulation.JUMLAH));
    }

    private void remember(Map<String, Entry> entries, String code, Entry n, String what) {
        if (code == null) {
            return;
        }
        Entry earlier = entries.putIfAbsent(code, n);
        if (earlier != null) {
            findings.add(n.where() + ": kode " + what + " \"" + code + "\" sudah dipakai di " + earlier.place()
                    + ". Beri kode lain; kode harus unik.");
        }
    }
}
