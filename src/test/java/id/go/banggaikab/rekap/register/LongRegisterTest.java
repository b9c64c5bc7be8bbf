package id.go.banggaikab.rekap.register;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.catalogue.RegisterRule.Slot;
import id.go.banggaikab.rekap.shared.Periode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register long enough to be inflated on its own thread while it is parsed, saved as Excel saves one (shared
 * strings after the sheet): every row is counted, the NIB listed twice once, the rows listed stop at the limit.
 */
class LongRegisterTest {

    @TempDir
    Path dir;

    @Test
    void shouldCountEveryRowOfALongRegisterAndEachRepeatedNibOnce() throws Exception {
        Path file = dir.resolve("register/usaha mikro binaan.xlsx");
        RegisterBenchmark.generate(file, 60_000);

        RegisterCounter.Counts counts = new RegisterCounter(CountPlan.whole(Counting.CATALOGUE, new Periode(2026, 4)))
                .count(List.of(RegisterFile.onDisk(file, "register/usaha mikro binaan.xlsx")));

        assertThat(Counting.figure(counts, "KABID-PUM-02", Slot.PENYEBUT, 4)).hasValue(60_000 - 6);
        assertThat(counts.problems()).filteredOn(p -> p.reason().contains("dihitung sekali")).hasSize(6);
        assertThat(counts.detail().omitted()).isPositive();
        assertThat(counts.detail().groups().stream().mapToInt(g -> g.rows().size()).sum())
                .isEqualTo(RegisterCounter.LISTED_ROWS);
        assertThat(counts.detail().groups()).allSatisfy(g -> assertThat(g.rows().size()).as(g.parts().toString())
                .isGreaterThanOrEqualTo(RegisterCounter.LISTED_ROWS / 5));
    }
}
