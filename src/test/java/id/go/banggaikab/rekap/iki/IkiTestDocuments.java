package id.go.banggaikab.rekap.iki;

import java.io.IOException;
import java.nio.file.Path;

/** The test IKI documents for tests outside this package (the job tests). */
public final class IkiTestDocuments {

    private IkiTestDocuments() {
    }

    /** The seed as a Word document, written to {@code file}. */
    public static Path seed(Path file) throws IOException {
        return SeedDocument.build().writeTo(file);
    }

    /** The 2027 revision of the seed ({@link RevisedDocument}), written to {@code file}. */
    public static Path revised(Path file) throws IOException {
        return RevisedDocument.build().writeTo(file);
    }

    /** The IKI document of a Badan ({@link OtherOfficesTest}), written to {@code file}. */
    public static Path badan(Path file) throws IOException {
        return OtherOfficesTest.badan().writeTo(file);
    }
}
