package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.output.InputDigest;
import id.go.banggaikab.rekap.report.word.Captions;
import id.go.banggaikab.rekap.report.word.WordDocument;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

/**
 * The draft of Bab III of the LKjIP (PermenPAN-RB 53/2014) as Word, the quarter's "Tabel LAKIP" document: the chapter's
 * heading and title, its body as the whole LKjIP has it ({@link AkuntabilitasKinerja}), then what the planner should
 * know about the inputs. The figures are those of the workbook; the planner edits words, not numbers.
 */
final class LakipDocument {

    private LakipDocument() {
    }

    static void write(Lkjip lkjip, OutputStream out, String digest) throws IOException {
        WordDocument word = new WordDocument();
        if (lkjip.recap().sample()) {
            word.warning(Wording.SAMPLE_BANNER);
        }
        word.heading(1, "BAB III AKUNTABILITAS KINERJA");
        boolean year = lkjip.recap().periode().triwulan() == 4;
        String what = year ? "Laporan Kinerja Instansi Pemerintah (LKjIP) "
                : "Laporan Kinerja Triwulanan (bahan Bab III LKjIP) ";
        word.paragraph("Caption", LakipText.title(what + lkjip.recap().catalogue().dinasName() + " "
                + LakipText.reach(lkjip.recap().periode()), lkjip.recap()));
        word.paragraph("Catatan", Wording.runLine(lkjip.recap())).setAlignment(ParagraphAlignment.CENTER);
        new AkuntabilitasKinerja(lkjip, word, new Captions(word)).write();
        if (!lkjip.notes().isEmpty()) {
            word.portrait();
            word.lead("Catatan", "Catatan untuk penyusun (hapus sebelum dipakai): ", "").setKeepNext(true);
            for (String note : lkjip.notes()) {
                word.paragraph("Catatan", "– " + note);
            }
        }
        InputDigest.store(word.xwpf().getProperties(), digest, lkjip.recap().verification().isFinal());
        word.write(out);
    }
}
