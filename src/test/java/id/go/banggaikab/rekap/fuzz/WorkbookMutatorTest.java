package id.go.banggaikab.rekap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.fuzz.WorkbookMutator.Mutant;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mutator behind the reader fuzz probe: the same seed gives the same files, and every kind of damage occurs. */
class WorkbookMutatorTest {

    private static final long SEED = 20_260_401L;
    /** Kinds that damage bytes anywhere; all others must leave a zip that java.util.zip reads entry by entry. */
    private static final Set<String> RAW_BYTES = Set.of("flip", "truncate", "xls-flip", "xls-truncate", "xls-record");

    private static List<byte[]> sources;
    private static List<Mutant> batch;

    @BeforeAll
    static void mutate() {
        sources = CleanForms.built().stream().map(CleanForms.Source::bytes).toList();
        batch = new WorkbookMutator(SEED, sources).mutants(300);
    }

    @Test
    void shouldGiveTheSameBytesAndDescriptionsForTheSameSeed() {
        List<Mutant> again = new WorkbookMutator(SEED, sources).mutants(300);

        assertThat(again).hasSameSizeAs(batch);
        for (int i = 0; i < batch.size(); i++) {
            assertThat(again.get(i).description()).isEqualTo(batch.get(i).description());
            assertThat(again.get(i).source()).isEqualTo(batch.get(i).source());
            assertThat(again.get(i).bytes()).as(batch.get(i).description()).isEqualTo(batch.get(i).bytes());
        }
        List<String> otherSeed = new WorkbookMutator(SEED + 1, sources).mutants(300).stream()
                .map(Mutant::description).toList();
        assertThat(otherSeed).isNotEqualTo(batch.stream().map(Mutant::description).toList());
    }

    @Test
    void shouldProduceEveryKindInABatchOf300() {
        Map<String, Long> byKind = batch.stream()
                .collect(Collectors.groupingBy(Mutant::kind, TreeMap::new, Collectors.counting()));

        assertThat(byKind.keySet()).containsExactlyInAnyOrderElementsOf(WorkbookMutator.KINDS);
        assertThat(byKind.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(8));
        assertThat(batch).allSatisfy(m -> assertThat(m.bytes()).as(m.description()).isNotEqualTo(
                sources.get(m.source())));
    }

    @Test
    void shouldLeaveAValidZipAfterZipAndXmlLevelMutations() throws IOException {
        for (Mutant m : batch) {
            if (RAW_BYTES.contains(m.kind())) {
                continue;
            }
            List<String> names = entries(m.bytes());
            assertThat(names).as(m.description()).isNotEmpty();
            if (m.kind().equals("duplicate")) {
                String name = m.description().split(" ")[1];
                assertThat(names).as(m.description()).filteredOn(name::equals).hasSize(2);
            }
        }
    }

    @Test
    void shouldLeaveAnOle2ContainerWhenRewritingXlsRecords() throws IOException {
        for (Mutant m : batch) {
            if (m.kind().equals("xls-record")) {
                try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(m.bytes()))) {
                    assertThat(fs.getRoot().hasEntry("Workbook")).as(m.description()).isTrue();
                }
            }
        }
    }

    /** Entry names, each entry read to its end so that its CRC is checked. */
    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                in.readAllBytes();
                names.add(e.getName());
            }
        }
        return names;
    }
}
