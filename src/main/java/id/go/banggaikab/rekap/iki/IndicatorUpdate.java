package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.Position;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What an indicator in force takes from the document that matched it: the formula and SUMBER DATA where they say
 * something new, and the satuan of a Satuan column where it differs, each listed as a change; a formula that now
 * reads as another kind, or a source naming other units, is marked for the staff without changing the catalogue's
 * kind or reporters.
 */
final class IndicatorUpdate {

    private final ProposalDraft draft;
    private final Similarity words;
    private final Placement placement;
    private final DocRow row;
    private final Indicator c;
    private final Position position;

    IndicatorUpdate(ProposalDraft draft, Similarity words, Placement placement, DocRow row, Indicator c,
            Position position) {
        this.draft = draft;
        this.words = words;
        this.placement = placement;
        this.row = row;
        this.c = c;
        this.position = position;
    }

    /** The texts of a matched indicator: the document's where its formula or SUMBER DATA says something new. */
    Indicator.Wording wording(String shifted, FormulaReading.Reading reading, String name, List<String> aliases) {
        String entry = "indikator:" + c.code();
        String formula = c.formula();
        String source = c.sourceText();
        if (shifted == null && row.formula() != null && !row.formula().isBlank()
                && !words.same(FormulaText.plain(row.formula()), FormulaText.plain(c.formula()))) {
            formula = FormulaText.plain(row.formula());
            draft.change(Change.Kind.FORMULA, c.code(), position.name(), c.formula(), formula, null);
            if (!IndicatorProposal.agree(reading.kind(), c.kind())) {
                draft.note(entry, "formula baru menunjukkan jenis " + IndicatorProposal.word(reading.kind())
                        + "; jenis di katalog (" + IndicatorProposal.word(c.kind()) + ") tetap dipakai sampai"
                        + " diputuskan");
                draft.guessed(entry, "jenis");
            }
        }
        if (shifted == null && row.source() != null && !row.source().isBlank()
                && !words.same(row.source(), c.sourceText())) {
            source = row.source();
            Placement.Guess<List<String>> reporters = placement.reporters(row.source(), position.unitCode());
            draft.change(Change.Kind.SUMBER_DATA, c.code(), position.name(), c.sourceText(), source, null);
            if (!new LinkedHashSet<>(reporters.value()).equals(new LinkedHashSet<>(c.reporters()))) {
                draft.note(entry, "SUMBER DATA berubah; " + reporters.reason() + " (kolom Pelapor belum diubah)");
                draft.guessed(entry, "pelapor");
            }
        }
        return new Indicator.Wording(name, aliases, formula, source);
    }

    /** The catalogue's measure, with the satuan of the document's Satuan column where it says another. */
    Indicator.Measure measure(String shifted) {
        Indicator.Measure m = c.measure();
        String given = shifted == null && row.satuan() != null ? row.satuan().strip() : "";
        if (given.isEmpty() || percent(given) && percent(m.satuan())
                || words.key(given).equals(words.key(m.satuan()))) {
            return m;
        }
        draft.change(Change.Kind.SATUAN, c.code(), position.name(), m.satuan(), given, "Satuan dari kolom Satuan"
                + " dokumen; periksa target indikator ini.");
        return new Indicator.Measure(given, m.kind(), m.accumulation(), m.numerator(), m.denominator(), m.max100(),
                m.polarity());
    }

    private static boolean percent(String satuan) {
        String k = satuan == null ? "" : satuan.strip().toLowerCase(Locale.ROOT);
        return k.equals("%") || k.equals("persen") || k.equals("persentase");
    }
}
