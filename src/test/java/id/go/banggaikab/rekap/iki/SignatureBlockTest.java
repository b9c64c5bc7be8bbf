package id.go.banggaikab.rekap.iki;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.banggaikab.rekap.iki.IkiDocxBuilder.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Signature blocks as offices sign them: the holder's pangkat and golongan between the name and the NIP, a vacant
 * position signed "NIP. -", a note after the table and no signature at all.
 */
class SignatureBlockTest {

    private static final List<Row> ROWS = List.of(new Row("Meningkatnya akses pembiayaan koperasi",
            "Jumlah koperasi yang difasilitasi pembiayaan", "Σ koperasi yang difasilitasi", "Seksi Pembiayaan"));

    /** A position whose signature block is the given lines, one paragraph each, after its table. */
    private static DocPosition signedWith(String... lines) throws Exception {
        IkiDocxBuilder doc = new IkiDocxBuilder().position("KEPALA SEKSI PEMBIAYAAN KOPERASI", List.of(
                "a. Menyiapkan bahan pembiayaan;"), List.of(), "SASARAN KINERJA KEGIATAN", ROWS, List.of(), null, null,
                IkiDocxBuilder.Layout.PLAIN);
        for (String line : lines) {
            doc.paragraph(line);
        }
        return IkiDocxReader.read("iki.docx", doc.bytes()).positions().get(0);
    }

    @Test
    void shouldTakeTheNameAboveThePangkatAndGolonganNotThePangkat() throws Exception {
        for (String pangkat : List.of("Pembina Utama Muda", "Pembina Tk. I (IV/b)", "Penata Muda Tk.I / III.b",
                "Pengatur (II/c)", "Gol. IV/a", "Pangkat : Pembina")) {
            DocPosition p = signedWith("KEPALA SEKSI PEMBIAYAAN KOPERASI", "RAHMAT DJAFAR, S.E", pangkat,
                    "NIP. 19790101 200604 1 009");
            assertThat(p.holderName()).as(pangkat).isEqualTo("RAHMAT DJAFAR, S.E");
            assertThat(p.nip()).isEqualTo("19790101 200604 1 009");
            assertThat(p.signatureTitle()).isEqualTo("KEPALA SEKSI PEMBIAYAAN KOPERASI");
        }
    }

    @Test
    void shouldReadAVacantPositionsEmptyNipAsNoNipAndKeepTheNameAboveIt() throws Exception {
        DocPosition p = signedWith("KEPALA SEKSI PEMBIAYAAN KOPERASI", "( SRI MULYANI )", "NIP. -");
        assertThat(p.holderName()).isEqualTo("SRI MULYANI");
        assertThat(p.nip()).isNull();
        DocPosition blank = signedWith("KEPALA SEKSI PEMBIAYAAN KOPERASI", "(.................................)",
                "NIP. ..............................");
        assertThat(blank.holderName()).isNull();
        assertThat(blank.nip()).isNull();
    }

    @Test
    void shouldNotTakeANoteAfterTheTableForTheHoldersName() throws Exception {
        DocPosition p = signedWith("Catatan: data diolah setiap triwulan.");
        assertThat(p.holderName()).isNull();
        assertThat(p.nip()).isNull();
        DocPosition longNote = signedWith("Target indikator mengikuti Perjanjian Kinerja yang ditandatangani pada"
                + " awal tahun anggaran berjalan");
        assertThat(longNote.holderName()).isNull();
    }

    @Test
    void shouldStillTakeATitleAndNameWithoutNipForTheStaffToAddTheNip() throws Exception {
        DocPosition p = signedWith("KEPALA SEKSI PEMBIAYAAN KOPERASI", "RAHMAT DJAFAR, S.E");
        assertThat(p.holderName()).isEqualTo("RAHMAT DJAFAR, S.E");
        assertThat(p.nip()).isNull();
    }
}
