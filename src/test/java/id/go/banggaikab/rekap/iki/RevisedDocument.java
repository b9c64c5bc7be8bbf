package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.iki.IkiDocxBuilder.Row;
import id.go.banggaikab.rekap.iki.SeedDocument.SeedPosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed document as the dinas might issue it for 2027: a mutasi (a new Kepala Seksi Peningkatan Kualitas
 * Kewirausahaan), an indicator added to that seksi and a percentage added to its Kepala Bidang, the Kasi Fasilitasi
 * Usaha Mikro's promotion indicator dropped, the Kasi P3UM's indicator reworded, the Kasi Kelembagaan's indicator
 * changed into something only partly alike, a new seksi with its head, and the Pengelola Data Izin Usaha Mikro gone.
 */
final class RevisedDocument {

    static final String NEW_HOLDER = "SITI RAHMA LAMANGGA, S.E.";
    static final String NEW_NIP = "19850212 201001 2 015";
    static final String ADDED = "Jumlah Usaha Mikro yang Naik Kelas";
    static final String ADDED_RATIO = "Persentase Usaha Mikro yang Naik Kelas";
    static final String REWORDED = "Jumlah Peserta Sosialisasi Peraturan Perundang-undangan bagi Pelaku Usaha Mikro";
    static final String DOUBTFUL = "Jumlah Koperasi Baru yang Dibentuk";
    static final String NEW_HEAD = "KEPALA SEKSI PEMBIAYAAN USAHA MIKRO";

    private RevisedDocument() {
    }

    static List<SeedPosition> positions() throws IOException {
        List<SeedPosition> out = new ArrayList<>();
        for (SeedPosition p : SeedDocument.positions()) {
            List<Row> rows = new ArrayList<>(p.rows());
            String name = p.name();
            String nip = p.nip();
            if (p.title().equals("KEPALA SEKSI PENINGKATAN KUALITAS KEWIRAUSAHAAN")) {
                name = NEW_HOLDER;
                nip = "NIP. " + NEW_NIP;
                rows.add(new Row(null, ADDED, "Σ usaha mikro binaan yang naik kelas dari mikro ke kecil",
                        "Data Pelatihan Kewirausahaan Bagi Usaha Mikro"));
            } else if (p.title().equals("KEPALA BIDANG PEMBERDAYAAN USAHA MIKRO")) {
                rows.add(new Row(null, ADDED_RATIO, "$\\frac{\\sum \\text{Usaha mikro yang naik kelas}}{\\sum"
                        + " \\text{Usaha mikro binaan}} \\times 100 \\%$", "Seksi Peningkatan Kualitas Kewirausahaan"));
            } else if (p.title().equals("KEPALA SEKSI FASILITAS USAHA MIKRO")) {
                rows.remove(1);
            } else if (p.title().startsWith("KEPALA SEKSI PENGEMBANGAN, PENGUATAN DAN PERLINDUNGAN USAHA")) {
                Row r = rows.get(0);
                rows.set(0, new Row(r.sasaran(), REWORDED, REWORDED, r.source()));
            } else if (p.title().equals("KEPALA SEKSI KELEMBAGAAN DAN PERIZINAN")) {
                Row r = rows.get(0);
                rows.set(0, new Row(r.sasaran(), DOUBTFUL, DOUBTFUL, r.source()));
            } else if (p.title().equals("PENGELOLAH DATA IZIN USAHA MIKRO")) {
                continue;
            }
            out.add(new SeedPosition(p.title(), p.tugas(), p.fungsi(), p.heading(), rows, p.signature(), name, nip));
            if (p.title().equals("KEPALA SEKSI PENINGKATAN KUALITAS KEWIRAUSAHAAN")) {
                out.add(newHead());
            }
        }
        return out;
    }

    private static SeedPosition newHead() {
        return new SeedPosition(NEW_HEAD, List.of("Memimpin dan melaksanakan kegiatan fasilitasi pembiayaan usaha"
                + " mikro berdasarkan Peraturan Perundang-undangan yang berlaku."), List.of(),
                "SASARAN KINERJA KEGIATAN", List.of(new Row("Meningkatnya Akses Pembiayaan Usaha Mikro",
                        "Jumlah Usaha Mikro yang Mendapat Akses Kredit Usaha Rakyat",
                        "Jumlah Usaha Mikro yang Mendapat Akses KUR", "Data Pembiayaan Usaha Mikro")),
                List.of(NEW_HEAD), "AGUS SALIM, S.E", "NIP. 19800101 200501 1 003");
    }

    static IkiDocxBuilder build() throws IOException {
        IkiDocxBuilder doc = new IkiDocxBuilder().title("INDIKATOR KINERJA INDIVIDU TAHUN 2027");
        return doc.title("DINAS KOPERASI DAN UKM KABUPATEN BANGGAI").positions(positions());
    }
}
