package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.aggregation.Recap;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.output.DocumentName;
import java.nio.file.Path;
import java.util.List;

/** Writes outputs in tests as the job names them: a locked recap's under the plain name, others as drafts. */
final class TestOutputs {

    private TestOutputs() {
    }

    static Path recap(RecapWorkbookWriter writer, Recap recap, Path dir) {
        return writer.write(recap, path(RecapWorkbookWriter.name(recap.periode()), recap, dir), null);
    }

    static List<Path> lakip(Lkjip lkjip, Path dir) {
        List<DocumentName> names = LakipWriter.names(lkjip.recap().periode());
        LakipWriter writer = new LakipWriter();
        return List.of(writer.writeWorkbook(lkjip, path(names.get(0), lkjip.recap(), dir), null),
                writer.writeDocument(lkjip, path(names.get(1), lkjip.recap(), dir), null));
    }

    private static Path path(DocumentName name, Recap recap, Path dir) {
        return name.in(dir, recap.verification().isFinal() ? DocumentName.Version.FINAL : DocumentName.Version.DRAF,
                recap.runTime());
    }
}
