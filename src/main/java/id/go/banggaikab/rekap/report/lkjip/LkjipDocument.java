package id.go.banggaikab.rekap.report.lkjip;

import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.output.InputDigest;
import id.go.banggaikab.rekap.report.AkuntabilitasKinerja;
import id.go.banggaikab.rekap.report.word.Captions;
import id.go.banggaikab.rekap.report.word.WordDocument;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The LKjIP in the order PermenPAN-RB 53/2014 gives it: the cover (no running head), the front matter numbered i, ii …
 * (Kata Pengantar, Daftar Isi, Daftar Tabel, Daftar Gambar, Ikhtisar Eksekutif), then from page 1 Bab I Pendahuluan,
 * Bab II Perencanaan Kinerja, Bab III Akuntabilitas Kinerja (the Tabel LAKIP draft's body), Bab IV Penutup and the
 * Lampiran. Every page after the cover carries the status in its header.
 */
final class LkjipDocument {

    private LkjipDocument() {
    }

    static void write(Lkjip lkjip, OutputStream out, String digest) throws IOException {
        Status status = Status.of(lkjip);
        WordDocument word = new WordDocument();
        Captions captions = new Captions(word);
        FrontMatter front = new FrontMatter(lkjip, word, status);
        front.cover();
        word.endCover();
        word.runningHead(status.head());
        front.foreword();
        front.lists();
        new IkhtisarEksekutif(lkjip, word).write();
        word.startBody();
        new Pendahuluan(lkjip, word, captions).write();
        new PerencanaanKinerja(lkjip, word, captions).write();
        word.chapter("BAB III AKUNTABILITAS KINERJA");
        new AkuntabilitasKinerja(lkjip, word, captions).write();
        word.portrait();
        new Penutup(lkjip, word).write();
        new Lampiran(lkjip, word, captions).write();
        if (!lkjip.notes().isEmpty()) {
            word.lead("Catatan", "Catatan untuk penyusun (hapus sebelum dipakai): ", "").setKeepNext(true);
            for (String note : lkjip.notes()) {
                word.paragraph("Catatan", "– " + note);
            }
        }
        word.updateFieldsOnOpen();
        InputDigest.store(word.xwpf().getProperties(), digest, status.isFinal());
        word.write(out);
    }
}
