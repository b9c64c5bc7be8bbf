package id.go.banggaikab.rekap.submission;

import static id.go.banggaikab.rekap.submission.ReaderFixture.KWU;
import static id.go.banggaikab.rekap.submission.ReaderFixture.kwuForm;
import static id.go.banggaikab.rekap.submission.ReaderFixture.reader;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.shared.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what they seem, named truly: a copy that stopped half-way is not yet complete (not "damaged"), a
 * zip bomb is a bomb whatever it inflates to, and a real form whose text cells are long and repetitive (so they pack
 * a hundredfold) is a form.
 */
class InflatedAndCutOffFilesTest {

    static final String BOMB = "Berkas dicurigai bom zip (isi terkompresi jauh lebih besar dari wajarnya); tidak dibuka";
    static final String CUT_OFF = "Berkas belum selesai disalin: isinya berhenti sebelum akhir berkas (penyalinan"
            + " terhenti atau belum selesai). Tunggu sampai penyalinan selesai, atau salin ulang berkasnya ke folder"
            + " bersama; berkas ini dibaca lagi pada proses berikutnya";

    @TempDir
    Path input;

    private Submission read(String name, byte[] bytes) throws Exception {
        Path file = input.resolve(name);
        Files.write(file, bytes);
        return reader().read(file, input);
    }

    private static byte[] form() {
        return kwuForm().row(1, null, null, "Jumlah Peserta Pelatihan Usaha Mikro", null, null, 3).bytes();
    }

    @Test
    void aCopyThatStoppedHalfWayIsNotYetCompleteNotDamaged() throws Exception {
        byte[] whole = form();
        for (int percent : new int[] {10, 50, 95}) {
            Submission s = read("kwu-" + percent + ".xlsx", Arrays.copyOf(whole, whole.length * percent / 100));
            assertThat(s.problems()).as(percent + " %").containsExactly(Problem.file("kwu-" + percent + ".xlsx",
                    CUT_OFF));
        }
    }

    @Test
    void aLegacyWorkbookCutOffHalfWayIsNotYetCompleteEither() throws Exception {
        byte[] whole = FormBuilder.xls().header(KWU, 2026, "II").columns("Indikator Kinerja", "Realisasi")
                .row("Jumlah Peserta Pelatihan Usaha Mikro", 3).bytes();
        assertThat(read("kwu.xls", Arrays.copyOf(whole, whole.length / 2)).problems())
                .containsExactly(Problem.file("kwu.xls", CUT_OFF));
    }

    @Test
    void aWholeFileWithDamagedInsidesIsStillDamaged() throws Exception {
        byte[] bytes = form();
        for (int i = 200; i < bytes.length / 2; i++) {
            bytes[i] = (byte) 0x55;
        }
        assertThat(read("rusak.xlsx", bytes).problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.BERKAS_DITOLAK);
            assertThat(p.reason()).startsWith("Berkas rusak");
        });
    }

    @Test
    void aSmallZipBombIsNamedABomb() throws Exception {
        assertThat(read("bom.xlsx", withEntry(form(), "xl/media/padding.bin", 50)).problems())
                .containsExactly(Problem.file("bom.xlsx", BOMB));
    }

    @Test
    void aZipBombThatInflatesPastAHundredMegabytesIsNamedABombToo() throws Exception {
        assertThat(read("bom-besar.xlsx", withEntry(form(), "xl/media/padding.bin", 300)).problems())
                .containsExactly(Problem.file("bom-besar.xlsx", BOMB));
        assertThat(read("bom-lembar.xlsx", paddedSheet(form(), 300)).problems())
                .containsExactly(Problem.file("bom-lembar.xlsx", BOMB));
    }

    @Test
    void aBombThatPacksOnlyTenfoldButInflatesPastAHundredMegabytesIsNamedABomb() throws Exception {
        byte[] bomb = withEntry(form(), "xl/media/image1.bin", 160, InflatedAndCutOffFilesTest::tenfold);
        assertThat(bomb.length).as("under the 20 MB a form may have").isLessThan(20 * 1024 * 1024);
        assertThat(read("bom-sedang.xlsx", bomb).problems()).containsExactly(Problem.file("bom-sedang.xlsx", BOMB));
    }

    /** A megabyte that deflates about tenfold: one random byte in every 32. */
    private static void tenfold(byte[] mb, java.util.Random random) {
        Arrays.fill(mb, (byte) 0);
        for (int i = 0; i < mb.length; i += 32) {
            mb[i] = (byte) random.nextInt(256);
        }
    }

    @Test
    void aFormWithLongRepetitiveTextCellsIsReadNotRefusedAsABomb() throws Exception {
        FormBuilder form = FormBuilder.xlsx().header(KWU, 2026, "II").columns("Indikator Kinerja", "Realisasi",
                "Keterangan").row("Jumlah Peserta Pelatihan Usaha Mikro", 3, "Pelatihan batik. ".repeat(1900));
        for (int i = 0; i < 400; i++) {
            form.row("Catatan " + i, null, ("Kegiatan " + i + " belum terlaksana karena anggaran belum cair. ")
                    .repeat(500));
        }
        byte[] bytes = form.bytes();

        Submission s = read("kwu.xlsx", bytes);

        assertThat(s.accepted()).as(s.problems().toString()).isTrue();
        assertThat(s.rows()).extracting(ReadRow::indicatorCode).containsExactly("KASI-KWU-01");
        assertThat(s.rows().get(0).value()).isEqualTo(3.0);
    }

    /** The form with one more entry of {@code megabytes} of zeros (they pack about a thousandfold). */
    static byte[] withEntry(byte[] form, String name, int megabytes) throws Exception {
        return withEntry(form, name, megabytes, (mb, random) -> { });
    }

    /** The form with one more entry of {@code megabytes}, each megabyte filled by {@code fill}. */
    static byte[] withEntry(byte[] form, String name, int megabytes,
            java.util.function.BiConsumer<byte[], java.util.Random> fill) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(form));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] mb = new byte[1024 * 1024];
            java.util.Random random = new java.util.Random(20);
            for (int i = 0; i < megabytes; i++) {
                fill.accept(mb, random);
                zip.write(mb);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The form whose first sheet holds {@code megabytes} of spaces before its cells: a part the reader does read. */
    static byte[] paddedSheet(byte[] form, int megabytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(form));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] part = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(part);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
