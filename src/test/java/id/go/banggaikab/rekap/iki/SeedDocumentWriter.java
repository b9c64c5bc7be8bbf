package id.go.banggaikab.rekap.iki;

import java.nio.file.Path;

/**
 * Writes the test documents to look at them in Word or LibreOffice: {@code java … SeedDocumentWriter folder}
 * writes the seed, its revision for 2027 and the document of a Badan starting its own catalogue. Not a test.
 */
final class SeedDocumentWriter {

    private SeedDocumentWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        System.out.println(SeedDocument.build().writeTo(dir.resolve("IKI Diskop 2026.docx")).toAbsolutePath());
        System.out.println(RevisedDocument.build().writeTo(dir.resolve("IKI Diskop 2027.docx")).toAbsolutePath());
        System.out.println(OtherOfficesTest.badan().writeTo(dir.resolve("IKI Bapperida 2027.docx")).toAbsolutePath());
    }
}
