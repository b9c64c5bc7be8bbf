package id.go.banggaikab.rekap.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.banggaikab.rekap.TestDatabase;
import id.go.banggaikab.rekap.shared.BadSetting;
import id.go.banggaikab.rekap.shared.PerangkatDaerah;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** A history knows its office: recorded at the first start, never used by another office's installation. */
class OfficeIdentityTest {

    private static final PerangkatDaerah DISKOP = PerangkatDaerah.of("diskop");
    private static final PerangkatDaerah DINKES = PerangkatDaerah.of("dinkes");
    private static final PerangkatDaerah UNNAMED = PerangkatDaerah.of(null);

    @TempDir
    Path dir;
    private OfficeIdentity identity;

    @BeforeEach
    void history() {
        identity = new OfficeIdentity(new JdbcTemplate(TestDatabase.fresh(dir.resolve("riwayat.db"))),
                Clock.systemUTC());
    }

    @Test
    void shouldRecordTheOfficeAtTheFirstStartAndKnowItAfterwards() {
        assertThat(identity.claim(DISKOP, "Database uji")).as("nothing recorded before").isNull();
        assertThat(identity.claim(DISKOP, "Database uji")).isEqualTo(DISKOP);
        assertThat(identity.recorded()).isEqualTo(DISKOP);
    }

    @Test
    void shouldRefuseAnotherNamedOfficeWithExitTwoAndWhatToCheck() {
        identity.claim(DISKOP, "Database uji");
        assertThatThrownBy(() -> identity.claim(DINKES, "Skema \"diskop\" di server")).isInstanceOf(BadSetting.class)
                .hasMessageStartingWith("Skema \"diskop\" di server berisi riwayat perangkat daerah \"diskop\","
                        + " sedangkan instalasi ini untuk perangkat daerah \"dinkes\"")
                .hasMessageContaining("rekap.perangkat-daerah")
                .satisfies(e -> assertThat(((BadSetting) e).getExitCode()).isEqualTo(2));
        assertThat(identity.recorded()).as("unchanged").isEqualTo(DISKOP);
    }

    @Test
    void shouldRefuseAnInstallationThatNamesNoOfficeOnANamedOfficesHistory() {
        identity.claim(DINKES, "Database uji");
        assertThatThrownBy(() -> identity.claim(UNNAMED, "Database uji")).isInstanceOf(BadSetting.class)
                .hasMessageContaining("belum menyebut perangkat daerahnya");
    }

    @Test
    void shouldLetANamedOfficeClaimOnceAHistoryRecordedUnderTheDefault() {
        assertThat(identity.claim(UNNAMED, "Database uji")).isNull();
        assertThat(identity.recorded()).isEqualTo(new PerangkatDaerah("diskop", false));
        assertThat(identity.claim(DINKES, "Database uji")).as("what was recorded before")
                .isEqualTo(new PerangkatDaerah("diskop", false));
        assertThat(identity.recorded()).isEqualTo(DINKES);
        assertThatThrownBy(() -> identity.claim(DISKOP, "Database uji")).isInstanceOf(BadSetting.class);
    }

    @Test
    void shouldKeepTheDefaultInstallationWorkingAndMarkItNamedOnceItNamesItself() {
        identity.claim(UNNAMED, "Database uji");
        assertThat(identity.claim(UNNAMED, "Database uji")).isEqualTo(new PerangkatDaerah("diskop", false));
        identity.claim(DISKOP, "Database uji");
        assertThat(identity.recorded()).isEqualTo(DISKOP);
        assertThat(identity.claim(UNNAMED, "Database uji")).as("the default is that same office").isEqualTo(DISKOP);
        assertThatThrownBy(() -> identity.claim(DINKES, "Database uji")).as("claimed for good")
                .isInstanceOf(BadSetting.class);
    }
}
