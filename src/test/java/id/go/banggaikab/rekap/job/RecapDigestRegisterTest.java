package id.go.banggaikab.rekap.job;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.register.RegisterDetail;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The register rows behind the counted figures are fingerprinted field by field without their text: the same rows
 * give the same fingerprint, and a change to any one field of any one row (or which file or sheet it came from, even
 * when the next row comes from the same place) gives another.
 */
class RecapDigestRegisterTest {

    private static RegisterDetail.Row row(int n) {
        return new RegisterDetail.Row(4, "register/usaha-mikro-binaan.xlsx", "Daftar", n, "91200" + n, "Usaha " + n,
                "Luwuk", n % 2 == 0 ? null : n * 1.5, "terdaftar 12 Maret 2026");
    }

    private static RegisterDetail detail(UnaryOperator<RegisterDetail.Row> third) {
        List<RegisterDetail.Row> rows = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            rows.add(n == 3 ? third.apply(row(n)) : row(n));
        }
        return new RegisterDetail(List.of(new RegisterDetail.Group(List.of("KABID-PUM-01 pembilang"), "usaha mikro",
                "terdaftar dalam triwulan", "TW IV", 5, "usaha", false, rows, 0)), 0, 1000);
    }

    private static String hex(RegisterDetail d) {
        return HexFormat.of().formatHex(RecapDigest.registers(d));
    }

    @Test
    void theSameRowsGiveTheSameFingerprintAndAnyChangedFieldAnother() {
        String same = hex(detail(r -> r));
        assertThat(hex(detail(r -> r))).isEqualTo(same);

        List<UnaryOperator<RegisterDetail.Row>> changes = List.of(
                r -> new RegisterDetail.Row(3, r.file(), r.sheet(), r.row(), r.id(), r.name(), r.kecamatan(), r.value(),
                        r.basis()),
                r -> new RegisterDetail.Row(r.triwulan(), "register/lain.xlsx", r.sheet(), r.row(), r.id(), r.name(),
                        r.kecamatan(), r.value(), r.basis()),
                r -> new RegisterDetail.Row(r.triwulan(), r.file(), "Daftar 2", r.row(), r.id(), r.name(),
                        r.kecamatan(), r.value(), r.basis()),
                r -> new RegisterDetail.Row(r.triwulan(), r.file(), r.sheet(), 99, r.id(), r.name(), r.kecamatan(),
                        r.value(), r.basis()),
                r -> new RegisterDetail.Row(r.triwulan(), r.file(), r.sheet(), r.row(), "912009", r.name(),
                        r.kecamatan(), r.value(), r.basis()),
                r -> new RegisterDetail.Row(r.triwulan(), r.file(), r.sheet(), r.row(), r.id(), "Usaha 3 ", r.kecamatan(),
                        r.value(), r.basis()),
                r -> new RegisterDetail.Row(r.triwulan(), r.file(), r.sheet(), r.row(), r.id(), r.name(), null,
                        r.value(), r.basis()),
                r -> new RegisterDetail.Row(r.triwulan(), r.file(), r.sheet(), r.row(), r.id(), r.name(),
                        r.kecamatan(), null, r.basis()),
                r -> new RegisterDetail.Row(r.triwulan(), r.file(), r.sheet(), r.row(), r.id(), r.name(),
                        r.kecamatan(), 0.0, r.basis()),
                r -> new RegisterDetail.Row(r.triwulan(), r.file(), r.sheet(), r.row(), r.id(), r.name(),
                        r.kecamatan(), r.value(), "terdaftar 13 Maret 2026"));
        List<String> fingerprints = new ArrayList<>();
        fingerprints.add(same);
        for (UnaryOperator<RegisterDetail.Row> change : changes) {
            fingerprints.add(hex(detail(change)));
        }
        assertThat(fingerprints).doesNotHaveDuplicates().hasSize(changes.size() + 1);
    }

    @Test
    void textsAreKeptApartByTheirLengthsAndNoRowsDifferFromNone() {
        RegisterDetail.Row ab = new RegisterDetail.Row(4, "ab", "c", 1, "1", "x", "y", null, "z");
        RegisterDetail.Row a = new RegisterDetail.Row(4, "a", "bc", 1, "1", "x", "y", null, "z");
        RegisterDetail.Group g1 = new RegisterDetail.Group(List.of("P"), "w", "r", "q", 1, "u", false, List.of(ab), 0);
        RegisterDetail.Group g2 = new RegisterDetail.Group(List.of("P"), "w", "r", "q", 1, "u", false, List.of(a), 0);

        assertThat(hex(new RegisterDetail(List.of(g1), 0, 10))).isNotEqualTo(hex(new RegisterDetail(List.of(g2), 0,
                10)));
        assertThat(hex(RegisterDetail.NONE)).isNotEqualTo(hex(new RegisterDetail(List.of(), 1, 0)));
    }
}
