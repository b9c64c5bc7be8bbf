package id.go.banggaikab.rekap.iki;

import java.util.List;

/**
 * One position of the IKI document as written: its number in the document, the JABATAN, the TUGAS and FUNGSI items
 * (letters as written; none for a "-"), its indicators, and the signature block: the title above the name, the name
 * and the NIP (null when the block gives none).
 */
record DocPosition(int number, String title, List<String> tugas, List<String> fungsi, List<DocRow> rows,
        String signatureTitle, String holderName, String nip) {

    DocPosition {
        tugas = List.copyOf(tugas);
        fungsi = List.copyOf(fungsi);
        rows = List.copyOf(rows);
    }

    /** "jabatan ke-14 (KEPALA SEKSI …)", as a finding names it. */
    String where() {
        return "jabatan ke-" + number + " (" + title + ")";
    }
}
