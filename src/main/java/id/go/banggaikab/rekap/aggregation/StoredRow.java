package id.go.banggaikab.rekap.aggregation;

import id.go.banggaikab.rekap.catalogue.Periode;
import id.go.banggaikab.rekap.catalogue.Predikat;
import java.time.Instant;

/** One accepted row of an active submission, as the history holds it: what the recap is computed from. */
public record StoredRow(String indicatorCode, String unitCode, Periode periode, Double value, Double numerator,
        Double denominator, Predikat predikat, boolean cumulative, String keterangan, String bukti, String fileName,
        String sheet, String cell, Instant fileModified) {
}
