package id.go.banggaikab.rekap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Two catalogues are the same when every entry is, field by field (a derivation by its text, a rule without line). */
public final class CatalogueComparison {

    private CatalogueComparison() {
    }

    public static void assertSame(Catalogue actual, Catalogue expected) {
        assertThat(actual.dinasName()).isEqualTo(expected.dinasName());
        assertThat(actual.units()).containsExactlyElementsOf(expected.units());
        assertThat(actual.positions()).containsExactlyElementsOf(expected.positions());
        assertThat(actual.indicators().stream().map(CatalogueComparison::plain).toList())
                .containsExactlyElementsOf(expected.indicators().stream().map(CatalogueComparison::plain).toList());
        assertThat(rules(actual)).containsExactlyElementsOf(rules(expected));
    }

    private static List<RegisterRule> rules(Catalogue c) {
        return c.registerRules().stream().map(r -> new RegisterRule(r.indicatorCode(), r.slot(), r.kind(),
                r.conditions(), r.sumColumn(), r.lastYear(), 0)).toList();
    }

    private static String plain(Indicator i) {
        return i.toString().replaceAll("derivation=[^,\\]]*", "derivation=" + (i.derivation() == null ? "null"
                : i.derivation().text()));
    }
}
