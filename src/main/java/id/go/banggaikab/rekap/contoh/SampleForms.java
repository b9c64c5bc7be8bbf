package id.go.banggaikab.rekap.contoh;

import id.go.banggaikab.rekap.output.NewWorkbook;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the forms a dinas would send in for a quarter, as seksi staff fill them: a header block, a title row, one
 * row per indicator the unit reports, some numbers typed as Indonesian text. Used for the first run on a fresh
 * machine (2026 TW I–III, one unit late in TW III) and by the benchmark.
 */
public final class SampleForms {

    /** The unit that has not sent its TW III form yet, so the sample recap shows a "Belum Lapor" row. */
    static final String LATE_UNIT = "SEKSI-P3UM";
    private static final String[] HEADERS = {"No", "Kode", "Jabatan", "Indikator Kinerja", "Satuan", "Realisasi",
        "Pembilang", "Penyebut", "Keterangan", "Bukti"};

    private final Catalogue catalogue;
    private final boolean withRegisters;

    public SampleForms(Catalogue catalogue) {
        this(catalogue, false);
    }

    /**
     * {@code withRegisters}: the sample registers are there too, so the forms leave out what the catalogue counts
     * from them, as the blank forms do; one unit still types the koperasi aktif of TW III by hand, which the recap
     * then finds differs from the register.
     */
    public SampleForms(Catalogue catalogue, boolean withRegisters) {
        this.catalogue = catalogue;
        this.withRegisters = withRegisters;
    }

    /** The 2026 TW I–III sample set; writes only what is missing and returns the files written. */
    public List<Path> writeSampleYear(Path inputDir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (int tw = 1; tw <= 3; tw++) {
            for (Unit unit : catalogue.reportingUnits()) {
                if (tw == 3 && unit.code().equals(LATE_UNIT)) {
                    continue;
                }
                Path file = inputDir.resolve("2026/TW" + tw + "/" + unit.name().replace('/', '-') + ".xlsx");
                if (!Files.exists(file)) {
                    write(file, unit, new Periode(2026, tw), 0);
                    written.add(file);
                }
            }
        }
        return written;
    }

    /** The indicators a unit's sample form carries: its own, and those it is the first named source for. */
    List<Indicator> rowsFor(Unit unit) {
        List<String> reporting = catalogue.reportingUnits().stream().map(Unit::code).toList();
        return catalogue.indicatorsReportableBy(unit.code()).stream().filter(i -> {
            if (catalogue.unitOf(i).code().equals(unit.code()) || i.reporters().isEmpty()) {
                return true;
            }
            if (i.combine() == id.go.banggaikab.rekap.catalogue.Combine.JUMLAH) {
                return true;
            }
            return i.reporters().stream().filter(reporting::contains).findFirst().orElse("").equals(unit.code());
        }).toList();
    }

    /** One form; {@code variant} changes the figures so that benchmark files differ in content. */
    public void write(Path file, Unit unit, Periode periode, int variant) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean textNumbers = unit.code().equals("SEKSI-KWU") || unit.code().equals("SUBBAG-UAK");
        try (XSSFWorkbook wb = new NewWorkbook()) {
            Sheet sheet = wb.createSheet("Realisasi");
            text(sheet, 0, 0, "FORMULIR REALISASI INDIKATOR KINERJA INDIVIDU");
            text(sheet, 1, 0, catalogue.dinasName().toUpperCase(Locale.ROOT));
            text(sheet, 3, 0, "Unit Kerja");
            text(sheet, 3, 2, ": " + unit.name());
            text(sheet, 4, 0, "Tahun");
            text(sheet, 4, 2, ": " + periode.tahun());
            text(sheet, 5, 0, "Triwulan");
            text(sheet, 5, 2, ": " + Periode.roman(periode.triwulan()));
            Row head = sheet.createRow(7);
            for (int c = 0; c < HEADERS.length; c++) {
                head.createCell(c).setCellValue(HEADERS[c]);
            }
            int r = 8;
            int no = 1;
            for (Indicator i : rowsFor(unit)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(no++);
                row.createCell(1).setCellValue(i.code());
                row.createCell(2).setCellValue(catalogue.positionOf(i).name());
                row.createCell(3).setCellValue(i.name());
                row.createCell(4).setCellValue(i.satuan());
                fill(row, i, periode.triwulan(), variant, textNumbers);
            }
            text(sheet, r + 1, 6, "Luwuk, " + (periode.triwulan() * 3 + 1) + "/10/" + periode.tahun());
            text(sheet, r + 2, 6, "Kepala " + unit.name());
            for (int c = 0; c < HEADERS.length; c++) {
                sheet.setColumnWidth(c, (c == 3 ? 60 : c == 2 ? 36 : 14) * 256);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /** Whether the register gives this indicator's figures, so a form of the sample year leaves them out. */
    private boolean counted(Indicator i, Periode periode) {
        return withRegisters && catalogue.registerRules().stream().anyMatch(r -> r.indicatorCode().equals(i.code()))
                && !(i.code().equals("KADIS-01") && periode.triwulan() == 3);
    }

    private void fill(Row row, Indicator i, int triwulan, int variant, boolean textNumbers) {
        if (i.kind() == IndicatorKind.PREDIKAT) {
            row.createCell(5).setCellValue("BB");
            row.createCell(8).setCellValue("Hasil evaluasi SAKIP tahun lalu");
            return;
        }
        double[] v = SampleValues.of(i, triwulan, variant);
        if (counted(i, new Periode(2026, triwulan))) {
            return;
        }
        if (i.isRatio()) {
            number(row, 6, v[0], textNumbers);
            number(row, 7, v[1], textNumbers);
        } else {
            number(row, 5, v[0], textNumbers);
        }
        row.createCell(9).setCellValue("Arsip seksi TW " + Periode.roman(triwulan));
    }

    private static void number(Row row, int column, double value, boolean asText) {
        if (asText) {
            row.createCell(column).setCellValue(IndonesianNumbers.format(value));
        } else {
            row.createCell(column).setCellValue(value);
        }
    }


    private static void text(Sheet sheet, int r, int c, String value) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        row.createCell(c).setCellValue(value);
    }
}
