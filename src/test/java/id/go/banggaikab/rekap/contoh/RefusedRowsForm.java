package id.go.banggaikab.rekap.contoh;

import id.go.banggaikab.rekap.submission.FormBuilder;
import java.nio.file.Path;

/**
 * A form of the Kewirausahaan seksi for 2026 TW I with one good row and {@code n} rows that are each refused (a code
 * the catalogue does not know, a figure beside it): a broken export or a hostile file. For the job test that the
 * receipts and Masalah grow linearly, and for {@code scripts/benchmark-refused-rows.sh}.
 */
public final class RefusedRowsForm {

    private RefusedRowsForm() {
    }

    public static FormBuilder of(int refused) {
        FormBuilder form = FormBuilder.xlsx().header("Seksi Peningkatan Kualitas Kewirausahaan", 2026, "I")
                .columns("Kode", "Indikator Kinerja", "Realisasi")
                .row("KASI-KWU-01", "Jumlah Peserta Pelatihan Usaha Mikro", 30);
        for (int i = 1; i <= refused; i++) {
            form.row("XKWU-" + i, "Kegiatan tambahan nomor " + i, i);
        }
        return form;
    }

    /** Writes the form with {@code args[0]} refused rows to {@code args[1]}. */
    public static void main(String[] args) {
        int refused = Integer.parseInt(args[0]);
        Path file = of(refused).writeTo(Path.of(args[1]));
        System.out.println("Formulir dengan " + refused + " baris yang ditolak ditulis ke " + file.toAbsolutePath());
    }
}
