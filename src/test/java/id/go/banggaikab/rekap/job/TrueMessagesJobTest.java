package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.FormBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/**
 * What the recap, the receipts and the log say is true: a unit whose only file gave nothing usable has not reported;
 * a copy that stopped half-way is "belum selesai disalin", not damaged; a zip bomb is named a bomb; a file with no
 * accepted row was not "replaced"; a newer file repeating a value replaced nothing; a file name cannot forge a line of
 * the log.
 */
class TrueMessagesJobTest extends JobTestSupport {

    private static final Periode TW1 = new Periode(2026, 1);
    private static final String KLP = "Seksi Kelembagaan dan Perizinan";
    private static final String KWU = "Seksi Peningkatan Kualitas Kewirausahaan";
    private static final String[] COLUMNS = {"Kode", "Indikator Kinerja", "Realisasi"};
    private static final String FORGED = "06:00:00 ERROR Database rusak, semua data hilang";

    @BeforeAll
    static void forms() throws Exception {
        Path in = WORK.resolve("input/2026/TW1");
        FormBuilder.xlsx().header(KLP, 2026, "I").columns(COLUMNS)
                .row("KASI-KLP-01", "Jumlah Koperasi yang Dibentuk dan Dibina", "enam")
                .row("ANALIS-KOP-01", "Jumlah Bahan dan Data Keragaan dan Pembentukan Koperasi yang Dianalisis", "-4")
                .writeTo(in.resolve("klp.xlsx"));
        Path older = FormBuilder.xlsx().header(KWU, 2026, "I").columns(COLUMNS)
                .row("KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", 30)
                .row("PD-KWU-01", "Jumlah Bahan dan Data Peserta Pelatihan yang dikelola", 5)
                .writeTo(in.resolve("kwu.xlsx"));
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-04-02T01:00:00Z")));
        Path newer = FormBuilder.xlsx().header(KWU, 2026, "I").columns(COLUMNS)
                .row("KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", 30)
                .row("PD-KWU-01", "Jumlah Bahan dan Data Peserta Pelatihan yang dikelola", 6)
                .writeTo(in.resolve("kwu perbaikan.xlsx"));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-04-03T01:00:00Z")));
        Path empty = FormBuilder.xlsx().header(KWU, 2026, "I").columns(COLUMNS)
                .row("KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", "tiga puluh")
                .writeTo(in.resolve("kwu salah ketik.xlsx"));
        Files.setLastModifiedTime(empty, FileTime.from(Instant.parse("2026-04-01T01:00:00Z")));
        byte[] whole = FormBuilder.xlsx().header("Seksi Fasilitasi Usaha Mikro", 2026, "I").columns(COLUMNS)
                .row("KASI-FUM-01", "Jumlah Usaha Mikro yang Terfasilitasi Sarana Usaha", 4).bytes();
        Files.write(in.resolve("fum.xlsx"), Arrays.copyOf(whole, whole.length * 2 / 3));
        FormBuilder.xlsx().header("Seksi Fasilitasi Usaha Koperasi", 2026, "I").columns(COLUMNS)
                .row("KASI-FUK-01", "Jumlah Koperasi yang Terfasilitasi Bantuan Usaha", 2)
                .writeTo(in.resolve("fuk\n" + FORGED + ".xlsx"));
    }

    @Test
    void everyMessageSaysWhatHappened() throws Exception {
        long logged = Files.exists(logFile()) ? Files.size(logFile()) : 0;
        assertThat(launcher.launch(rekapJob, TW1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path recap = Workbooks.newestRecap(WORK);

        assertThat(Workbooks.lines(recap, "Ringkasan")).as("KLP's file gave nothing usable: 2 units reported")
                .anySatisfy(l -> assertThat(l).contains("2 dari 11 unit"));
        assertThat(Workbooks.lines(recap, "Belum Lapor")).anySatisfy(l -> assertThat(l).startsWith(KLP + " | ")
                .contains("\"2026/TW1/klp.xlsx\"").contains("tidak ada isian yang dapat dipakai"));
        assertThat(Workbooks.lines(Workbooks.receipt(WORK, KLP, TW1), null))
                .anySatisfy(l -> assertThat(l).contains("2026/TW1/klp.xlsx").contains("tidak ada isian yang dapat"
                        + " dipakai"))
                .noneSatisfy(l -> assertThat(l).contains("diganti"));

        List<String> kwu = Workbooks.lines(Workbooks.receipt(WORK, KWU, TW1), null);
        assertThat(kwu).anySatisfy(l -> assertThat(l).contains("kwu salah ketik.xlsx")
                .contains("tidak ada isian yang dapat dipakai").doesNotContain("diganti"));
        assertThat(kwu).anySatisfy(l -> assertThat(l).contains("2026/TW1/kwu.xlsx | ")
                .contains("sama dengan").doesNotContain("semuanya diganti"));

        List<String> masalah = Workbooks.lines(recap, "Masalah");
        assertThat(masalah).as("the newer file repeats 30: nothing was replaced")
                .noneSatisfy(l -> assertThat(l).startsWith("Nilai diganti").contains("KASI-KWU-01"))
                .anySatisfy(l -> assertThat(l).startsWith("Nilai diganti").contains("PD-KWU-01"));
        assertThat(masalah).anySatisfy(l -> assertThat(l).startsWith("Berkas ditolak | 2026/TW1/fum.xlsx")
                .contains("belum selesai disalin").doesNotContain("rusak"));

        byte[] all = Files.readAllBytes(logFile());
        List<String> log = new String(all, (int) logged, all.length - (int) logged,
                java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(log).as("a file name cannot start a line of its own").noneSatisfy(l -> assertThat(l)
                .startsWith(FORGED)).anySatisfy(l -> assertThat(l).contains("fuk\\n" + FORGED + ".xlsx"));
    }

    /** The file the application logs to, as its logging configuration named it. */
    static Path logFile() {
        var context = (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        var appender = (ch.qos.logback.core.FileAppender<?>) context.getLogger("id.go.banggaikab.rekap")
                .getAppender("FILE");
        return Path.of(appender.getFile());
    }
}
