package id.go.banggaikab.rekap.catalogue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code config/pemda.yml}: the Pemda, the perangkat daerah it consolidates (each a code, which is also its schema on
 * the shared server, and a name), and the IKU of the Bupati, each realised by one office's indicator or derived from
 * several offices' indicators, with its target from {@code target-pemda-<tahun>.xlsx}.
 */
public record PemdaConfig(String name, List<Office> offices, List<Iku> ikus) {

    private static final Pattern BRACED = Pattern.compile("\\{([^}]*)}");

    public PemdaConfig {
        offices = List.copyOf(offices);
        ikus = List.copyOf(ikus);
    }

    /** A perangkat daerah the Pemda consolidates. */
    public record Office(String code, String name) {
    }

    /**
     * One IKU: {@code from} as written ({@code diskop:KADIS-01}, or a formula over such references in braces) and its
     * parsed {@code derivation} (a lone reference is a formula of one term, {@code lone}); {@code sasaran} the sasaran
     * it is grouped under in the LKjIP table (null when not given); a predicate IKU's figures are grades.
     */
    public record Iku(String code, String name, String satuan, String from, Derivation derivation, boolean lone,
            Polarity polarity, String sasaran, boolean predikat) {

        /** The one reference when {@code dari} names a single office's indicator, else empty (a formula). */
        public Optional<Reference> single() {
            return lone ? Optional.of(references().get(0)) : Optional.empty();
        }

        /** Every office indicator the IKU uses, once each, in the order the formula names them. */
        public List<Reference> references() {
            if (lone) {
                return List.of(Reference.parse(from.replaceAll("[{}\\s]", "")));
            }
            Set<String> seen = new LinkedHashSet<>();
            Matcher m = BRACED.matcher(from);
            while (m.find()) {
                seen.add(m.group(1).strip());
            }
            return seen.stream().map(Reference::parse).toList();
        }
    }

    /** {@code diskop:KADIS-01}: an office's indicator code. */
    public record Reference(String office, String indicator) {

        static Reference parse(String text) {
            int colon = text.indexOf(':');
            return new Reference(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
        }

        public String text() {
            return office + ":" + indicator;
        }
    }

    public Optional<Office> office(String code) {
        return offices.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /**
     * The IKU as a catalogue of one unit (the Pemda) and one position (the Bupati), so that the targets workbook of the
     * offices reads and writes the Pemda's targets too.
     */
    public Catalogue asCatalogue() {
        Unit pemda = new Unit("PEMDA", name, UnitKind.DINAS, null, List.of(), 1);
        Position bupati = new Position("BUPATI", "Bupati", pemda.code(), true, new Holder(null, null), null, List.of(),
                1);
        List<Indicator> indicators = ikus.stream().map(i -> new Indicator(i.code(), bupati.code(), Level.STRATEGIS,
                i.sasaran(), new Indicator.Wording(i.name(), List.of(), null, i.from()), new Indicator.Measure(
                        i.satuan(), i.predikat() ? IndicatorKind.PREDIKAT : IndicatorKind.NILAI,
                        Accumulation.TERAKHIR, null, null, false, i.polarity()),
                new Indicator.Sources(List.of(), Combine.SAMA), null, null)).toList();
        return new Catalogue(name, List.of(pemda), List.of(bupati), indicators, List.of());
    }
}
