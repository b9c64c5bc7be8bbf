package id.go.banggaikab.rekap.catalogue;

import java.util.List;

/**
 * One Indikator Kinerja Individu of a position: where it sits ({@code code}, position, level, sasaran, its parent in
 * the performance tree), how people write it ({@link Wording}), how it is measured ({@link Measure}), who reports it
 * ({@link Sources}), and, when set, the {@code derivation} that computes it from other indicators instead of a form;
 * {@code upkeep} holds the years it applies and the staff's decision on the document's defects about it.
 * The accessors of the parts are repeated here because every stage asks for them.
 */
public record Indicator(String code, String positionCode, Level level, String sasaran, Wording wording,
        Measure measure, Sources sources, String parentCode, Derivation derivation, Upkeep upkeep) {

    public Indicator {
        upkeep = upkeep == null ? Upkeep.NONE : upkeep;
    }

    public Indicator(String code, String positionCode, Level level, String sasaran, Wording wording, Measure measure,
            Sources sources, String parentCode, Derivation derivation) {
        this(code, positionCode, level, sasaran, wording, measure, sources, parentCode, derivation, Upkeep.NONE);
    }

    /** The indicator's name as the catalogue spells it, other spellings forms may use, and the seed's own texts. */
    public record Wording(String name, List<String> aliases, String formula, String sourceText) {
        public Wording {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * How it is measured: its satuan and kind; for a plain value how it accumulates over the year, for a ratio its
     * numerator and denominator each with their own; whether a ratio is capped at 100; which direction is better.
     */
    public record Measure(String satuan, IndicatorKind kind, Accumulation accumulation, Part numerator,
            Part denominator, boolean max100, Polarity polarity) {
    }

    /**
     * The units, besides the position's own, whose forms carry it (the seed's SUMBER DATA), and how their figures
     * combine when several report it.
     */
    public record Sources(List<String> reporters, Combine combine) {
        public Sources {
            reporters = List.copyOf(reporters);
        }
    }

    public boolean isDerived() {
        return derivation != null;
    }

    public boolean isRatio() {
        return measure.kind().isRatio();
    }

    public String name() {
        return wording.name();
    }

    public List<String> aliases() {
        return wording.aliases();
    }

    public String formula() {
        return wording.formula();
    }

    public String sourceText() {
        return wording.sourceText();
    }

    public String satuan() {
        return measure.satuan();
    }

    public IndicatorKind kind() {
        return measure.kind();
    }

    public Accumulation accumulation() {
        return measure.accumulation();
    }

    public Part numerator() {
        return measure.numerator();
    }

    public Part denominator() {
        return measure.denominator();
    }

    public boolean max100() {
        return measure.max100();
    }

    public Polarity polarity() {
        return measure.polarity();
    }

    public List<String> reporters() {
        return sources.reporters();
    }

    public Combine combine() {
        return sources.combine();
    }

    /** The same indicator under another parent in the performance tree. */
    public Indicator withParent(String parent) {
        return new Indicator(code, positionCode, level, sasaran, wording, measure, sources, parent, derivation, upkeep);
    }
}
