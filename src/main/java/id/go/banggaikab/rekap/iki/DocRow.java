package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Level;

/**
 * One indicator as the IKI document's table gives it, its texts as written (numbering and bullets taken off): the
 * level its table's heading names (null when none does), the sasaran, the indicator, the formula (its lines joined by
 * "\n", a Word equation as linear text), the SUMBER DATA, a Satuan or Target where the table has such columns, and
 * where it stands.
 */
record DocRow(Level level, String sasaran, String indicator, String formula, String source, String satuan,
        String target, String where) {
}
