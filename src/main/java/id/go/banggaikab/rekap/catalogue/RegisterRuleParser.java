package id.go.banggaikab.rekap.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an indicator's {@code register:} block and checks it against the indicator, every finding with its line and
 * the fix: a part the indicator has not (a pembilang of a count), a register kind or a test that does not exist, a
 * date test on a column that holds no dates, or a count that would add up wrongly over the year (rows registered by
 * the quarter's end summed quarter after quarter). A column the register kind does not list is allowed (offices keep
 * their own columns) and only noted, in case its header is mistyped.
 */
final class RegisterRuleParser {

    private static final List<String> TEST_KEYS = List.of("sama_dengan", "bukan", "terisi", "dalam_tahun_terakhir",
            "tanggal");
    private static final String TESTS = String.join(", ", TEST_KEYS);

    private final List<String> findings;
    private final List<String> notes;

    RegisterRuleParser(List<String> findings, List<String> notes) {
        this.findings = findings;
        this.notes = notes;
    }

    /** The rules under {@code register:} of an indicator's entry {@code entry}. */
    List<RegisterRule> parse(Entry entry, Indicator indicator) {
        List<RegisterRule> out = new ArrayList<>();
        Entry block = entry.child("register");
        if (block == null || indicator.code() == null) {
            return out;
        }
        for (String key : block.keys()) {
            Optional<RegisterRule.Slot> slot = slot(key);
            Entry part = block.child(key);
            if (slot.isEmpty()) {
                findings.add(block.where(key) + " (" + indicator.code() + "): \"register:\" berisi \"" + key
                        + "\"; yang dapat dihitung: pembilang, penyebut (indikator rasio) atau nilai (indikator"
                        + " jumlah atau nilai).");
                continue;
            }
            if (part == null) {
                findings.add(block.where(key) + " (" + indicator.code() + "): \"" + key + ":\" harus berisi "
                        + "\"dari:\" dan bila perlu \"syarat:\", mis. {dari: koperasi, syarat: [{kolom: Status,"
                        + " sama_dengan: Aktif}]}.");
                continue;
            }
            RegisterRule rule = rule(part, indicator, slot.get());
            if (rule != null) {
                out.add(rule);
            }
        }
        whole(entry.where("register"), block, indicator, out);
        return out;
    }

    private RegisterRule rule(Entry n, Indicator indicator, RegisterRule.Slot slot) {
        String code = indicator.code();
        boolean ok = fits(n, indicator, slot);
        String from = n.text("dari");
        Optional<RegisterKind> kind = from == null ? Optional.empty() : RegisterKind.named(from);
        if (kind.isEmpty()) {
            findings.add(n.where("dari") + " (" + code + "): \"dari:\" " + (from == null ? "belum diisi"
                    : "bernilai \"" + from + "\"") + "; pilih salah satu: koperasi, usaha_mikro.");
            return null;
        }
        List<RegisterRule.Condition> conditions = new ArrayList<>();
        for (Entry c : n.list("syarat")) {
            RegisterRule.Condition condition = condition(c, indicator, slot, kind.get());
            ok &= condition != null;
            if (condition != null) {
                conditions.add(condition);
            }
        }
        String sum = n.text("jumlahkan");
        if (sum != null) {
            Optional<RegisterColumn> column = known(n, "jumlahkan", sum, kind.get(), code);
            if (column.isPresent() && column.get().type() != RegisterColumn.Type.NUMBER) {
                findings.add(n.where("jumlahkan") + " (" + code + "): kolom \"" + sum + "\" tidak berisi angka;"
                        + " \"jumlahkan:\" hanya untuk kolom angka seperti Volume Usaha, SHU atau Anggota.");
                ok = false;
            }
        }
        String year = n.text("tahun");
        boolean lastYear = false;
        if (year != null) {
            lastYear = year.equalsIgnoreCase("lalu");
            if (!lastYear && !year.equalsIgnoreCase("ini")) {
                findings.add(n.where("tahun") + " (" + code + "): \"tahun:\" bernilai \"" + year + "\"; pilih ini"
                        + " (bawaan) atau lalu.");
                ok = false;
            }
        }
        if (lastYear && sum == null) {
            findings.add(n.where("tahun") + " (" + code + "): \"tahun: lalu\" hanya untuk \"jumlahkan:\" (angka"
                    + " tahun lalu, mis. volume usaha tahun N-1); baris register tahun lalu tidak dihitung ulang.");
            ok = false;
        }
        if (ok && accumulatesWrongly(indicator, slot, conditions, sum, n, code)) {
            ok = false;
        }
        return ok ? new RegisterRule(code, slot, kind.get(), conditions, sum == null ? null
                : kind.get().column(sum).map(RegisterColumn::header).orElse(sum), lastYear, n.line()) : null;
    }

    /** Whether the slot exists on the indicator; a finding when not. */
    private boolean fits(Entry n, Indicator indicator, RegisterRule.Slot slot) {
        String code = indicator.code();
        if (indicator.isDerived()) {
            findings.add(n.where() + " (" + code + "): indikator turunan dihitung dari indikator lain, tidak dari"
                    + " register. Hapus \"register:\" atau \"turunan:\".");
            return false;
        }
        boolean ratio = indicator.kind().isRatio();
        if (indicator.kind() == IndicatorKind.PREDIKAT || ratio == (slot == RegisterRule.Slot.NILAI)) {
            findings.add(n.where() + " (" + code + "): indikator berjenis " + indicator.kind().name()
                    .toLowerCase(java.util.Locale.ROOT) + " tidak punya " + slot.word() + " untuk dihitung; "
                    + (indicator.kind() == IndicatorKind.PREDIKAT ? "predikat tidak dihitung dari register."
                            : ratio ? "tulis pembilang: dan penyebut:." : "tulis nilai:."));
            return false;
        }
        return true;
    }

    private RegisterRule.Condition condition(Entry c, Indicator indicator, RegisterRule.Slot slot,
            RegisterKind kind) {
        String code = indicator.code();
        String column = c.text("kolom");
        if (column == null) {
            findings.add(c.where() + " (" + code + "): syarat tanpa \"kolom:\"; tulis mis. {kolom: Status,"
                    + " sama_dengan: Aktif}.");
            return null;
        }
        List<String> tests = new ArrayList<>();
        for (String t : TEST_KEYS) {
            if (c.has(t)) {
                tests.add(t);
            }
        }
        for (String key : c.keys()) {
            if (!key.equals("kolom") && !key.equals("bila_kolom_ada") && !TEST_KEYS.contains(key)) {
                findings.add(c.where(key) + " (" + code + "): syarat berisi \"" + key + "\" yang tidak dikenal;"
                        + " pilih salah satu: " + TESTS + ".");
                return null;
            }
        }
        if (tests.size() != 1) {
            findings.add(c.where() + " (" + code + "): syarat pada kolom \"" + column + "\" harus berisi tepat satu"
                    + " dari: " + TESTS + " (ditemukan " + tests.size() + ").");
            return null;
        }
        Optional<RegisterColumn> known = known(c, "kolom", column, kind, code);
        String header = known.map(RegisterColumn::header).orElse(column);
        boolean ifPresent = c.flag("bila_kolom_ada", false);
        String test = tests.get(0);
        return switch (test) {
            case "sama_dengan", "bukan" -> {
                List<String> values = c.texts(test);
                if (values.isEmpty()) {
                    findings.add(c.where(test) + " (" + code + "): \"" + test + ":\" belum diisi; tulis nilainya,"
                            + " mis. Aktif atau [Mikro, Kecil].");
                    yield null;
                }
                yield new RegisterRule.Condition(header, test.equals("bukan") ? RegisterRule.Test.BUKAN
                        : RegisterRule.Test.SAMA_DENGAN, values, 0, null, ifPresent);
            }
            case "terisi" -> new RegisterRule.Condition(header, c.flag("terisi", true) ? RegisterRule.Test.TERISI
                    : RegisterRule.Test.KOSONG, List.of(), 0, null, ifPresent);
            case "dalam_tahun_terakhir" -> {
                double years = c.number("dalam_tahun_terakhir", -1);
                if (years < 1 || years != Math.rint(years) || years > 50) {
                    findings.add(c.where(test) + " (" + code + "): \"dalam_tahun_terakhir:\" harus bilangan bulat"
                            + " 1 sampai 50, mis. 3 (tahun rekap dan dua tahun sebelumnya).");
                    yield null;
                }
                if (!datesOrUnknown(known, c, test, code, column)) {
                    yield null;
                }
                yield new RegisterRule.Condition(header, RegisterRule.Test.DALAM_TAHUN_TERAKHIR, List.of(),
                        (int) years, null, ifPresent);
            }
            default -> {
                String w = c.text("tanggal");
                Optional<RegisterRule.Window> window = window(w);
                if (window.isEmpty()) {
                    findings.add(c.where(test) + " (" + code + "): \"tanggal:\" bernilai \"" + w + "\"; pilih"
                            + " salah satu: dalam_triwulan, dalam_tahun, sampai_akhir_triwulan.");
                    yield null;
                }
                if (!datesOrUnknown(known, c, test, code, column)) {
                    yield null;
                }
                yield new RegisterRule.Condition(header, RegisterRule.Test.TANGGAL, List.of(), 0, window.get(),
                        ifPresent);
            }
        };
    }

    /** A date test needs a column of dates: a known date column, or an own column whose header says Tanggal. */
    private boolean datesOrUnknown(Optional<RegisterColumn> known, Entry c, String test, String code,
            String column) {
        boolean dates = known.map(RegisterColumn::holdsDates).orElseGet(() -> RegisterKind.key(column)
                .matches("(tanggal|tgl|tahun|bulan)\\b.*"));
        if (!dates) {
            findings.add(c.where(test) + " (" + code + "): kolom \"" + column + "\" tidak berisi tanggal;"
                    + " \"" + test + ":\" hanya untuk kolom tanggal atau tahun (mis. Tanggal Pelatihan, Tahun RAT"
                    + " Terakhir).");
        }
        return dates;
    }

    /**
     * A count whose rows repeat from quarter to quarter (registered by the quarter's end, or since 1 January) must
     * not be added up over the year, and a count per quarter must not be taken as a stock; the accumulation the
     * catalogue gives the part decides.
     */
    private boolean accumulatesWrongly(Indicator indicator, RegisterRule.Slot slot,
            List<RegisterRule.Condition> conditions, String sum, Entry n, String code) {
        Accumulation acc = accumulation(indicator, slot);
        for (RegisterRule.Condition c : conditions) {
            if (c.test() == RegisterRule.Test.TANGGAL && c.window() != RegisterRule.Window.DALAM_TRIWULAN
                    && acc == Accumulation.JUMLAH) {
                findings.add(n.where() + " (" + code + "): " + slot.word() + " berakumulasi \"jumlah\" (dijumlah"
                        + " antar triwulan), tetapi syarat \"" + c.describe() + "\" menghitung baris yang sama lagi"
                        + " tiap triwulan. Pakai \"tanggal: dalam_triwulan\", atau ubah akumulasinya menjadi"
                        + " terakhir.");
                return true;
            }
        }
        if (sum == null && !conditions.stream().anyMatch(c -> c.test() == RegisterRule.Test.TANGGAL)
                && acc == Accumulation.JUMLAH) {
            findings.add(n.where() + " (" + code + "): " + slot.word() + " berakumulasi \"jumlah\" (dijumlah antar"
                    + " triwulan), tetapi hitungan tanpa syarat tanggal adalah keadaan register saat ini (stok)."
                    + " Tambahkan syarat {kolom: Tanggal …, tanggal: dalam_triwulan} atau ubah akumulasinya"
                    + " menjadi terakhir.");
            return true;
        }
        return false;
    }

    private static Accumulation accumulation(Indicator indicator, RegisterRule.Slot slot) {
        return switch (slot) {
            case PEMBILANG -> indicator.numerator() == null ? null : indicator.numerator().accumulation();
            case PENYEBUT -> indicator.denominator() == null ? null : indicator.denominator().accumulation();
            case NILAI -> indicator.accumulation() != null ? indicator.accumulation()
                    : indicator.kind() == IndicatorKind.JUMLAH ? Accumulation.JUMLAH : Accumulation.TERAKHIR;
        };
    }

    /**
     * A ratio is counted whole or not at all: a form gives both parts or is refused, so a ratio whose pembilang is
     * counted and whose penyebut is typed could not be sent. A growth ratio may count its penyebut (last year's
     * figure) alone, since its form may leave the penyebut empty.
     */
    private void whole(String where, Entry block, Indicator indicator, List<RegisterRule> rules) {
        if (!indicator.kind().isRatio() || rules.isEmpty()) {
            return;
        }
        boolean num = rules.stream().anyMatch(r -> r.slot() == RegisterRule.Slot.PEMBILANG);
        boolean den = rules.stream().anyMatch(r -> r.slot() == RegisterRule.Slot.PENYEBUT);
        boolean growth = indicator.kind() == IndicatorKind.RASIO_PERTUMBUHAN;
        if (num && !den || den && !num && !growth) {
            findings.add(where + " (" + indicator.code() + "): rasio dihitung dari register harus menghitung"
                    + " pembilang dan penyebut sekaligus; formulir tidak dapat mengirim satu bagian saja."
                    + " Tambahkan " + (num ? "penyebut:" : "pembilang:") + " di bawah \"register:\".");
        }
        if (growth) {
            rules.stream().filter(r -> r.slot() == RegisterRule.Slot.PENYEBUT && !r.lastYear()).findFirst()
                    .ifPresent(r -> findings.add(block.where("penyebut") + " (" + indicator.code() + "): penyebut"
                            + " rasio pertumbuhan adalah angka tahun N-1; tulis \"tahun: lalu\"."));
        }
    }

    private Optional<RegisterColumn> known(Entry n, String key, String column, RegisterKind kind, String code) {
        Optional<RegisterColumn> c = kind.column(column);
        if (c.isEmpty()) {
            notes.add(n.where(key) + " (" + code + "): kolom \"" + column + "\" bukan kolom baku " + kind.label()
                    + " (" + String.join(", ", kind.columns().stream().map(RegisterColumn::header).toList())
                    + "); pastikan judul kolom di register persis sama.");
        }
        return c;
    }

    private static Optional<RegisterRule.Slot> slot(String key) {
        for (RegisterRule.Slot s : RegisterRule.Slot.values()) {
            if (s.word().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Optional<RegisterRule.Window> window(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (RegisterRule.Window w : RegisterRule.Window.values()) {
            if (w.name().equalsIgnoreCase(text.strip().replace(' ', '_'))) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }
}
