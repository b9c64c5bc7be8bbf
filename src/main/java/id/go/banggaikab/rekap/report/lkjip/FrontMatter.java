package id.go.banggaikab.rekap.report.lkjip;

import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.report.Wording;
import id.go.banggaikab.rekap.report.word.WordDocument;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The LKjIP's cover (the dinas, the year, the status and when it was made), the Kata Pengantar (the usual opening,
 * and a highlighted place for the Kepala Dinas's own words and signature) and the Daftar Isi, Daftar Tabel and
 * Daftar Gambar as Word fields.
 */
final class FrontMatter {

    private final Lkjip lkjip;
    private final WordDocument word;
    private final Status status;

    FrontMatter(Lkjip lkjip, WordDocument word, Status status) {
        this.lkjip = lkjip;
        this.word = word;
        this.status = status;
    }

    void cover() {
        if (lkjip.recap().sample()) {
            word.warning(Wording.SAMPLE_BANNER);
        }
        for (int i = 0; i < 6; i++) {
            word.normal("");
        }
        centred("Title", "LAPORAN KINERJA INSTANSI PEMERINTAH");
        centred("Title", "(LKjIP)");
        centred("Title", "TAHUN " + lkjip.tahun());
        for (int i = 0; i < 4; i++) {
            word.normal("");
        }
        centred("Subtitle", lkjip.recap().catalogue().dinasName().toUpperCase(java.util.Locale.forLanguageTag("id")));
        for (int i = 0; i < 6; i++) {
            word.normal("");
        }
        XWPFParagraph s = centred("Subtitle", null);
        var run = s.createRun();
        run.setBold(true);
        if (!status.isFinal()) {
            run.setColor("C00000");
        }
        run.setText(status.words());
        centred("Catatan", Wording.runLine(lkjip.recap()));
        if (!status.isFinal()) {
            centred("Catatan", "Angka s.d. Triwulan " + id.go.banggaikab.rekap.shared.Periode.roman(
                    status.periode().triwulan()) + ": LKjIP final ditulis setelah Triwulan IV dikunci (rekap kunci).");
        }
    }

    private XWPFParagraph centred(String style, String text) {
        XWPFParagraph p = word.paragraph(style, text);
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    void foreword() {
        word.heading(1, "KATA PENGANTAR");
        word.normal("Laporan Kinerja Instansi Pemerintah (LKjIP) " + lkjip.recap().catalogue().dinasName()
                + " Tahun " + lkjip.tahun() + " disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan"
                + " fungsi serta pencapaian sasaran yang ditetapkan dalam Perjanjian Kinerja Tahun " + lkjip.tahun()
                + ", sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi"
                + " Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.");
        word.normal("Laporan ini menyajikan capaian kinerja sasaran strategis dan sasaran program, perbandingannya"
                + " dengan tahun-tahun sebelumnya dan dengan target akhir Renstra, realisasi anggaran, serta kendala"
                + " dan langkah perbaikan yang disampaikan setiap unit kerja.");
        word.place("Kata-kata Kepala Dinas: pesan, ucapan terima kasih dan harapan. Tulis di sini, lalu hapus kotak"
                + " ini.");
        Position head = lkjip.recap().catalogue().headOf(lkjip.recap().catalogue().root().code()).orElse(null);
        word.place("Tempat dan tanggal penandatanganan (Luwuk, … " + (lkjip.tahun() + 1) + ").");
        XWPFParagraph sign = word.normal(head == null ? "Kepala Dinas" : head.name());
        sign.setAlignment(ParagraphAlignment.RIGHT);
        for (int i = 0; i < 3; i++) {
            word.normal("");
        }
        if (head != null && head.holder() != null && head.holder().name() != null) {
            word.normal(head.holder().name()).setAlignment(ParagraphAlignment.RIGHT);
            if (head.holder().nip() != null) {
                word.normal("NIP " + head.holder().nip()).setAlignment(ParagraphAlignment.RIGHT);
            }
        } else {
            word.place("Nama dan NIP Kepala Dinas (pemegang jabatan belum ada di katalog).");
        }
    }

    /** Daftar Isi, Daftar Tabel and Daftar Gambar, each on a page of its own. */
    void lists() {
        word.pageBreak();
        word.paragraph("JudulDaftar", "DAFTAR ISI");
        word.contentsList();
        word.paragraph("Catatan", "Nomor halaman daftar ini dan daftar tabel/gambar diisi saat diperbarui: Word"
                + " memperbaruinya ketika dokumen dibuka (jawab Ya); di LibreOffice pilih Alat › Perbarui › Perbarui"
                + " Semua.");
        word.pageBreak();
        word.paragraph("JudulDaftar", "DAFTAR TABEL");
        word.tablesList();
        word.pageBreak();
        word.paragraph("JudulDaftar", "DAFTAR GAMBAR");
        word.figuresList();
    }
}
