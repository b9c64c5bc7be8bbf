package id.go.banggaikab.rekap.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** rekap.perangkat-daerah: a short code that can be a schema name, defaulted for a single installation. */
class PerangkatDaerahTest {

    @Test
    void shouldDefaultAnInstallationThatNamesNoOffice() {
        assertThat(PerangkatDaerah.of(null)).isEqualTo(new PerangkatDaerah("diskop", false));
        assertThat(PerangkatDaerah.of("  ")).isEqualTo(new PerangkatDaerah("diskop", false));
    }

    @Test
    void shouldTakeANamedCodeInLowerCase() {
        assertThat(PerangkatDaerah.of(" Dinkes ")).isEqualTo(new PerangkatDaerah("dinkes", true));
        assertThat(PerangkatDaerah.of("dpmptsp_2")).isEqualTo(new PerangkatDaerah("dpmptsp_2", true));
    }

    @Test
    void shouldRefuseACodeThatCannotBeASchemaNameWithExitTwoAndTheRule() {
        for (String bad : new String[] {"Dinas Kop", "d", "2dinas", "dinas-kop", "dinas;drop", "a".repeat(31)}) {
            assertThatThrownBy(() -> PerangkatDaerah.of(bad)).as(bad).isInstanceOf(BadSetting.class)
                    .hasMessageContaining("rekap.perangkat-daerah=\"" + bad + "\"")
                    .hasMessageContaining("huruf kecil, angka atau garis bawah")
                    .satisfies(e -> assertThat(((BadSetting) e).getExitCode()).isEqualTo(2));
        }
    }

    @Test
    void shouldRefuseTheNamesPostgresqlKeepsForItself() {
        assertThatThrownBy(() -> PerangkatDaerah.of("public")).hasMessageContaining("dipakai PostgreSQL sendiri");
        assertThatThrownBy(() -> PerangkatDaerah.of("pg_catalog")).hasMessageContaining("dipakai PostgreSQL sendiri");
        assertThat(PerangkatDaerah.valid("information_schema")).isFalse();
    }
}
