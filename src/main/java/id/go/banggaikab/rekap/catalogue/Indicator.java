package id.go.banggaikab.rekap.catalogue;

import java.util.List;

/**
 * One Indikator Kinerja Individu of a position. For ratios {@code numerator} and {@code denominator} carry their own
 * accumulation; for other kinds {@code accumulation} applies to the value itself. {@code reporters} are the units,
 * besides the position's own, whose forms carry this indicator (the seed's SUMBER DATA). A {@code derivation}, when
 * set, computes the indicator from others instead of reading it from forms.
 */
public record Indicator(String code, String positionCode, Level level, String sasaran, String name,
        List<String> aliases, String formula, String satuan, IndicatorKind kind, Accumulation accumulation,
        Part numerator, Part denominator, boolean max100, Polarity polarity, List<String> reporters,
        Combine combine, String parentCode, String sourceText, Derivation derivation) {

    public Indicator {
        aliases = List.copyOf(aliases);
        reporters = List.copyOf(reporters);
    }

    public boolean isDerived() {
        return derivation != null;
    }

    public boolean isRatio() {
        return kind.isRatio();
    }
}
