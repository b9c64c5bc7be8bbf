package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.output.NewWorkbook;
import id.go.banggaikab.rekap.aggregation.CapaianRule;
import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.aggregation.IndicatorResult;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.IndonesianTime;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.formulir.ReceiptTable.Item;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.history.StoredRow;
import id.go.banggaikab.rekap.shared.Severity;
import id.go.banggaikab.rekap.submission.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Prints the tanda terima of one unit for a quarter: what arrived, what was taken, what was refused and why, what is
 * still missing. Staff learn within the day which cell to fix instead of finding a gap in the recap weeks later, and
 * the file hashes settle which version was received.
 */
public final class ReceiptWriter {

    static final String SHEET = "Tanda Terima";
    /** What a capaian computed from example targets says of itself, as on the recap. */
    static final String EXAMPLE_TARGETS = "target contoh, belum resmi";
    /**
     * The printed receipt lists at most this many problems; a unit with more (a broken export, a hostile file) finds
     * every one on the receipt's {@link ReceiptProblemList} sheet and on the recap's Masalah sheet.
     */
    static final int LISTED_PROBLEMS = 200;

    private final Catalogue catalogue;
    private final ZoneId zone;
    private final boolean sample;

    /** {@code zone}: where the dinas is, so file times read as the staff's own clock (WITA in Banggai). */
    public ReceiptWriter(Catalogue catalogue, ZoneId zone) {
        this(catalogue, zone, false);
    }

    /** {@code sample}: the run is on sample data, so the receipt acknowledges sample forms and says so. */
    public ReceiptWriter(Catalogue catalogue, ZoneId zone, boolean sample) {
        this.catalogue = catalogue;
        this.zone = zone;
        this.sample = sample;
    }

    /** Writes {@code <dir>/<unit name> - <tahun> TW <roman>.xlsx}, replacing an earlier receipt of that name. */
    public Path write(Receipt receipt, Path dir) {
        try (XSSFWorkbook workbook = new NewWorkbook()) {
            SheetStyles styles = new SheetStyles(workbook);
            XSSFSheet sheet = workbook.createSheet(SHEET);
            int r = header(sheet, styles, receipt);
            ReceiptTable table = new ReceiptTable(sheet, styles);
            r = table.write(r, "A. Berkas yang diterima", List.of("No", "Nama berkas", "Disimpan", "Ukuran",
                    "Dipakai", "SHA-256"), new int[] {1, 2, 1, 1, 1, 2}, files(receipt, styles));
            r = table.write(r, "B. Isian yang dipakai", List.of("No", "Kode", "Indikator Kinerja", "Realisasi",
                    "Pembilang", "Penyebut", "Predikat", "Berkas dan sel"), new int[] {1, 1, 1, 1, 1, 1, 1, 1},
                    accepted(receipt, styles));
            r = table.write(r, "C. Isian yang ditolak, dikoreksi atau perlu diperiksa", List.of("No", "Jenis",
                    "Alasan", "Sel", "Nilai", "Berkas"), new int[] {1, 1, 1, 1, 2, 2}, problems(receipt, styles));
            int unlisted = receipt.problems().size() - LISTED_PROBLEMS;
            if (unlisted > 0) {
                r = unlistedNote(sheet, styles, r - 1, unlisted);
            }
            r = table.write(r, "D. Indikator yang belum dilaporkan", List.of("No", "Kode", "Indikator Kinerja",
                    "Jabatan"), new int[] {1, 1, 1, 5}, missing(receipt, styles));
            if (!receipt.capaian().results().isEmpty()) {
                r = table.write(r, "E. Capaian s.d. " + receipt.periode().label() + " (sama dengan rekap)",
                        List.of("No", "Kode", "Indikator Kinerja", "Realisasi s.d. " + receipt.periode().label(),
                            "Target", receipt.capaian().exampleTargets() ? "Capaian (%)\n(" + EXAMPLE_TARGETS + ")"
                                    : "Capaian (%)", "Kategori", "Target yang dipakai"),
                        new int[] {1, 1, 1, 1, 1, 1, 1, 1}, capaian(receipt, styles));
            }
            SheetWriting.text(sheet, r, 0, "Tanda terima ini dibuat otomatis oleh aplikasi Rekap Kinerja. Isian yang "
                    + "ditolak belum masuk rekap: perbaiki selnya di formulir, simpan, lalu letakkan lagi di folder "
                    + "bersama.", styles.note);
            SheetWriting.merge(sheet, r, 0, ReceiptTable.COLUMNS - 1, styles.note);
            SheetWriting.height(sheet, r, 2);
            for (int c = 0; c < ReceiptTable.COLUMNS; c++) {
                sheet.setColumnWidth(c, ReceiptTable.WIDTHS[c] * 256 + 200);
            }
            sheet.setDisplayGridlines(false);
            SheetWriting.printSetup(sheet, -1, ReceiptTable.COLUMNS - 1, r);
            Path target = OutputFile.of(dir, receipt.unit(), receipt.periode());
            if (unlisted <= 0) {
                return OutputFile.write(workbook, target);
            }
            SXSSFWorkbook withList = new SXSSFWorkbook(workbook, 500);
            try {
                ReceiptProblemList.write(withList, styles, receipt.problems());
                return OutputFile.write(withList, target);
            } finally {
                withList.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line under a cut list of problems: how many more, and where every one of them is. */
    private static int unlistedNote(XSSFSheet sheet, SheetStyles styles, int r, int unlisted) {
        SheetWriting.text(sheet, r, 0, "… dan " + IndonesianNumbers.format(unlisted) + " catatan lain tidak"
                + " dicantumkan di sini. Semuanya (" + IndonesianNumbers.format(LISTED_PROBLEMS + unlisted) + ") ada di"
                + " lembar \"" + ReceiptProblemList.SHEET + "\" pada tanda terima ini dan di lembar Masalah pada rekap"
                + " triwulan ini.", styles.note);
        SheetWriting.merge(sheet, r, 0, ReceiptTable.COLUMNS - 1, styles.note);
        SheetWriting.height(sheet, r, 2);
        return r + 2;
    }

    private int header(XSSFSheet sheet, SheetStyles styles, Receipt receipt) {
        int last = ReceiptTable.COLUMNS - 1;
        String[] titles = {"TANDA TERIMA LAPORAN REALISASI KINERJA", catalogue.dinasName().toUpperCase(Locale.ROOT),
            receipt.periode().longLabel().toUpperCase(Locale.ROOT)};
        for (int r = 0; r < titles.length; r++) {
            SheetWriting.text(sheet, r, 0, titles[r], r == 0 ? styles.title : styles.subtitle);
            SheetWriting.merge(sheet, r, 0, last, r == 0 ? styles.title : styles.subtitle);
        }
        if (sample) {
            SheetWriting.sampleBanner(sheet, styles, titles.length, last);
        }
        String[][] block = {{"Unit Kerja", receipt.unit().name()}, {"Periode", receipt.periode().longLabel()},
            {"Dibuat", IndonesianTime.format(receipt.generatedAt(), zone)}, {"Ringkasan", summary(receipt)}};
        int r = 4;
        for (String[] line : block) {
            SheetWriting.text(sheet, r, 0, line[0], styles.label);
            SheetWriting.merge(sheet, r, 0, 1, styles.label);
            SheetWriting.text(sheet, r, 2, line[1], styles.plain);
            SheetWriting.merge(sheet, r, 2, last, styles.plain);
            r++;
        }
        return r + 1;
    }

    static String summary(Receipt receipt) {
        long refused = receipt.problems().stream().filter(p -> p.severity() == Severity.BERKAS_DITOLAK || p.severity() == Severity.SEL_DITOLAK).count();
        return receipt.files().size() + " berkas, " + receipt.accepted().stream().filter(StoredRow::hasValue).count()
                + " isian diterima, " + refused + " ditolak, " + (receipt.problems().size() - refused)
                + " catatan lain, " + receipt.missing().size() + " indikator belum dilaporkan";
    }

    private List<List<Item>> files(Receipt receipt, SheetStyles styles) {
        List<List<Item>> rows = new ArrayList<>();
        for (Receipt.Sent sent : receipt.files()) {
            SourceFile f = sent.file();
            String when = f.modified() == null ? "-" : IndonesianTime.format(f.modified(), zone);
            rows.add(List.of(no(rows, styles), Item.text(f.path(), styles.text, 0), Item.text(when, styles.text, 0),
                    Item.text(IndonesianNumbers.format(f.size() / 1024.0) + " KB", styles.text, 0),
                    Item.text(sent.use(), styles.text, 0),
                    Item.text(f.sha256() == null ? "-" : f.sha256(), styles.small, 0)));
        }
        return rows;
    }

    private List<List<Item>> accepted(Receipt receipt, SheetStyles styles) {
        List<List<Item>> rows = new ArrayList<>();
        for (StoredRow row : receipt.accepted()) {
            if (!row.hasValue()) {
                continue; // a blank row of the form is not an entry; the indicator is listed as missing instead
            }
            String name = catalogue.indicator(row.indicatorCode()).map(Indicator::name).orElse("");
            rows.add(List.of(no(rows, styles), Item.text(row.indicatorCode(), styles.text, 0),
                    Item.text(name, styles.text, 0), number(row.value(), styles), number(row.numerator(), styles),
                    number(row.denominator(), styles),
                    Item.text(row.predikat() == null ? "" : row.predikat().name(), styles.centred, 0),
                    Item.text(row.fileName() + ", " + row.sheet() + "!" + row.cell(), styles.text, 0)));
        }
        return rows;
    }

    private static List<List<Item>> problems(Receipt receipt, SheetStyles styles) {
        List<List<Item>> rows = new ArrayList<>();
        for (Problem p : receipt.problems().subList(0, Math.min(LISTED_PROBLEMS, receipt.problems().size()))) {
            rows.add(List.of(no(rows, styles), Item.text(p.severity().label(), styles.text, 0),
                    Item.text(p.reason(), styles.text, 0), Item.text(p.location(), styles.text, 0),
                    Item.text(p.value() == null ? "" : p.value(), styles.text, 0),
                    Item.text(p.file(), styles.text, 0)));
        }
        return rows;
    }

    private List<List<Item>> missing(Receipt receipt, SheetStyles styles) {
        List<List<Item>> rows = new ArrayList<>();
        for (Indicator i : receipt.missing()) {
            rows.add(List.of(no(rows, styles), Item.text(i.code(), styles.text, 0), Item.text(i.name(), styles.text, 0),
                    Item.text(catalogue.positionOf(i).name(), styles.text, 0)));
        }
        return rows;
    }

    /** The recap's own figures for the unit's indicators: realisation, target, capaian, category, which target. */
    private static List<List<Item>> capaian(Receipt receipt, SheetStyles styles) {
        List<List<Item>> rows = new ArrayList<>();
        for (IndicatorResult r : receipt.capaian().results()) {
            String kategori = r.kategori() != null ? r.kategori() : !r.hasValue() ? "Belum ada data"
                    : !r.values().reportedIn(receipt.periode().triwulan()) ? "Belum lapor " + receipt.periode().label()
                    : r.target().isEmpty() ? "Target belum ditetapkan" : "";
            rows.add(List.of(no(rows, styles), Item.text(r.indicator().code(), styles.text, 0),
                    Item.text(r.indicator().name(), styles.text, 0), figure(r.ytd(), styles),
                    figure(r.target(), styles), r.capaian() == null ? Item.text("", styles.text, 0)
                            : new Item(IndonesianNumbers.percent(r.capaian()), r.capaian(), styles.percent, 0),
                    Item.text(kategori, styles.text, 0),
                    Item.text(CapaianRule.describe(r.basis(), receipt.periode()), styles.text, 0)));
        }
        return rows;
    }

    private static Item figure(Figure f, SheetStyles styles) {
        return f.predikat() != null ? Item.text(f.predikat().name(), styles.centred, 0) : number(f.number(), styles);
    }

    private static Item no(List<?> rows, SheetStyles styles) {
        return new Item(String.valueOf(rows.size() + 1), (double) (rows.size() + 1), styles.centred, 0);
    }

    private static Item number(Double v, SheetStyles styles) {
        return v == null ? Item.text("", styles.text, 0) : new Item(IndonesianNumbers.format(v), v, null, 0);
    }
}
