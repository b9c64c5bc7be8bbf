package id.go.banggaikab.rekap.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sheets and columns of {@code config/katalog.xlsx}, in one place for the writer and the reader: each column's
 * header (and other headers the reader takes for it), the katalog.yml key it holds, how its cell reads, the choices
 * of a closed set (written as drop-down lists) and a line of help for the Petunjuk sheet.
 */
final class CatalogueLayout {

    /** The workbook's file name beside katalog.yml. */
    static final String FILE = "katalog.xlsx";
    /** The header row of every catalogue sheet the writer makes (0-based; row 4 as Excel counts). */
    static final int HEADER_ROW = 3;
    /** Where the dinas's name stands on the units' sheet, above the table. */
    static final String DINAS_LABEL = "Nama Dinas";
    /** The column a proposal marks what the staff must still check in; the reader reminds while it is filled. */
    static final String REVIEW = "Perlu Diperiksa";
    /** The review column as the reader takes it, on the sheets a proposal marks. */
    static final Col REVIEW_COL = Col.of("perlu_diperiksa", REVIEW, Type.TEXT, 48, "Yang harus diperiksa staf.");
    /** Texts of a list in one cell are parted by this. */
    static final String LIST_SEPARATOR = "; ";

    enum Type {
        /** Plain text. */
        TEXT,
        /** Several texts parted by ";". */
        LIST,
        /** Codes parted by "," or ";". */
        CODES,
        /** Ya or Tidak. */
        FLAG,
        NUMBER,
        YEAR,
        /** One of {@code choices}. */
        CHOICE,
        /** A code of another sheet ({@code ref}). */
        REF
    }

    record Col(String key, String header, List<String> otherHeaders, Type type, List<String> choices, Sheet ref,
            int width, String help) {

        static Col of(String key, String header, Type type, int width, String help, String... otherHeaders) {
            return new Col(key, header, List.of(otherHeaders), type, List.of(), null, width, help);
        }

        static Col choice(String key, String header, List<String> choices, int width, String help) {
            return new Col(key, header, List.of(), Type.CHOICE, choices, null, width, help);
        }

        static Col ref(String key, String header, Sheet ref, int width, String help, String... otherHeaders) {
            return new Col(key, header, List.of(otherHeaders), Type.REF, List.of(), ref, width, help);
        }

        List<String> headers() {
            return Stream.concat(Stream.of(header), otherHeaders.stream())
                    .toList();
        }
    }

    static final List<String> YA_TIDAK = List.of("Ya", "Tidak");
    static final List<String> ACCUMULATIONS = List.of("jumlah", "terakhir");

    enum Sheet {
        UNIT("Unit Kerja", "Unit kerja (organisasi): dinas, sekretariat, bidang, sub bagian dan seksi, masing-masing"
                + " dengan induknya."),
        JABATAN("Jabatan", "Jabatan di setiap unit dengan pemegangnya (nama dan NIP). Ganti Nama dan NIP bila ada"
                + " mutasi; kode jabatan tetap."),
        TUGAS_FUNGSI("Tugas dan Fungsi", "TUGAS dan FUNGSI setiap jabatan kata demi kata seperti di dokumen IKI,"
                + " satu butir per baris dengan hurufnya (a., b., …)."),
        INDIKATOR("Indikator", "Indikator Kinerja Individu setiap jabatan: cara mengukur, akumulasi setahun, unit"
                + " pelapor dan induknya di pohon kinerja."),
        REGISTER("Aturan Register", "Bagian indikator yang dihitung dari register dinas, bukan diketik di"
                + " formulir: satu baris per syarat.");

        private final String title;
        private final String purpose;

        Sheet(String title, String purpose) {
            this.title = title;
            this.purpose = purpose;
        }

        String title() {
            return title;
        }

        String purpose() {
            return purpose;
        }

        List<Col> columns() {
            return switch (this) {
                case UNIT -> UNIT_COLUMNS;
                case JABATAN -> JABATAN_COLUMNS;
                case TUGAS_FUNGSI -> DUTY_COLUMNS;
                case INDIKATOR -> INDIKATOR_COLUMNS;
                case REGISTER -> REGISTER_COLUMNS;
            };
        }

        /** The keys whose headers tell the sheet apart, wherever its header row stands and whatever its name. */
        List<String> telling() {
            return switch (this) {
                case UNIT -> List.of("kode", "nama", "induk");
                case JABATAN -> List.of("kode", "nama", "unit");
                case TUGAS_FUNGSI -> List.of("jabatan", "bagian", "uraian");
                case INDIKATOR -> List.of("kode", "jabatan", "nama");
                case REGISTER -> List.of("indikator", "bagian", "dari");
            };
        }

        /** The columns the reader takes: the sheet's own, and the review column on the sheets a proposal marks. */
        List<Col> readColumns() {
            return this == UNIT || this == JABATAN || this == INDIKATOR
                    ? Stream.concat(columns().stream(), Stream.of(REVIEW_COL)).toList()
                    : columns();
        }

        /** The keys without which a row cannot be read: a sheet lacking one of these columns is refused whole. */
        List<String> needed() {
            return switch (this) {
                case UNIT -> List.of("kode", "nama");
                case JABATAN -> List.of("kode", "nama", "unit");
                case TUGAS_FUNGSI -> List.of("jabatan", "bagian", "uraian");
                case INDIKATOR -> List.of("kode", "jabatan", "sasaran", "nama", "satuan");
                case REGISTER -> List.of("indikator", "bagian", "dari");
            };
        }

        Optional<Col> column(String key) {
            return columns().stream().filter(c -> c.key().equals(key)).findFirst();
        }
    }

    private static final String DECISION_HELP = "Keputusan atas cacat dokumen IKI yang menyangkut butir ini (salinan"
            + " teks, kolom bergeser, NIP menyalahi aturan 18 digit, ejaan), dalam kata-kata. Tidak mengubah hitungan.";
    private static final Col FROM = Col.of("berlaku_mulai", "Berlaku Mulai", Type.YEAR, 10, "Tahun pertama butir ini"
            + " berlaku (kosong: sejak dulu). Diisi untuk butir baru dari dokumen IKI baru.");
    private static final Col UNTIL = Col.of("berlaku_sampai", "Berlaku Sampai", Type.YEAR, 10, "Tahun terakhir butir"
            + " ini berlaku (kosong: masih berlaku). Butir yang dihapus dari dokumen IKI diberi tahun terakhirnya,"
            + " tidak dihapus, supaya tetap tampil di rekap tahun-tahun itu.");
    private static final Col DECISION = Col.of("keputusan", "Keputusan atas Cacat Dokumen", Type.TEXT, 48,
            DECISION_HELP, "Keputusan");

    private static final List<Col> UNIT_COLUMNS = List.of(
            Col.of("kode", "Kode", Type.TEXT, 14, "Kode tetap unit, mis. SEKSI-KWU.", "Kode Unit"),
            Col.of("nama", "Nama Unit", Type.TEXT, 44, "Nama resmi unit, seperti ditulis di formulir.", "Unit Kerja",
                    "Unit"),
            Col.choice("jenis", "Jenis", List.of("dinas", "sekretariat", "bidang", "sub bagian", "seksi"), 13,
                    "dinas, sekretariat, bidang, sub bagian atau seksi."),
            Col.ref("induk", "Induk", Sheet.UNIT, 14, "Kode unit atasan; kosong hanya untuk dinas.", "Kode Induk"),
            Col.of("alias", "Alias", Type.LIST, 44, "Nama lain unit yang ditulis staf di formulir, dipisah titik"
                    + " koma."),
            Col.of("bobot", "Bobot", Type.NUMBER, 8, "Bobot dalam skor atasannya (bawaan 1)."),
            FROM, UNTIL, DECISION);

    private static final List<Col> JABATAN_COLUMNS = List.of(
            Col.of("kode", "Kode", Type.TEXT, 14, "Kode tetap jabatan, mis. KASI-KWU.", "Kode Jabatan"),
            Col.of("nama", "Jabatan", Type.TEXT, 40, "Nama jabatan.", "Nama Jabatan"),
            Col.ref("unit", "Unit", Sheet.UNIT, 14, "Kode unit jabatan ini (lembar Unit Kerja).", "Kode Unit",
                    "Unit Kerja"),
            Col.of("kepala", "Kepala", Type.FLAG, 8, "Ya bila jabatan ini kepala unitnya."),
            Col.of("pemegang.nama", "Nama", Type.TEXT, 28, "Nama pemegang jabatan seperti di tanda tangan.",
                    "Nama Pemegang", "Pemegang"),
            Col.of("pemegang.nip", "NIP", Type.TEXT, 22, "NIP pemegang seperti tertulis (18 digit; yang menyalahi"
                    + " aturan ditulis apa adanya dan diberi peringatan)."),
            Col.of("bobot", "Bobot", Type.NUMBER, 8, "Bobot dalam skor unitnya (bawaan 1)."),
            Col.of("alias", "Alias", Type.LIST, 36, "Nama lain jabatan (ejaan dokumen, singkatan), dipisah titik"
                    + " koma."),
            Col.of("tugas", "Ringkasan Tugas", Type.TEXT, 44, "Ringkasan tugas dengan kata-kata katalog sendiri; teks"
                    + " lengkap dokumen ada di lembar Tugas dan Fungsi."),
            FROM, UNTIL, DECISION);

    private static final List<Col> DUTY_COLUMNS = List.of(
            Col.ref("jabatan", "Kode Jabatan", Sheet.JABATAN, 14, "Kode jabatan (lembar Jabatan)."),
            Col.of("nama_jabatan", "Jabatan", Type.TEXT, 30, "Nama jabatan, untuk dibaca saja."),
            Col.choice("bagian", "Bagian", List.of("Tugas", "Fungsi"), 9, "Tugas atau Fungsi."),
            Col.of("uraian", "Uraian (sesuai dokumen IKI)", Type.TEXT, 100, "Satu butir tugas atau fungsi kata demi"
                    + " kata seperti di dokumen, dengan hurufnya.", "Uraian", "Butir"));

    private static final List<Col> INDIKATOR_COLUMNS = List.of(
            Col.of("kode", "Kode", Type.TEXT, 15, "Kode tetap indikator (kolom Kode di formulir); jangan diganti"
                    + " setelah dipakai.", "Kode Indikator"),
            Col.ref("jabatan", "Kode Jabatan", Sheet.JABATAN, 14, "Kode jabatan pemilik indikator.", "Jabatan"),
            Col.choice("tingkat", "Tingkat", List.of("strategis", "program", "kegiatan"), 11,
                    "Tingkat sasaran: strategis, program atau kegiatan (judul tabel di dokumen IKI)."),
            Col.of("sasaran", "Sasaran", Type.TEXT, 36, "Teks sasaran."),
            Col.of("nama", "Indikator Kinerja", Type.TEXT, 44, "Teks indikator yang benar (ejaan dibetulkan).",
                    "Indikator", "Nama Indikator"),
            Col.of("alias", "Alias", Type.LIST, 36, "Teks lain yang juga dikenali di formulir (mis. ejaan asli"
                    + " dokumen), dipisah titik koma."),
            Col.of("formula", "Formula", Type.TEXT, 40, "Penjelasan/formulasi penghitungan.",
                    "Penjelasan/Formulasi Penghitungan", "Formulasi"),
            Col.of("satuan", "Satuan", Type.TEXT, 10, "Satuan yang tampil di rekap, mis. Dokumen atau %."),
            Col.choice("jenis", "Jenis", List.of("jumlah", "rasio", "rasio pertumbuhan", "nilai", "predikat"), 16,
                    "jumlah, rasio (pembilang/penyebut), rasio pertumbuhan (penyebut tahun N-1), nilai, predikat."),
            Col.choice("akumulasi", "Akumulasi", ACCUMULATIONS, 11, "Untuk jumlah/nilai: jumlah (dijumlah antar"
                    + " triwulan) atau terakhir (nilai triwulan terakhir)."),
            Col.of("pembilang.nama", "Pembilang", Type.TEXT, 30, "Untuk rasio: nama pembilang."),
            Col.choice("pembilang.akumulasi", "Akumulasi Pembilang", ACCUMULATIONS, 12, "jumlah atau terakhir."),
            Col.of("penyebut.nama", "Penyebut", Type.TEXT, 30, "Untuk rasio: nama penyebut."),
            Col.choice("penyebut.akumulasi", "Akumulasi Penyebut", ACCUMULATIONS, 12, "jumlah atau terakhir."),
            Col.of("maks_100", "Maks 100%", Type.FLAG, 9, "Ya bila rasio tidak mungkin melebihi 100 %."),
            Col.choice("polaritas", "Polaritas", List.of("naik", "turun"), 10, "naik (makin tinggi makin baik,"
                    + " bawaan) atau turun."),
            Col.of("pelapor", "Pelapor", Type.CODES, 24, "Kode unit yang melaporkan angkanya, dipisah koma (kosong:"
                    + " unit jabatan itu sendiri)."),
            Col.choice("gabung", "Gabung", List.of("sama", "jumlah"), 9, "Bila beberapa unit melapor: sama (angka"
                    + " yang sama; berkas terbaru) atau jumlah (dijumlahkan)."),
            Col.ref("induk", "Induk", Sheet.INDIKATOR, 15, "Kode indikator atasan yang didukung (pohon kinerja).",
                    "Kode Induk"),
            Col.of("sumber_data", "Sumber Data", Type.TEXT, 32, "Teks SUMBER DATA dari dokumen."),
            Col.of("turunan", "Turunan", Type.TEXT, 20, "Rumus bila dihitung dari indikator lain, mis."
                    + " {KODE-A} + {KODE-B}."),
            FROM, UNTIL, DECISION);

    private static final List<Col> REGISTER_COLUMNS = List.of(
            Col.ref("indikator", "Kode Indikator", Sheet.INDIKATOR, 15, "Kode indikator yang bagiannya dihitung.",
                    "Indikator"),
            Col.choice("bagian", "Bagian", List.of("pembilang", "penyebut", "nilai"), 11, "pembilang, penyebut"
                    + " (rasio) atau nilai (jumlah/nilai)."),
            Col.choice("dari", "Dari", List.of("koperasi", "usaha mikro"), 13, "Jenis register: koperasi atau usaha"
                    + " mikro."),
            Col.of("jumlahkan", "Jumlahkan", Type.TEXT, 16, "Kolom angka yang dijumlahkan (mis. Volume Usaha);"
                    + " kosong: baris dihitung."),
            Col.choice("tahun", "Tahun", List.of("ini", "lalu"), 8, "ini (bawaan) atau lalu (angka tahun N-1)."),
            Col.of("kolom", "Kolom Syarat", Type.TEXT, 22, "Judul kolom register yang diuji; kosong: semua baris."),
            Col.choice("syarat", "Syarat", List.of("sama dengan", "bukan", "terisi", "dalam tahun terakhir",
                    "tanggal"), 18, "sama dengan, bukan, terisi, dalam tahun terakhir, atau tanggal."),
            Col.of("nilai", "Nilai Syarat", Type.LIST, 24, "Untuk sama dengan/bukan: isinya (boleh beberapa, dipisah"
                    + " titik koma); terisi: ya/tidak; dalam tahun terakhir: jumlah tahun; tanggal: dalam triwulan,"
                    + " dalam tahun atau sampai akhir triwulan."),
            Col.choice("bila_kolom_ada", "Bila Kolom Ada", List.of("ya", "tidak"), 10, "ya: syarat dilewati bila"
                    + " register tidak menyimpan kolomnya."));

    private CatalogueLayout() {
    }
}
