package id.go.banggaikab.rekap.history;

import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.submission.ReadRow;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One accepted row as the history keeps it: which indicator, which unit's report, which quarter, the figures (null
 * when not reported), whether they are year to date ({@code cumulative}, the form's column said "s.d."), what the
 * unit wrote about it ({@code notes}: keterangan, bukti, kendala, solusi), the quarter's budget realisation in rupiah
 * ({@code anggaran}, from an Evaluasi Renja form, null when none), and where it came from (file, sheet, cell, the
 * file's modification time) for the trace.
 */
public record StoredRow(String indicatorCode, String unitCode, Periode periode, Double value, Double numerator,
        Double denominator, Predikat predikat, boolean cumulative, ReadRow.Notes notes, BigDecimal anggaran,
        String fileName, String sheet, String cell, Instant fileModified) {

    public StoredRow {
        notes = notes == null ? ReadRow.Notes.NONE : notes;
    }

    /** Whether the row carries a figure or a grade (a row of "-" carries none). */
    public boolean hasValue() {
        return value != null || numerator != null || denominator != null || predikat != null;
    }

    public String keterangan() {
        return notes.keterangan();
    }

    public String bukti() {
        return notes.bukti();
    }
}
