package id.go.banggaikab.rekap.submission;

import id.go.banggaikab.rekap.catalogue.Predikat;

/**
 * One accepted row of a form, matched to a catalogue indicator. Values are null when not reported. For ratios
 * {@code numerator}/{@code denominator} hold the parts and {@code value} the computed percentage; {@code cumulative}
 * is true when the form's column said "s.d."/"kumulatif" (year to date) rather than the quarter alone.
 * {@code sheet} and {@code cell} locate the value cell (or the row's indicator cell when no value was given).
 */
public record ReadRow(String indicatorCode, String sheet, String cell, Double value, Double numerator,
        Double denominator, Predikat predikat, boolean cumulative, String keterangan, String bukti) {

    public boolean hasValue() {
        return value != null || predikat != null || numerator != null || denominator != null;
    }
}
