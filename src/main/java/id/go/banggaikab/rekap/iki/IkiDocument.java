package id.go.banggaikab.rekap.iki;

import java.util.List;

/**
 * An IKI document as read: its file name, the year its title names (null when none), the perangkat daerah its title
 * page names ("DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN BANGGAI"; else its head's title or signature, null when
 * none does), and its positions in order.
 */
record IkiDocument(String file, Integer year, String office, List<DocPosition> positions) {

    IkiDocument {
        positions = List.copyOf(positions);
    }

    int indicators() {
        return positions.stream().mapToInt(p -> p.rows().size()).sum();
    }
}
