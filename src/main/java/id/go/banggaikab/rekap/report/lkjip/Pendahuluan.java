package id.go.banggaikab.rekap.report.lkjip;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.UnitStaff;
import id.go.banggaikab.rekap.report.word.Captions;
import id.go.banggaikab.rekap.report.word.WordDocument;
import id.go.banggaikab.rekap.report.word.WordTable;
import java.util.List;

/**
 * Bab I Pendahuluan: the latar belakang (the rule, and a place for what the dinas adds), the Kepala Dinas's TUGAS and
 * FUNGSI word for word as the IKI document gives them (the catalogue's {@code tugas_dokumen}, {@code fungsi_dokumen}),
 * with the catalogue's decision on their defects shown beside them, not mended; the organisation as a chart and as a
 * table of positions with their holders; the staff per unit; a place for the isu strategis; the sistematika.
 */
final class Pendahuluan {

    private static final int[] POSITION_WEIGHTS = {6, 40, 30, 24};
    private static final int[] STAFF_WEIGHTS = {6, 58, 18, 18};

    private final Lkjip lkjip;
    private final WordDocument word;
    private final Captions captions;
    private final Catalogue catalogue;

    Pendahuluan(Lkjip lkjip, WordDocument word, Captions captions) {
        this.lkjip = lkjip;
        this.word = word;
        this.captions = captions;
        this.catalogue = lkjip.recap().catalogue();
    }

    void write() {
        word.chapter("BAB I PENDAHULUAN");
        captions.chapter("1.");
        word.heading(2, "A. Latar Belakang");
        word.normal("Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah"
                + " mewajibkan setiap perangkat daerah menyusun Laporan Kinerja sebagai pertanggungjawaban atas"
                + " pencapaian kinerja yang ditetapkan dalam Perjanjian Kinerja. Laporan ini disusun menurut Peraturan"
                + " Menteri PANRB Nomor 53 Tahun 2014 dan menjadi bahan evaluasi serta perbaikan kinerja "
                + catalogue.dinasName() + " pada tahun berikutnya.");
        word.place("Dasar pembentukan dinas (Peraturan Daerah dan Peraturan Bupati tentang kedudukan, susunan"
                + " organisasi, tugas dan fungsi) dan gambaran umum yang ingin disampaikan.");
        duties();
        organisation();
        staff();
        word.heading(2, "E. Isu Strategis");
        word.place("Isu strategis yang dihadapi dinas tahun ini (dari Renstra dan Renja): permasalahan utama,"
                + " peluang dan tantangan. Hanya penyusun yang dapat menuliskannya.");
        word.heading(2, "F. Sistematika Penyajian");
        word.normal("Bab I Pendahuluan menguraikan latar belakang, tugas dan fungsi, struktur organisasi, sumber daya"
                + " dan isu strategis. Bab II Perencanaan Kinerja menyajikan sasaran, indikator dan target Renstra serta"
                + " Perjanjian Kinerja Tahun " + lkjip.tahun() + ". Bab III Akuntabilitas Kinerja menyajikan capaian"
                + " kinerja, perbandingannya dengan tahun-tahun sebelumnya dan target akhir Renstra, analisis penyebab"
                + " serta realisasi anggaran dan efisiensinya. Bab IV Penutup memuat simpulan dan rencana tindak lanjut."
                + " Lampiran memuat Perjanjian Kinerja, Indikator Kinerja Individu setiap jabatan dan Rencana Aksi.");
    }

    private void duties() {
        word.heading(2, "B. Tugas dan Fungsi");
        Position head = catalogue.headOf(catalogue.root().code()).orElse(null);
        if (head == null || head.duties().isEmpty()) {
            word.place("Tugas dan fungsi " + (head == null ? "Kepala Dinas" : head.name()) + " belum ada di katalog:"
                    + " isi tugas_dokumen dan fungsi_dokumen jabatan kepala dinas di config/katalog.yml, kata demi kata"
                    + " seperti dokumen IKI.");
            return;
        }
        word.normal("Tugas dan fungsi " + head.name() + " menurut dokumen Indikator Kinerja Individu, dikutip apa"
                + " adanya:");
        word.lead("Normal", "Tugas: ", "").setKeepNext(true);
        head.duties().tugas().forEach(t -> word.paragraph("Kutipan", t));
        word.lead("Normal", "Fungsi: ", "").setKeepNext(true);
        head.duties().fungsi().forEach(f -> word.paragraph("Kutipan", f));
        String decision = head.upkeep().decision();
        if (decision != null && !decision.isBlank()) {
            word.lead("Isian", WordDocument.CHECK_MARK + " ", "Catatan katalog tentang teks ini: " + decision
                    + " Perbaiki di dokumen sumber (IKI) bila perlu; laporan tidak membetulkannya diam-diam.");
        }
    }

    private void organisation() {
        word.heading(2, "C. Struktur Organisasi");
        word.normal("Susunan organisasi " + catalogue.dinasName() + " terdiri atas " + describe() + ". Bagan dan"
                + " daftar jabatan berikut disusun dari katalog IKI tahun " + lkjip.tahun() + ".");
        OrgChart chart = new OrgChart(lkjip.staff());
        word.picture(chart.png(word.textWidthPoints()), "struktur-organisasi.png", word.textWidthPoints(),
                chart.heightPoints(word.textWidthPoints()));
        captions.figure("Struktur Organisasi " + catalogue.dinasName());
        captions.table("Jabatan dan Pemegang Jabatan");
        WordTable t = word.table(POSITION_WEIGHTS);
        t.header(List.of("No", "Jabatan", "Pemegang", "NIP"));
        int n = 0;
        for (UnitStaff u : lkjip.staff()) {
            if (u.positions().isEmpty()) {
                continue;
            }
            t.span(u.unit().name());
            for (Position p : u.positions()) {
                t.add(List.of(Integer.toString(++n), p.name(), holder(p), nip(p)));
            }
        }
    }

    private String describe() {
        List<UnitStaff> staff = lkjip.staff();
        long below = staff.stream().filter(u -> u.depth() == 1).count();
        long deeper = staff.stream().filter(u -> u.depth() >= 2).count();
        return "Kepala Dinas, " + below + " unit di bawahnya (sekretariat dan bidang) dan " + deeper
                + " sub bagian/seksi";
    }

    static String holder(Position p) {
        return p.holder() == null || p.holder().name() == null || p.holder().name().isBlank() ? "(belum diisi)"
                : p.holder().name();
    }

    /** The NIP as the catalogue keeps it, with what is wrong with it when it breaks the 18-digit rule. */
    static String nip(Position p) {
        if (p.holder() == null || p.holder().nip() == null) {
            return "";
        }
        return p.holder().nip() + p.holder().nipProblem().map(why -> " (periksa: " + why + ")").orElse("");
    }

    private void staff() {
        word.heading(2, "D. Sumber Daya Manusia");
        int positions = lkjip.staff().stream().mapToInt(u -> u.positions().size()).sum();
        int filled = lkjip.staff().stream().mapToInt(UnitStaff::filled).sum();
        word.normal("Menurut katalog IKI, " + catalogue.dinasName() + " memiliki " + positions + " jabatan dengan"
                + " Indikator Kinerja Individu, " + filled + " di antaranya telah ada pemegangnya. Rinciannya per unit"
                + " kerja:");
        captions.table("Jumlah Jabatan dan Pegawai per Unit Kerja");
        WordTable t = word.table(STAFF_WEIGHTS);
        t.header(List.of("No", "Unit Kerja", "Jabatan ber-IKI", "Pegawai (pemegang)"));
        int n = 0;
        for (UnitStaff u : lkjip.staff()) {
            t.add(List.of(Integer.toString(++n), "  ".repeat(u.depth()) + u.unit().name(),
                    Integer.toString(u.positions().size()), Integer.toString(u.filled())), 2, 3);
        }
        t.add(List.of("", "Jumlah", Integer.toString(positions), Integer.toString(filled)), 2, 3);
        word.paragraph("Catatan", "Dihitung dari katalog: satu pemegang per jabatan yang memiliki IKI; pegawai tanpa"
                + " IKI tidak tercatat di katalog.");
        word.place("Komposisi pegawai menurut golongan, pendidikan dan jabatan fungsional, serta sarana dan prasarana"
                + " (dari data kepegawaian dan aset).");
    }
}
