package id.go.banggaikab.rekap.iki;

/**
 * One difference between the IKI document and the catalogue in force, one row of the Perubahan sheet: what kind, the
 * code concerned (kept, or the new one proposed), the position, the text before and after, and what the proposal did
 * about it, in words.
 */
record Change(Kind kind, String code, String position, String before, String after, String note) {

    enum Kind {
        UNIT_BARU("Unit baru"),
        JABATAN_BARU("Jabatan baru"),
        JABATAN_DIHAPUS("Jabatan dihapus"),
        NAMA_JABATAN("Nama jabatan berubah"),
        MUTASI("Pemegang berganti (mutasi)"),
        PEMEGANG("Nama/NIP pemegang berubah"),
        TUGAS_FUNGSI("Tugas/fungsi berubah"),
        INDIKATOR_BARU("Indikator baru"),
        INDIKATOR_DIHAPUS("Indikator dihapus"),
        INDIKATOR_DIUBAH("Teks indikator diubah"),
        PERLU_DIPUTUSKAN("Diubah atau diganti? (perlu diputuskan)"),
        INDIKATOR_PINDAH("Indikator pindah jabatan"),
        SASARAN("Sasaran berubah"),
        TINGKAT("Tingkat sasaran berubah"),
        SATUAN("Satuan berubah"),
        FORMULA("Formula berubah"),
        SUMBER_DATA("Sumber data berubah");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
