package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Predikat;
import java.time.Instant;

/**
 * One accepted row of an active submission as storage keeps it: which indicator, which unit's form, which quarter, the
 * figures (null when not reported), whether they are year to date ({@code cumulative}, the form's column said "s.d."),
 * the narrative columns, and where it came from (file, sheet, cell, the file's modification time) for the trace.
 */
public record StoredRow(String indicatorCode, String unitCode, Periode periode, Double value, Double numerator,
        Double denominator, Predikat predikat, boolean cumulative, String keterangan, String bukti, String fileName,
        String sheet, String cell, Instant fileModified) {

    /** Whether the row carries a figure or a grade (a row of "-" carries none). */
    public boolean hasValue() {
        return value != null || numerator != null || denominator != null || predikat != null;
    }
}
