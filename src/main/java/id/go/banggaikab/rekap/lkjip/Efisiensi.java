package id.go.banggaikab.rekap.lkjip;

/**
 * Capaian kinerja against serapan anggaran, in percentage points ({@code selisih} = capaian − serapan), read in
 * words. The regulation names no bands; these are the ones chosen: "Efisien" when the capaian is at least the
 * serapan (the results came at no more than their share of the money), "Kurang efisien" when it falls short by up to
 * {@value #KURANG_EFISIEN_POIN} points, "Tidak efisien" beyond that. Without either figure there is no reading.
 */
public record Efisiensi(Double selisih, Reading reading) {

    /** How far capaian may fall below serapan, in points, and still read "Kurang efisien" rather than "Tidak". */
    public static final double KURANG_EFISIEN_POIN = 10;

    public enum Reading {
        EFISIEN("Efisien"), KURANG_EFISIEN("Kurang efisien"), TIDAK_EFISIEN("Tidak efisien"),
        BELUM_DAPAT_DINILAI("Belum dapat dinilai");

        private final String words;

        Reading(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public static Efisiensi of(Double capaianKinerja, Double serapan) {
        if (capaianKinerja == null || serapan == null) {
            return new Efisiensi(null, Reading.BELUM_DAPAT_DINILAI);
        }
        double d = capaianKinerja - serapan;
        Reading r = d >= 0 ? Reading.EFISIEN : d >= -KURANG_EFISIEN_POIN ? Reading.KURANG_EFISIEN
                : Reading.TIDAK_EFISIEN;
        return new Efisiensi(d, r);
    }
}
