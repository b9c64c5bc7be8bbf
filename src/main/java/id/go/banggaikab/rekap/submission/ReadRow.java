package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Predikat;
import java.math.BigDecimal;

/**
 * One accepted row of a form, matched to a catalogue indicator. Values are null when not reported. For ratios
 * {@code numerator}/{@code denominator} hold the parts and {@code value} the computed percentage; {@code cumulative}
 * is true when the form's column said "s.d."/"kumulatif" (year to date) rather than the quarter alone.
 * {@code sheet} and {@code cell} locate the value cell (or the row's indicator cell when no value was given).
 * {@code anggaran} is the row's budget realisation in rupiah for the form's quarter (an {@code Rp} column), never a
 * figure of the indicator; null when the form gives none. {@code withdrawn} says the unit wrote "batal" (or
 * "dihapus", ...) in place of the figure: the value it sent earlier for this indicator and quarter no longer holds.
 */
public record ReadRow(String indicatorCode, String sheet, String cell, Double value, Double numerator,
        Double denominator, Predikat predikat, boolean cumulative, Notes notes, BigDecimal anggaran,
        boolean withdrawn) {

    /**
     * What the unit wrote about the row in its narrative columns: {@code Keterangan}, {@code Bukti}/{@code Data
     * Dukung}, {@code Kendala}/{@code Permasalahan}/{@code Hambatan} and {@code Solusi}/{@code Rencana Tindak
     * Lanjut}/{@code Upaya}. Each is null when the form has no such column or the cell is empty.
     */
    public record Notes(String keterangan, String bukti, String kendala, String solusi) {

        public static final Notes NONE = new Notes(null, null, null, null);
    }

    public ReadRow {
        notes = notes == null ? Notes.NONE : notes;
    }

    public String keterangan() {
        return notes.keterangan();
    }

    public String bukti() {
        return notes.bukti();
    }

    public boolean hasValue() {
        return value != null || predikat != null || numerator != null || denominator != null;
    }
}
