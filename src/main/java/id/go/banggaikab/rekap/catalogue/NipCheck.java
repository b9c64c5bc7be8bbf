package id.go.banggaikab.rekap.catalogue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks a NIP against the 18-digit rule (birth date YYYYMMDD, TMT CPNS YYYYMM, gender 1/2, 3-digit sequence).
 * A malformed NIP is only ever a warning: the document is what it is, and a report is never refused for it.
 */
final class NipCheck {

    private NipCheck() {
    }

    /** Why the NIP breaks the rule, or empty when it is well formed. */
    static Optional<String> problem(String nip) {
        if (nip == null || nip.isBlank()) {
            return Optional.of("NIP kosong");
        }
        String digits = nip.replaceAll("[\\s.]", "");
        if (!digits.matches("\\d+")) {
            return Optional.of("NIP memuat karakter selain angka");
        }
        if (digits.length() != 18) {
            return Optional.of("NIP berisi " + digits.length() + " digit, seharusnya 18");
        }
        try {
            LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            return Optional.of("tanggal lahir " + digits.substring(0, 8) + " tidak mungkin");
        }
        int tmtMonth = Integer.parseInt(digits.substring(12, 14));
        if (tmtMonth < 1 || tmtMonth > 12) {
            return Optional.of("bulan TMT CPNS " + tmtMonth + " tidak mungkin");
        }
        char gender = digits.charAt(14);
        if (gender != '1' && gender != '2') {
            return Optional.of("digit jenis kelamin " + gender + " harus 1 atau 2");
        }
        return Optional.empty();
    }
}
