package id.go.banggaikab.rekap.catalogue;

import java.util.List;

/**
 * The TUGAS and FUNGSI of a position word for word as the IKI document gives them, one item a line with its letter
 * as written ("a. Perumusan kebijakan …"), defects included: the LKjIP's Bab I quotes the Kepala Dinas's, and a
 * reader of the catalogue sees what the document said. An empty list is a "-" in the document.
 */
public record Duties(List<String> tugas, List<String> fungsi) {

    public static final Duties NONE = new Duties(List.of(), List.of());

    public Duties {
        tugas = List.copyOf(tugas);
        fungsi = List.copyOf(fungsi);
    }

    public boolean isEmpty() {
        return tugas.isEmpty() && fungsi.isEmpty();
    }
}
