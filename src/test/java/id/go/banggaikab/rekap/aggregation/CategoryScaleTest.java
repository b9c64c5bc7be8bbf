package id.go.banggaikab.rekap.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CategoryScaleTest {

    @ParameterizedTest
    @CsvSource({"120, Sangat Tinggi", "91, Sangat Tinggi", "90.99, Tinggi", "90.5, Tinggi", "76, Tinggi",
            "75.9, Sedang", "66, Sedang", "65.5, Rendah", "51, Rendah", "50.99, Sangat Rendah", "0, Sangat Rendah"})
    void boundsAreLowerBoundsSoFractionsFallToTheLowerBand(double capaian, String expected) {
        assertThat(CategoryScale.DEFAULT.categorize(capaian)).isEqualTo(expected);
    }

    @Test
    void noCapaianHasNoCategory() {
        assertThat(CategoryScale.DEFAULT.categorize(null)).isNull();
    }

    @Test
    void aRegionCanConfigureItsOwnScaleInAnyOrder() {
        CategoryScale scale = new CategoryScale(List.of(new CategoryScale.Band(60, "Cukup"),
                new CategoryScale.Band(85, "Baik")), "Kurang");
        assertThat(scale.categorize(85.0)).isEqualTo("Baik");
        assertThat(scale.categorize(70.0)).isEqualTo("Cukup");
        assertThat(scale.categorize(59.9)).isEqualTo("Kurang");
    }
}
