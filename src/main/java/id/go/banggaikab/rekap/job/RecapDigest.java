package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.aggregation.RecapInput;
import id.go.banggaikab.rekap.aggregation.RecapSettings;
import id.go.banggaikab.rekap.aggregation.Verification;
import id.go.banggaikab.rekap.lkjip.LkjipInput;
import id.go.banggaikab.rekap.output.InputDigest;
import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.register.RegisterDetail;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What makes two runs of a quarter "the same" (so that the second adds no file): the same inputs. The fingerprint
 * covers the program's version; the quarter, sample mode, paper and settings; the bytes of the configuration the
 * outputs were computed from (katalog.yml, singkatan.yml, the targets of the year and the year before, renstra.xlsx,
 * the budget; for a locked quarter what its lock kept); every figure in force (with its file, sheet and cell) and the
 * register rows behind the counted ones; which catalogue file was used and what its check noted (a katalog.yml left
 * beside katalog.xlsx is such a note); every problem the recap lists; which units sent a form each quarter and what is
 * known of a unit without a usable report (a file counted for another period); every
 * lock and reopen; whether the quarter had ended; and what the LKjIP adds (earlier years, rows without a figure, its
 * notes). Not the run's time: a rerun a minute or a month later with nothing new is the same recap.
 */
final class RecapDigest {

    private RecapDigest() {
    }

    static String of(RecapInput input, boolean quarterEnded, RecapSettings settings, Paper paper,
            Map<String, byte[]> sources, LkjipInput lkjip) {
        InputDigest d = new InputDigest()
                .add("program", String.valueOf(RecapDigest.class.getPackage().getImplementationVersion()))
                .add("periode", input.periode().toString())
                .add("contoh", Boolean.toString(input.sample()))
                .add("triwulan berakhir", Boolean.toString(quarterEnded))
                .add("pengaturan", settings.toString())
                .add("kertas", paper.name());
        new TreeMap<>(sources).forEach((name, bytes) -> {
            if (!name.startsWith(RecapOutputs.KEPT)) {
                d.add("berkas " + name, bytes);
            }
        });
        d.add("katalog", input.catalogue().source())
                .addAll("catatan katalog", input.catalogue().warnings())
                .addAll("realisasi", input.rows())
                .addAll("masalah", input.problems())
                .addAll("unit melapor", input.submittedUnits().entrySet().stream()
                        .map(e -> e.getKey() + "=" + new java.util.TreeSet<>(e.getValue())).toList())
                .addAll("kunci", input.verification().history().stream().map(RecapDigest::entry).toList())
                .add("kunci triwulan ini", input.verification().lock() == null ? "" : entry(input.verification()
                        .lock()))
                .add("register", registers(input.registers()))
                .addAll("tanpa laporan", new TreeMap<>(input.absenceNotes()).entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList())
                .addAll("lkjip riwayat", lkjip.earlierRows())
                .addAll("lkjip tanpa angka", lkjip.unfiguredRows())
                .addAll("lkjip catatan", lkjip.notes());
        return d.hex();
    }

    /**
     * The register rows behind the counted figures, every field, as the SHA-256 of a compact encoding fed as it is
     * made: a province's register lists hundreds of thousands of rows, whose text (records' toString) made 17 MB of
     * strings for 200,000 rows only to be hashed. A row's file and sheet, the same for thousands of rows in a row, are
     * written only when they change.
     */
    static byte[] registers(RegisterDetail detail) {
        FieldHash h = new FieldHash();
        h.number(detail.omitted()).number(detail.limit()).number(detail.groups().size());
        for (RegisterDetail.Group g : detail.groups()) {
            h.number(g.parts().size());
            g.parts().forEach(h::text);
            h.text(g.what()).text(g.rule()).text(g.quarters()).number(Double.doubleToLongBits(g.total()))
                    .text(g.unit()).number(g.sums() ? 1 : 0).number(g.unlisted()).number(g.rows().size());
            String file = null;
            String sheet = null;
            for (RegisterDetail.Row r : g.rows()) {
                boolean same = Objects.equals(r.file(), file) && Objects.equals(r.sheet(), sheet);
                h.number(same ? 1 : 0);
                if (!same) {
                    file = r.file();
                    sheet = r.sheet();
                    h.text(file).text(sheet);
                }
                h.number(r.triwulan()).number(r.row()).text(r.id()).text(r.name()).text(r.kecamatan())
                        .number(r.value() == null ? 0 : 1).number(r.value() == null ? 0
                                : Double.doubleToLongBits(r.value())).text(r.basis());
            }
        }
        return h.digest();
    }

    /**
     * A lock or reopen without the recap it sealed: the locked recap is written before its name and fingerprint are
     * known, and a rerun after the seal is still the same recap.
     */
    private static String entry(Verification.Entry e) {
        return e.periode() + "|" + e.lock() + "|" + e.when() + "|" + e.user() + "|" + e.reason();
    }

    /** Numbers and texts, each text after its length (-1 for none), into a SHA-256 through one reused buffer. */
    private static final class FieldHash {
        private final MessageDigest sha;
        private final byte[] buf = new byte[1 << 13];
        private int n;

        FieldHash() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        FieldHash number(long v) {
            if (n + 8 > buf.length) {
                flush();
            }
            for (int k = 0; k < 8; k++) {
                buf[n++] = (byte) (v >>> (56 - 8 * k));
            }
            return this;
        }

        FieldHash text(String s) {
            if (s == null) {
                return number(-1);
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            number(b.length);
            if (n + b.length > buf.length) {
                flush();
            }
            if (b.length > buf.length) {
                sha.update(b);
            } else {
                System.arraycopy(b, 0, buf, n, b.length);
                n += b.length;
            }
            return this;
        }

        byte[] digest() {
            flush();
            return sha.digest();
        }

        private void flush() {
            sha.update(buf, 0, n);
            n = 0;
        }
    }
}
