package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Combine;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.catalogue.Polarity;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.catalogue.Upkeep;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document's indicators against the catalogue's, position by position. An indicator whose text is the same
 * (typography, abbreviations, a typo, a spelling the catalogue keeps as alias) keeps its code and what the catalogue
 * decided about it; one clearly reworded keeps its code too, the old text becoming an alias so old forms still match;
 * one only partly alike, or alike but measured otherwise, keeps its code and is listed for the staff to decide
 * (reworded or replaced?); one found under another position moves there with its code. The rest are new (a code in
 * the position's scheme, how they are measured guessed from the formula) or removed (kept, with the last year they
 * apply, so earlier years' recaps still show them).
 */
final class IndicatorProposal {

    static final double REWORDED = 0.75;

    private final ProposalDraft draft;
    private final Similarity words;
    private final Placement placement;
    private final Map<DocRow, String> codes = new IdentityHashMap<>();

    IndicatorProposal(ProposalDraft draft, Similarity words, Placement placement) {
        this.draft = draft;
        this.words = words;
        this.placement = placement;
    }

    /** The code each row of the document ends with. */
    Map<DocRow, String> codes() {
        return codes;
    }

    void run(List<DocPosition> positions, Map<Integer, String> positionCodes) {
        IndicatorMatching matching = new IndicatorMatching(words, this::active);
        matching.match(positions, positionCodes, draft.inForce);
        for (DocPosition p : positions) {
            String positionCode = positionCodes.get(p.number());
            for (DocRow row : p.rows()) {
                Indicator c = matching.matched().get(row);
                codes.put(row, c == null ? added(row, positionCode)
                        : updated(row, c, positionCode, matching.scores().get(row)));
            }
        }
        for (Indicator i : draft.inForce.indicators()) {
            if (active(i) && !matching.used().contains(i.code())) {
                retired(i);
            }
        }
    }

    private boolean active(Indicator i) {
        return i.upkeep().untilYear() == null || i.upkeep().untilYear() >= draft.year;
    }

    private String updated(DocRow row, Indicator c, String positionCode, double score) {
        String entry = "indikator:" + c.code();
        Position position = draft.positions.get(positionCode);
        String shifted = DocumentFindings.shiftedUnit(row);
        FormulaReading.Reading reading = FormulaReading.of(row.indicator(), row.formula(), shifted);
        String name = c.name();
        List<String> aliases = new ArrayList<>(c.aliases());
        if (score < 1.0) {
            boolean agrees = agree(reading.kind(), c.kind());
            name = row.indicator();
            if (!aliases.contains(c.name())) {
                aliases.add(c.name());
            }
            if (score >= REWORDED && agrees) {
                draft.change(Change.Kind.INDIKATOR_DIUBAH, c.code(), position.name(), c.name(), name, "Kode tetap "
                        + c.code() + " sehingga riwayatnya berlanjut; teks lama menjadi alias (formulir lama tetap"
                        + " cocok).");
            } else {
                String other = Naming.indicatorCode(positionCode, draft.taken());
                draft.change(Change.Kind.PERLU_DIPUTUSKAN, c.code(), position.name(), c.name(), name, "Mirip ("
                        + Math.round(score * 100) + "% kata sama" + (agrees ? "" : "; formula baru menunjukkan jenis "
                        + word(reading.kind()) + ", katalog " + word(c.kind())) + "). Usulan ini menganggapnya diubah"
                        + " (kode " + c.code() + " tetap). Bila ini indikator pengganti, beri kode baru (mis. " + other
                        + ") dan isi Berlaku Sampai " + (draft.year - 1) + " pada kode lama.");
                draft.note(entry, "diubah atau diganti? lihat lembar Perubahan");
                draft.guessed(entry, "nama");
            }
        } else if (aliases.stream().noneMatch(a -> words.key(a).equals(words.key(row.indicator())))
                && !words.key(c.name()).equals(words.key(row.indicator()))) {
            aliases.add(row.indicator()); // the document's own spelling, so forms written after it match too
        }
        if (!c.positionCode().equals(positionCode)) {
            draft.change(Change.Kind.INDIKATOR_PINDAH, c.code(), position.name(), draft.inForce.position(
                    c.positionCode()).map(Position::name).orElse(c.positionCode()), position.name(), "Kode tetap.");
        }
        String sasaran = c.sasaran();
        if (row.sasaran() != null && !row.sasaran().isBlank() && !words.same(row.sasaran(), c.sasaran())) {
            draft.change(Change.Kind.SASARAN, c.code(), position.name(), c.sasaran(), row.sasaran(), null);
            sasaran = row.sasaran();
        }
        Level level = c.level();
        if (row.level() != null && row.level() != c.level()) {
            draft.change(Change.Kind.TINGKAT, c.code(), position.name(), c.level().label(), row.level().label(), null);
            level = row.level();
        }
        IndicatorUpdate update = new IndicatorUpdate(draft, words, placement, row, c, position);
        draft.indicator(new Indicator(c.code(), positionCode, level, sasaran, update.wording(shifted, reading, name,
                aliases), update.measure(shifted), c.sources(), c.parentCode(), c.derivation(), c.upkeep()));
        return c.code();
    }

    private String added(DocRow row, String positionCode) {
        String code = Naming.indicatorCode(positionCode, draft.taken());
        String entry = "indikator:" + code;
        Position position = draft.positions.get(positionCode);
        String shifted = DocumentFindings.shiftedUnit(row);
        FormulaReading.Reading reading = FormulaReading.withSatuan(FormulaReading.of(row.indicator(), row.formula(),
                shifted), shifted == null ? row.satuan() : null);
        boolean satuanGiven = shifted == null && row.satuan() != null && !row.satuan().isBlank();
        Level level = row.level();
        if (level == null) {
            level = levelOf(position);
            draft.note(entry, "tingkat " + word(level) + " ditebak dari jabatannya (tabel tanpa judul SASARAN"
                    + " STRATEGIS/PROGRAM/KEGIATAN)");
            draft.guessed(entry, "tingkat");
        }
        Placement.Guess<List<String>> reporters = shifted != null ? new Placement.Guess<>(List.of(), null)
                : placement.reporters(row.source(), position.unitCode());
        String sasaran = row.sasaran() == null || row.sasaran().isBlank() ? "(kosong di dokumen)" : row.sasaran();
        Indicator i = new Indicator(code, positionCode, level, sasaran, new Indicator.Wording(row.indicator(),
                List.of(), shifted != null ? row.formula() : blankAsNull(FormulaText.plain(row.formula())),
                shifted != null ? null : blankAsNull(row.source())), new Indicator.Measure(reading.satuan(),
                reading.kind(), reading.accumulation(), reading.numerator(), reading.denominator(), reading.max100(),
                Polarity.NAIK), new Indicator.Sources(reporters.value(), Combine.SAMA), null, null,
                new Upkeep(draft.year, null, null));
        draft.indicator(i);
        draft.change(Change.Kind.INDIKATOR_BARU, code, position.name(), null, row.indicator(), "Kode baru " + code
                + ", berlaku mulai " + draft.year + "; jenis " + word(reading.kind()) + ", satuan " + reading.satuan()
                + (satuanGiven ? " (jenis tebakan, satuan dari dokumen; periksa di lembar Indikator)."
                        : " (tebakan, periksa di lembar Indikator)."));
        reading.reasons().forEach(r -> draft.note(entry, r));
        if (reporters.reason() != null) {
            draft.note(entry, reporters.reason());
        }
        draft.note(entry, "induk di pohon kinerja belum diisi");
        draft.guessed(entry, "jenis", "akumulasi", "pembilang.nama", "pembilang.akumulasi", "penyebut.nama",
                "penyebut.akumulasi", "maks_100", "pelapor");
        if (!satuanGiven) {
            draft.guessed(entry, "satuan");
        }
        return code;
    }

    private void retired(Indicator i) {
        int last = draft.year - 1;
        Integer until = i.upkeep().untilYear() == null ? last : Math.min(i.upkeep().untilYear(), last);
        draft.indicator(new Indicator(i.code(), i.positionCode(), i.level(), i.sasaran(), i.wording(), i.measure(),
                i.sources(), i.parentCode(), i.derivation(), i.upkeep().until(until)));
        String position = draft.positions.get(i.positionCode()).name();
        draft.change(Change.Kind.INDIKATOR_DIHAPUS, i.code(), position, i.name(), null, "Tidak ada di dokumen."
                + " Tidak dihapus dari katalog: Berlaku Sampai " + until + ", sehingga tetap tampil di rekap tahun "
                + until + " dan sebelumnya.");
    }

    private static Level levelOf(Position p) {
        String k = p.name().toLowerCase(java.util.Locale.ROOT);
        if (k.startsWith("kepala dinas")) {
            return Level.STRATEGIS;
        }
        return k.startsWith("sekretaris") || k.startsWith("kepala bidang") ? Level.PROGRAM : Level.KEGIATAN;
    }

    static boolean agree(IndicatorKind a, IndicatorKind b) {
        return a == b || a.isRatio() && b.isRatio() || a == IndicatorKind.NILAI && b == IndicatorKind.RASIO;
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String word(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
