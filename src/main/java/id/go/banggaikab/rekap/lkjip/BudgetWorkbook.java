package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueException;
import id.go.banggaikab.rekap.output.OutputFiles;
import id.go.banggaikab.rekap.shared.IndonesianNumbers;
import id.go.banggaikab.rekap.shared.Problem;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * {@code config/anggaran-<tahun>.xlsx}: the year's programs, kegiatan and sub kegiatan with the codes and names of
 * Permendagri 90/2019, their pagu (DPA), the catalogue indicators each serves, and the realisation of each quarter
 * that the keuangan sub bagian fills in (each quarter's own amount, not the sum so far). A parent's pagu may be left
 * empty (it is the sum of its rows) and its realisation comes from its rows. Read through the spreadsheet package as
 * every workbook is (.xlsx, .xls, .ods; formulas computed; a file that is no workbook refused with the reason).
 */
public final class BudgetWorkbook {

    static final String SHEET = "Anggaran";
    static final String KODE = "Kode";
    static final String[] HEADERS = {"Contoh", KODE, "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)",
        "Indikator yang Didukung (kode)", "Realisasi TW I (Rp)", "Realisasi TW II (Rp)", "Realisasi TW III (Rp)",
        "Realisasi TW IV (Rp)"};
    static final int NAME = 2;
    static final int PAGU = 3;
    static final int INDICATORS = 4;
    static final int FIRST_QUARTER = 5;

    /** Program 2.17.01, kegiatan 2.17.01.2.01, sub kegiatan 2.17.01.2.01.0001 (or .01). */
    private static final Pattern[] LEVELS = {Pattern.compile("\\d\\.\\d{2}\\.\\d{2}"),
        Pattern.compile("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}"),
        Pattern.compile("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{2,4}")};

    private final Catalogue catalogue;

    public BudgetWorkbook(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static Path pathFor(Path configDir, int tahun) {
        return configDir.resolve(fileName(tahun));
    }

    public static String fileName(int tahun) {
        return "anggaran-" + tahun + ".xlsx";
    }

    public Budget read(Path file, int tahun, boolean examples) {
        return read(file.getFileName().toString(), InputWorkbook.sheets(file), tahun, examples);
    }

    /** The budget as the workbook says; rows marked CONTOH count only when {@code examples} (sample runs). */
    public Budget read(String name, InputStream in, int tahun, boolean examples) {
        return read(name, InputWorkbook.sheets(name, in), tahun, examples);
    }

    /** As {@link #read(String, InputStream, int, boolean)}, from the workbook's bytes. */
    public Budget read(String name, byte[] bytes, int tahun, boolean examples) {
        return read(name, InputWorkbook.sheets(name, bytes), tahun, examples);
    }

    private Budget read(String name, List<SheetView> sheets, int tahun, boolean examples) {
        List<String> findings = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        List<Budget.Line> lines = new ArrayList<>();
        int skipped = 0;
        SheetView sheet = InputWorkbook.find(sheets, SHEET);
        if (sheet == null) {
            throw new CatalogueException(List.of(name + ": lembar \"" + SHEET + "\" tidak ditemukan (lembar yang"
                    + " ada: " + String.join(", ", InputWorkbook.names(sheets)) + "). Kembalikan nama lembarnya."));
        }
        int header = InputSheet.findHeader(sheet, KODE);
        if (header < 0) {
            throw new CatalogueException(List.of(name + ", lembar " + SHEET + ": baris judul kolom dengan \""
                    + KODE + "\" tidak ditemukan di " + InputSheet.HEADER_SEARCH + " baris pertama."));
        }
        InputSheet s = new InputSheet(name, sheet, header, findings, List.of()); // amounts only: no figure notes
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int r = header + 1; r <= sheet.lastRow(); r++) {
            String kode = s.text(r, 1);
            if (kode.isEmpty() && s.text(r, NAME).isEmpty()) {
                continue;
            }
            if (s.isExample(r) && !examples) {
                skipped++;
                continue;
            }
            Budget.Line line = line(s, r, kode, seen);
            if (line != null) {
                lines.add(line);
            }
        }
        BudgetTree.check(s, new Budget(tahun, lines, List.of(), skipped), notes);
        if (!findings.isEmpty()) {
            throw new CatalogueException(findings);
        }
        return new Budget(tahun, lines, notes, skipped);
    }

    private Budget.Line line(InputSheet s, int r, String kode, Map<String, Integer> seen) {
        int depth = depth(kode);
        if (depth < 0) {
            s.add(s.where(r, 1) + ": \"" + InputSheet.cut(kode) + "\" bukan kode Permendagri 90/2019. Tulis kode"
                    + " program seperti 2.17.01, kegiatan 2.17.01.2.01, sub kegiatan 2.17.01.2.01.0001.");
            return null;
        }
        Integer first = seen.putIfAbsent(kode, r);
        if (first != null) {
            s.add(s.where(r, 1) + ": kode " + kode + " sudah ada di baris " + (first + 1) + ".");
            return null;
        }
        String nama = s.text(r, NAME);
        if (nama.isEmpty()) {
            s.add(s.where(r, NAME) + ": nama " + levelName(depth).toLowerCase() + " " + kode + " kosong.");
        }
        List<String> indicators = new ArrayList<>();
        String listed = s.text(r, INDICATORS);
        for (String code : listed.split("[,;\\s]")) { // a line break reads as a space (text is cleaned)
            String c = code.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (catalogue.indicator(c).isEmpty()) {
                s.add(s.where(r, INDICATORS) + ": kode indikator \"" + InputSheet.cut(c) + "\" tidak ada di katalog."
                        + " Pisahkan beberapa kode dengan koma.");
            } else if (!indicators.contains(c)) {
                indicators.add(c);
            }
        }
        List<BigDecimal> quarters = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            quarters.add(s.rupiah(r, FIRST_QUARTER + tw - 1));
        }
        return new Budget.Line(kode, nama, depth, s.rupiah(r, PAGU), indicators, quarters, r + 1);
    }

    private static int depth(String kode) {
        for (int d = 0; d < LEVELS.length; d++) {
            if (LEVELS[d].matcher(kode).matches()) {
                return d;
            }
        }
        return -1;
    }

    /** The pagu of a line: its own when written, else the sum of its rows'. */
    static BigDecimal pagu(Budget budget, Budget.Line l) {
        return BudgetTree.pagu(budget, l);
    }

    static String levelName(int depth) {
        return depth == 0 ? "Program" : depth == 1 ? "Kegiatan" : "Sub Kegiatan";
    }

    static String rp(BigDecimal amount) {
        return "Rp " + IndonesianNumbers.format(amount.doubleValue());
    }

    /** Writes the pre-filled workbook of the year: example programs and kegiatan marked CONTOH. */
    public void write(Path file, int tahun, String note) throws IOException {
        try (Workbook wb = new BudgetLayout(catalogue).build(tahun, note)) {
            OutputFiles.writeAtomically(file, wb::write);
        }
    }

    /** The examples alone, read as a sample run reads them, without writing anything. */
    public Budget example(int tahun) {
        try (Workbook wb = new BudgetLayout(catalogue).build(tahun, "DATA CONTOH");
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return read(fileName(tahun), out.toByteArray(), tahun, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
