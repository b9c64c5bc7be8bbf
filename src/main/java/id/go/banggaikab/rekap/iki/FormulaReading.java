package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Accumulation;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Part;
import id.go.banggaikab.rekap.shared.TextKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an indicator's formula and name say about how it is measured, each guess with its reason in words for the
 * staff to confirm: a ratio from "A / B x 100%" (or "A x 100 / B") with A and B as its parts, a growth ratio when B is
 * A of the year before, a grade from "Predikat", a plain percentage, else a count; the satuan; how each part adds up
 * over the year (a stock such as "binaan", "aktif", "yang ada" or last year's figure takes the latest quarter).
 */
final class FormulaReading {

    /** The guess and why. */
    record Reading(IndicatorKind kind, String satuan, Accumulation accumulation, Part numerator, Part denominator,
            boolean max100, List<String> reasons) {
    }

    private static final Pattern TIMES_100 = Pattern.compile("\\s*x\\s*100\\s*%?\\s*$");
    private static final Pattern HUNDRED_OVER = Pattern.compile("^(.*?)\\s*x\\s*100\\s*%?\\s*/\\s*(.*)$");
    private static final Pattern THIS_YEAR = Pattern.compile("\\b(tahun|thn|th) n\\b(?! 1)");
    private static final Pattern LAST_YEAR = Pattern.compile("\\bn 1\\b|\\btahun lalu\\b|\\bsebelumnya\\b");
    private static final Pattern STOCK = Pattern.compile("\\b(binaan|aktif|terdaftar|yang ada|seluruh|keseluruhan|"
            + "memiliki|n 1|tahun lalu|sebelumnya)\\b");
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("dokumen", "Dokumen"),
            Map.entry("laporan", "Laporan"), Map.entry("peserta", "Orang"), Map.entry("orang", "Orang"),
            Map.entry("pns", "Orang"), Map.entry("asn", "Orang"), Map.entry("pegawai", "Orang"),
            Map.entry("koperasi", "Koperasi"), Map.entry("usaha mikro", "Usaha Mikro"),
            Map.entry("umkm", "Usaha Mikro"),
            Map.entry("kegiatan", "Kegiatan"), Map.entry("bahan", "Dokumen"), Map.entry("pengajuan", "Dokumen"),
            Map.entry("kemitraan", "Kemitraan"), Map.entry("paket", "Paket"), Map.entry("kali", "Kali"));

    private FormulaReading() {
    }

    /** Reads an indicator; {@code shiftedUnit} is the word a shifted row has in its formula column (K1), or null. */
    static Reading of(String name, String formula, String shiftedUnit) {
        List<String> reasons = new ArrayList<>();
        String plain = FormulaText.plain(formula);
        String nameKey = TextKey.key(name);
        if (shiftedUnit != null) {
            return shifted(shiftedUnit, reasons);
        }
        String arithmetic = FormulaArithmetic.canonical(formula);
        String[] parts = parts(arithmetic);
        if (parts != null) {
            return ratio(name, plain, arithmetic.contains("100"), parts, reasons);
        }
        String formulaKey = TextKey.key(plain);
        boolean grades = formulaKey.matches(".*\\b(aa|bb|cc)\\b.*");
        if (formulaKey.startsWith("predikat") || nameKey.startsWith("nilai") && grades) {
            reasons.add("jenis predikat: formula \"" + plain + "\" menyebut predikat");
            return new Reading(IndicatorKind.PREDIKAT, "Predikat", Accumulation.TERAKHIR, null, null, false, reasons);
        }
        if (nameKey.startsWith("persentase") || nameKey.startsWith("prosentase") || nameKey.startsWith("indeks")
                || nameKey.startsWith("rata rata")) {
            reasons.add("jenis nilai (dilaporkan langsung, nilai triwulan terakhir): nama \"" + name
                    + "\" tetapi formula tanpa pembagian");
            return new Reading(IndicatorKind.NILAI, nameKey.startsWith("indeks") ? "Indeks" : "%",
                    Accumulation.TERAKHIR, null, null, false, reasons);
        }
        String satuan = satuan(name);
        reasons.add("jenis jumlah: formula tanpa pembagian; dijumlah antar triwulan (akumulasi jumlah)");
        reasons.add("satuan \"" + satuan + "\" dari teks indikator");
        return new Reading(IndicatorKind.JUMLAH, satuan, Accumulation.JUMLAH, null, null, false, reasons);
    }

    /** The reading with the satuan a Satuan column of the document gives, which is then no guess. */
    static Reading withSatuan(Reading r, String documentSatuan) {
        if (documentSatuan == null || documentSatuan.isBlank()) {
            return r;
        }
        String satuan = TextKey.key(documentSatuan).equals("persen") ? "%" : documentSatuan.strip();
        List<String> reasons = new ArrayList<>(r.reasons().stream().filter(s -> !s.startsWith("satuan ")).toList());
        reasons.add("satuan \"" + satuan + "\" dari kolom Satuan dokumen");
        return new Reading(r.kind(), satuan, r.accumulation(), r.numerator(), r.denominator(), r.max100(), reasons);
    }

    private static Reading shifted(String unitWord, List<String> reasons) {
        String k = TextKey.key(unitWord);
        if (k.startsWith("predikat")) {
            reasons.add("jenis predikat: kolom formula hanya berisi \"" + unitWord + "\" (kolom bergeser)");
            return new Reading(IndicatorKind.PREDIKAT, "Predikat", Accumulation.TERAKHIR, null, null, false, reasons);
        }
        if (k.startsWith("persen") || unitWord.strip().equals("%")) {
            reasons.add("jenis nilai dengan satuan %: kolom formula hanya berisi \"" + unitWord + "\" (kolom"
                    + " bergeser)");
            return new Reading(IndicatorKind.NILAI, "%", Accumulation.TERAKHIR, null, null, false, reasons);
        }
        String satuan = capitalised(unitWord.strip());
        reasons.add("jenis jumlah dengan satuan \"" + satuan + "\": kolom formula hanya berisi satuan (kolom"
                + " bergeser)");
        return new Reading(IndicatorKind.JUMLAH, satuan, Accumulation.JUMLAH, null, null, false, reasons);
    }

    private static Reading ratio(String name, String plain, boolean hundred, String[] parts, List<String> reasons) {
        String num = part(parts[0]);
        String den = part(parts[1]);
        if (num.contains("/") || den.contains("/")) {
            reasons.add("jenis nilai (dilaporkan langsung, nilai triwulan terakhir): formula \"" + plain + "\" membagi"
                    + " dua rasio, bukan dua jumlah; bila perlu, pecah menjadi indikator rasio tersendiri");
            return new Reading(IndicatorKind.NILAI, hundred ? "%" : "Rasio", Accumulation.TERAKHIR, null, null, false,
                    reasons);
        }
        String numKey = TextKey.key(num);
        String denKey = TextKey.key(den);
        boolean growth = THIS_YEAR.matcher(numKey).find() && LAST_YEAR.matcher(denKey).find()
                && years(numKey).equals(years(denKey));
        IndicatorKind kind = growth ? IndicatorKind.RASIO_PERTUMBUHAN : IndicatorKind.RASIO;
        reasons.add("jenis " + (growth ? "rasio pertumbuhan: pembilang dan penyebut besaran yang sama, tahun N dan"
                + " N-1" : "rasio") + ": formula \"" + plain + "\"; pembilang \"" + num + "\", penyebut \"" + den
                + "\"");
        Accumulation numAcc = STOCK.matcher(numKey).find() ? Accumulation.TERAKHIR : Accumulation.JUMLAH;
        boolean denStock = growth || STOCK.matcher(denKey).find() || numKey.startsWith(denKey + " ");
        Accumulation denAcc = denStock ? Accumulation.TERAKHIR : Accumulation.JUMLAH;
        reasons.add("akumulasi pembilang " + word(numAcc) + ", penyebut " + word(denAcc) + (denStock
                ? " (penyebut adalah stok: nilai triwulan terakhir)"
                : " (keduanya kejadian dalam triwulan, dijumlah)"));
        String nameKey = TextKey.key(name);
        boolean max100 = !growth && (nameKey.startsWith("persentase") || nameKey.startsWith("prosentase"));
        if (max100) {
            reasons.add("maks 100%: pembilang bagian dari penyebut");
        }
        return new Reading(kind, hundred || nameKey.startsWith("persentase") ? "%" : "Rasio", Accumulation.JUMLAH,
                new Part(num, numAcc), new Part(den, denAcc), max100, reasons);
    }

    /** Numerator and denominator of "A / B x 100%" or "A x 100 / B", or null when the formula divides nothing. */
    static String[] parts(String plain) {
        Matcher over = HUNDRED_OVER.matcher(plain);
        if (over.matches() && !over.group(1).isBlank() && !over.group(2).isBlank()) {
            return new String[] {over.group(1), over.group(2)};
        }
        String body = TIMES_100.matcher(plain).replaceFirst("");
        int depth = 0;
        int slash = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '/' && depth == 0) {
                slash = i;
            }
        }
        if (slash <= 0 || slash >= body.length() - 1) {
            return null;
        }
        String a = body.substring(0, slash).strip();
        String b = body.substring(slash + 1).strip();
        return TextKey.key(a).isEmpty() || TextKey.key(b).isEmpty() ? null : new String[] {a, b};
    }

    /** A part's name: its sum sign and outer brackets taken off. */
    private static String part(String text) {
        String t = text.strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return capitalised(t.replaceFirst("^Σ\\s*", "").strip());
    }

    private static String years(String key) {
        return key.replaceAll("\\b(tahun|thn|th)\\b", " ").replaceAll("\\bn 1\\b|\\bn\\b|\\blalu\\b|\\bsebelumnya\\b",
                " ").replaceAll("\\s+", " ").strip();
    }

    /** The satuan a count's name suggests: a known word, else its first word after "Jumlah" as written. */
    private static String satuan(String name) {
        String rest = TextKey.key(name).replaceFirst("^(jumlah|σ|∑)\\s+", "");
        for (Map.Entry<String, String> e : UNITS.entrySet()) {
            if (rest.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        for (Map.Entry<String, String> e : UNITS.entrySet()) {
            if (rest.matches(".*\\b" + e.getKey() + "\\b.*")) {
                return e.getValue();
            }
        }
        String[] words = TextKey.clean(name).replaceFirst("(?i)^(jumlah|jml|σ|∑)\\s+", "").split("\\s+");
        String first = words.length == 0 || words[0].isEmpty() ? "Unit" : words[0].replaceAll("[^\\p{L}\\p{N}]", "");
        return first.isEmpty() ? "Unit" : first.equals(first.toUpperCase(Locale.ROOT)) && first.length() <= 5 ? first
                : capitalised(first.toLowerCase(Locale.ROOT)); // an acronym (SPJ, SPM) as written
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static String word(Accumulation a) {
        return a.name().toLowerCase(Locale.ROOT);
    }
}
