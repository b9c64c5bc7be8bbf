package id.go.banggaikab.rekap.catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cross-checks the references of the catalogue: every code named exists, trees have no cycles, ratios are whole. */
final class CatalogueValidator {

    private final String file;
    private final Map<String, Entry> unitEntries;
    private final Map<String, Entry> positionEntries;
    private final Map<String, Entry> indicatorEntries;
    private final List<String> findings;

    CatalogueValidator(String file, Map<String, Entry> unitEntries, Map<String, Entry> positionEntries,
            Map<String, Entry> indicatorEntries, List<String> findings) {
        this.file = file;
        this.unitEntries = unitEntries;
        this.positionEntries = positionEntries;
        this.indicatorEntries = indicatorEntries;
        this.findings = findings;
    }

    void validate(List<Unit> units, List<Position> positions, List<Indicator> indicators) {
        Map<String, String> unitParents = new HashMap<>();
        long roots = 0;
        for (Unit u : units) {
            if (u.parentCode() == null) {
                roots++;
            } else if (!unitEntries.containsKey(u.parentCode())) {
                add(unitEntries, u.code(), "induk unit \"" + u.parentCode() + "\" tidak ada di daftar unit. "
                        + "Tulis kode unit yang ada, mis. DINAS atau BID-PUM.");
            }
            unitParents.put(u.code(), u.parentCode());
        }
        if (!units.isEmpty() && roots != 1) {
            findings.add(file + ": harus ada tepat satu unit tanpa induk (dinas), ditemukan " + roots + ".");
        }
        cycles(unitParents, unitEntries, "unit");
        for (Position p : positions) {
            if (p.unitCode() != null && !unitEntries.containsKey(p.unitCode())) {
                add(positionEntries, p.code(), "unit \"" + p.unitCode() + "\" tidak ada di daftar unit.");
            }
        }
        Map<String, String> indicatorParents = new HashMap<>();
        for (Indicator i : indicators) {
            indicator(i);
            indicatorParents.put(i.code(), i.parentCode());
        }
        cycles(indicatorParents, indicatorEntries, "indikator");
        derivationCycles(indicators);
    }

    private void derivationCycles(List<Indicator> indicators) {
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.forEach(i -> byCode.put(i.code(), i));
        for (Indicator i : indicators) {
            if (i.isDerived() && reaches(i.code(), i, byCode, new HashSet<>())) {
                add(indicatorEntries, i.code(), "rumus turunan memakai dirinya sendiri (langsung atau lewat indikator"
                        + " turunan lain). Ubah rumusnya.");
            }
        }
    }

    private static boolean reaches(String target, Indicator from, Map<String, Indicator> byCode, Set<String> seen) {
        if (from == null || !from.isDerived() || !seen.add(from.code())) {
            return false;
        }
        for (String ref : from.derivation().references()) {
            if (ref.equals(target) || reaches(target, byCode.get(ref), byCode, seen)) {
                return true;
            }
        }
        return false;
    }

    private void indicator(Indicator i) {
        if (i.positionCode() != null && !positionEntries.containsKey(i.positionCode())) {
            add(indicatorEntries, i.code(), "jabatan \"" + i.positionCode() + "\" tidak ada di daftar jabatan.");
        }
        if (i.parentCode() != null && !indicatorEntries.containsKey(i.parentCode())) {
            add(indicatorEntries, i.code(), "induk \"" + i.parentCode() + "\" bukan kode indikator yang ada. "
                    + "Hapus baris induk atau tulis kode indikator atasan.");
        }
        if (i.isDerived()) {
            for (String ref : i.derivation().references()) {
                if (!indicatorEntries.containsKey(ref)) {
                    add(indicatorEntries, i.code(), "rumus turunan memakai \"" + ref + "\" yang bukan kode indikator.");
                }
            }
            if (i.kind().isRatio() || i.kind() == IndicatorKind.PREDIKAT) {
                add(indicatorEntries, i.code(), "indikator turunan harus berjenis jumlah atau nilai; rasio ditulis"
                        + " sebagai rumus, mis. \"{A} / {B} * 100\" dengan jenis: nilai.");
            }
        }
        for (String reporter : i.reporters()) {
            if (!unitEntries.containsKey(reporter)) {
                add(indicatorEntries, i.code(), "pelapor \"" + reporter + "\" tidak ada di daftar unit.");
            }
        }
        if (i.kind().isRatio()) {
            if (i.denominator() == null) {
                add(indicatorEntries, i.code(), "indikator rasio tanpa \"penyebut:\". Tambahkan "
                        + "penyebut: {nama: ..., akumulasi: jumlah|terakhir} atau ubah jenisnya.");
            }
            if (i.numerator() == null) {
                add(indicatorEntries, i.code(), "indikator rasio tanpa \"pembilang:\". Tambahkan "
                        + "pembilang: {nama: ..., akumulasi: jumlah|terakhir}.");
            }
        }
    }

    private void cycles(Map<String, String> parents, Map<String, Entry> entries, String what) {
        Set<String> reported = new HashSet<>();
        for (String start : parents.keySet()) {
            Set<String> seen = new HashSet<>();
            for (String c = start; c != null; c = parents.get(c)) {
                if (!seen.add(c)) {
                    if (reported.add(c)) {
                        add(entries, c, "induk " + what + " membentuk lingkaran (" + String.join(" → ", seen)
                                + "). Putuskan dengan mengubah salah satu induk.");
                    }
                    break;
                }
            }
        }
    }

    private void add(Map<String, Entry> entries, String code, String message) {
        Entry entry = entries.get(code);
        findings.add((entry == null ? file : entry.where()) + " (" + code + "): " + message);
    }
}
