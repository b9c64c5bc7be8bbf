package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.Level;
import java.util.List;

/**
 * One sasaran of the Capaian Kinerja table with its indicators and their mean capaian: a sasaran strategis numbered
 * "1", or a sasaran program numbered "1.1" under the sasaran strategis its indicators support (the catalogue's
 * {@code induk}).
 */
public record Group(String number, String sasaran, Level level, List<IndicatorLine> lines, CapaianMean mean) {

    public Group {
        lines = List.copyOf(lines);
    }
}
