package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Holder;
import id.go.banggaikab.rekap.shared.TextKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IKI document's own defects, as the catalogue's K-decisions found them in the seed: a task text copied from
 * another position, a row whose columns slid (a satuan in the formula column, a target in the SUMBER DATA column), a
 * title that repeats itself or differs from its signature, items lettered out of turn, a NIP that breaks the 18-digit
 * rule, one holder on two positions, a name that says a count over a formula that divides. Each is named with where
 * it stands and never corrected here: the proposal keeps what the document says and the staff decide.
 */
final class DocumentFindings {

    /**
     * A defect: the position (its number in the document), the row of its table (-1: the position), where and what;
     * once the proposal is built, the code of the entry it concerns and the decision the catalogue already holds on it.
     */
    record Finding(int position, int row, String where, String text, Topic topic, String code, String decision) {

        Finding concerning(String entryCode, String existingDecision) {
            return new Finding(position, row, where, text, topic, entryCode, existingDecision);
        }

        /** Whether the catalogue's decision on the entry speaks of this kind of defect. */
        boolean decided() {
            String d = decision == null ? "" : decision.toLowerCase(java.util.Locale.ROOT);
            return topic.words.stream().anyMatch(d::contains);
        }
    }

    /** Kinds of defect, with the words a decision about one uses. */
    enum Topic {
        NIP("nip"), SALINAN("salinan", "tugas"), BERGESER("bergeser"), JUDUL("mengulang", "terulang", "judul"),
        TANDA_TANGAN("tanda tangan", "judul", "alias"), BUTIR("butir", "huruf"), FORMULA("formula"),
        SUMBER("sumber data"), SASARAN("sasaran"), LAIN();

        private final List<String> words;

        Topic(String... words) {
            this.words = List.of(words);
        }
    }

    private static final Set<String> UNIT_WORDS = Set.of("predikat", "persentase", "persen", "jumlah", "nilai",
            "indeks", "dokumen", "laporan", "orang", "koperasi", "angka", "rupiah", "rp", "kegiatan");
    private static final Pattern TARGET = Pattern.compile("(?i)^(aa|a|bb|b|cc|c|d|\\d+(?:[.,]\\d+)?\\s*%?)$");
    private static final Pattern MARK = Pattern.compile("^([a-zA-Z]|\\d{1,2})\\s*[.)]");

    private final Similarity similarity;
    private final List<Finding> out = new ArrayList<>();

    DocumentFindings(Similarity similarity) {
        this.similarity = similarity;
    }

    /** The word in the formula column of a row whose columns slid (K1), or null when the row is as it should be. */
    static String shiftedUnit(DocRow row) {
        String formula = row.formula() == null ? "" : row.formula().strip();
        String k = TextKey.key(formula);
        boolean unitOnly = UNIT_WORDS.contains(k) || formula.equals("%");
        boolean target = row.source() != null && TARGET.matcher(row.source().strip()).matches();
        return unitOnly && (target || row.source() == null || row.source().isBlank()) ? formula : null;
    }

    List<Finding> of(IkiDocument document) {
        Map<String, DocPosition> nips = new HashMap<>();
        for (DocPosition p : document.positions()) {
            position(p, document.positions());
            if (p.nip() != null) {
                String digits = p.nip().replaceAll("\\D", "");
                DocPosition earlier = nips.putIfAbsent(digits, p);
                if (earlier != null) {
                    add(p, -1, Topic.NIP,
                            "NIP " + p.nip() + " juga tertulis pada " + earlier.where() + ": satu orang pada dua"
                            + " jabatan (rangkap atau salah salin?)");
                }
            }
            for (int r = 0; r < p.rows().size(); r++) {
                row(p, r, p.rows().get(r));
            }
        }
        return out;
    }

    private void position(DocPosition p, List<DocPosition> all) {
        if (p.title().equals("(tanpa judul)")) {
            add(p, -1, Topic.LAIN, "JABATAN tanpa judul");
        }
        repeated(p);
        if (p.signatureTitle() != null && !sameTitle(p.title(), p.signatureTitle())) {
            add(p, -1, Topic.TANDA_TANGAN,
                    "judul pada tanda tangan (\"" + p.signatureTitle() + "\") berbeda dengan JABATAN (\"" + p.title()
                    + "\")");
        }
        if (p.nip() == null) {
            add(p, -1, Topic.NIP,
                    "NIP pemegang tidak ditemukan di blok tanda tangan" + (p.holderName() == null ? "; nama juga"
                    + " tidak" : ""));
        } else {
            new Holder(p.holderName(), p.nip()).nipProblem().ifPresent(why -> add(p, -1, Topic.NIP, "NIP " + p.nip()
                    + " menyalahi aturan 18 digit: " + why + ". Ditulis apa adanya"));
        }
        lettering(p, "TUGAS", p.tugas());
        lettering(p, "FUNGSI", p.fungsi());
        String tugas = TextKey.key(String.join(" ", p.tugas().stream().map(t -> MARK.matcher(t).replaceFirst(""))
                .toList()));
        for (DocPosition q : all) {
            if (q == p) {
                break;
            }
            String other = TextKey.key(String.join(" ", q.tugas().stream().map(t -> MARK.matcher(t).replaceFirst(""))
                    .toList()));
            if (tugas.length() >= 40 && tugas.equals(other) && !similarity.same(p.title(), q.title())) {
                add(p, -1, Topic.SALINAN,
                        "TUGAS sama dengan TUGAS " + q.where() + ": kemungkinan salinan. Teks disimpan apa adanya;"
                        + " tulis keputusannya di kolom Keputusan");
            }
        }
        if (p.rows().isEmpty()) {
            add(p, -1, Topic.LAIN, "tidak ada tabel indikator untuk jabatan ini");
        }
    }

    private void row(DocPosition p, int r, DocRow row) {
        String shifted = shiftedUnit(row);
        if (shifted != null) {
            add(p, r, Topic.BERGESER,
                    "kolom bergeser: kolom formula berisi \"" + shifted + "\" dan kolom SUMBER DATA \"" + row.source()
                    + "\"; dibaca sebagai satuan " + shifted + (row.source() == null || row.source().isBlank() ? ""
                            : " dan target " + row.source() + " (target diisi di target-<tahun>.xlsx, bukan di"
                                    + " katalog)") + ". SUMBER DATA indikator ini tidak ada di dokumen");
            return;
        }
        if (row.formula() == null || row.formula().isBlank()) {
            add(p, r, Topic.FORMULA, "PENJELASAN/FORMULASI PENGHITUNGAN kosong");
        }
        if (row.source() == null || row.source().isBlank()) {
            add(p, r, Topic.SUMBER, "SUMBER DATA kosong");
        }
        String nameKey = TextKey.key(row.indicator());
        boolean divides = FormulaReading.parts(FormulaArithmetic.canonical(row.formula())) != null;
        if (nameKey.startsWith("jumlah") && divides) {
            add(p, r, Topic.FORMULA,
                    "nama indikator menyebut jumlah (\"" + row.indicator() + "\") tetapi formulanya pembagian (\""
                    + FormulaText.plain(row.formula()) + "\"): jenis dibaca dari formula");
        }
        if (row.sasaran() == null || row.sasaran().isBlank()) {
            add(p, r, Topic.SASARAN, "SASARAN kosong");
        }
        for (int i = 0; i < r; i++) {
            if (similarity.same(p.rows().get(i).indicator(), row.indicator())) {
                add(p, r, Topic.LAIN, "indikator yang sama tertulis dua kali pada jabatan ini");
            }
        }
    }

    /** A run of words written twice in a row ("PEMERIKSAAN DAN, PEMERIKSAAN DAN"). */
    private void repeated(DocPosition p) {
        String[] w = TextKey.key(p.title()).split(" ");
        for (int len = 3; len >= 2; len--) {
            for (int i = 0; i + 2 * len <= w.length; i++) {
                boolean same = true;
                for (int j = 0; j < len && same; j++) {
                    same = w[i + j].equals(w[i + len + j]);
                }
                if (same) {
                    add(p, -1, Topic.JUDUL,
                            "JABATAN mengulang kata \"" + String.join(" ", java.util.Arrays.copyOfRange(w, i, i
                            + len)).toUpperCase(java.util.Locale.ROOT) + "\"");
                    return;
                }
            }
        }
    }

    private void lettering(DocPosition p, String part, List<String> items) {
        List<String> marks = new ArrayList<>();
        for (String item : items) {
            Matcher m = MARK.matcher(item);
            if (m.find()) {
                marks.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (marks.size() < 2 && (marks.isEmpty() || marks.get(0).equals("a") || marks.get(0).equals("1"))) {
            return;
        }
        List<String> expected = new ArrayList<>();
        boolean letters = Character.isLetter(marks.get(0).charAt(0));
        for (int i = 0; i < marks.size(); i++) {
            expected.add(letters ? String.valueOf((char) ('a' + i)) : Integer.toString(i + 1));
        }
        if (!marks.equals(expected)) {
            add(p, -1, Topic.BUTIR,
                    "butir " + part + " berhuruf " + String.join(", ", marks) + " (seharusnya " + String.join(", ",
                    expected) + "); ditulis apa adanya");
        }
    }

    private boolean sameTitle(String title, String signature) {
        String a = similarity.key(title).replaceAll("\\b(dan|serta)\\b", " ").replaceAll("\\s+", " ").strip();
        String b = similarity.key(signature).replaceAll("\\b(dan|serta)\\b", " ").replaceAll("\\s+", " ").strip();
        return a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " ");
    }

    private void add(DocPosition p, int row, Topic topic, String text) {
        String where = p.where() + (row < 0 ? "" : ", indikator \"" + p.rows().get(row).indicator() + "\"");
        out.add(new Finding(p.number(), row, where, text, topic, null, null));
    }
}
