package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.aggregation.Figure;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueException;
import id.go.banggaikab.rekap.catalogue.Target;
import id.go.banggaikab.rekap.output.OutputFiles;
import id.go.banggaikab.rekap.spreadsheet.SheetView;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * {@code config/renstra.xlsx}, which the perencanaan staff keep in Excel for the Renstra period. Sheet
 * {@value #PATHS}: per indicator the kondisi awal and the Renstra target of each year, the last year's being the
 * Target Akhir Renstra. Sheet {@value #EARLIER}: per indicator the target and realisation of the years before the
 * history began, since the system starts mid-Renstra. The years are read from the column headers ("Kondisi Awal
 * 2021", "Target 2026", "Realisasi 2024"), so a Renstra of other years only needs its headers changed. Read through
 * the spreadsheet package as every workbook is (.xlsx, .xls, .ods; formulas computed; a file that is no workbook
 * refused with the reason). Every figure is read by the forms' and the targets workbook's value rules (a cell shown
 * as 92% is 92 here too); how a figure that was not plain was read is kept as a note ({@link Renstra#corrections}).
 */
public final class RenstraWorkbook {

    public static final String FILE = "renstra.xlsx";
    static final String PATHS = "Renstra";
    static final String EARLIER = "Realisasi Tahun Lalu";
    static final String KODE = "Kode";
    static final String[] FIXED = {"Contoh", KODE, "Indikator Kinerja", "Satuan"};

    private static final Pattern AWAL = Pattern.compile("(?i)kondisi\\s+awal\\s*\\(?\\s*(\\d{4})\\s*\\)?");
    private static final Pattern TARGET =
            Pattern.compile("(?i)target\\s+(\\d{4})(\\s*\\(\\s*akhir\\s+renstra\\s*\\))?");
    private static final Pattern REALISASI = Pattern.compile("(?i)realisasi\\s+(\\d{4})");

    private final Catalogue catalogue;

    public RenstraWorkbook(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public static java.nio.file.Path pathFor(java.nio.file.Path configDir) {
        return configDir.resolve(FILE);
    }

    /** The workbook as its file says; rows marked CONTOH count only when {@code examples} is true (sample runs). */
    public Renstra read(java.nio.file.Path file, boolean examples) {
        return read(file.getFileName().toString(), InputWorkbook.sheets(file), examples);
    }

    /** As {@link #read(java.nio.file.Path, boolean)}, from the workbook's bytes (as kept with a lock). */
    public Renstra read(String name, InputStream in, boolean examples) {
        return read(name, InputWorkbook.sheets(name, in), examples);
    }

    /** As {@link #read(java.nio.file.Path, boolean)}, from the workbook's bytes. */
    public Renstra read(String name, byte[] bytes, boolean examples) {
        return read(name, InputWorkbook.sheets(name, bytes), examples);
    }

    private Renstra read(String name, List<SheetView> sheets, boolean examples) {
        List<String> findings = new ArrayList<>();
        List<String> corrections = new ArrayList<>();
        int[] skipped = {0};
        Parsed paths = paths(name, InputWorkbook.sheet(sheets, PATHS, name, findings), examples, skipped, findings,
                corrections);
        Map<String, SortedMap<Integer, Renstra.Earlier>> earlier = earlier(name,
                InputWorkbook.sheet(sheets, EARLIER, name, findings), examples, skipped, findings, corrections);
        Renstra out = new Renstra(paths.awal, paths.akhir, paths.paths, earlier, skipped[0], corrections);
        if (!findings.isEmpty()) {
            throw new CatalogueException(findings);
        }
        return out;
    }

    /**
     * Writes the pre-filled workbook for the Renstra period around {@code tahun}: every LKjIP indicator, example
     * figures marked CONTOH (derived from {@code targets} where given), written like every output.
     */
    public void write(java.nio.file.Path file, int tahun, Map<String, Target> targets, String note)
            throws IOException {
        try (Workbook wb = new RenstraLayout(catalogue, new Examples(targets)).build(tahun, note)) {
            OutputFiles.writeAtomically(file, wb::write);
        }
    }

    /** The examples alone, read as a sample run reads them, without writing anything. */
    public Renstra example(int tahun, Map<String, Target> targets) {
        try (Workbook wb = new RenstraLayout(catalogue, new Examples(targets)).build(tahun, "DATA CONTOH");
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            wb.write(out);
            return read(FILE, out.toByteArray(), true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Parsed(int awal, int akhir, Map<String, Renstra.Path> paths) {
    }

    private Parsed paths(String name, SheetView sheet, boolean examples, int[] skipped, List<String> findings,
            List<String> corrections) {
        if (sheet == null) {
            return new Parsed(0, 0, Map.of());
        }
        InputSheet in = IndicatorRows.header(name, sheet, findings, corrections);
        if (in == null) {
            return new Parsed(0, 0, Map.of());
        }
        int awalColumn = -1;
        int awal = 0;
        TreeMap<Integer, Integer> targetColumns = new TreeMap<>();
        int previous = 0;
        for (int c = FIXED.length; c <= sheet.lastColumn(in.header()); c++) {
            String h = in.heading(c);
            Matcher a = AWAL.matcher(h);
            Matcher t = TARGET.matcher(h);
            if (h.isEmpty()) {
                continue;
            }
            int year;
            if (a.matches()) {
                year = Integer.parseInt(a.group(1));
                if (awalColumn >= 0) {
                    findings.add(headerAt(in, c) + ": kolom kondisi awal sudah ada di kolom "
                            + CellReference.convertNumToColString(awalColumn) + "; hanya satu yang boleh.");
                    continue;
                }
                awalColumn = c;
                awal = year;
            } else if (t.matches()) {
                year = Integer.parseInt(t.group(1));
                if (awalColumn < 0) {
                    findings.add(headerAt(in, c) + ": kolom \"Kondisi Awal <tahun>\" harus di sebelah kiri kolom"
                            + " target.");
                }
                if (targetColumns.containsKey(year)) {
                    findings.add(headerAt(in, c) + ": tahun " + year + " sudah ada di kolom "
                            + CellReference.convertNumToColString(targetColumns.get(year)) + ".");
                    continue;
                }
                targetColumns.put(year, c);
            } else {
                findings.add(headerAt(in, c) + ": \"" + InputSheet.cut(h) + "\" bukan judul yang dikenal. Tulis"
                        + " \"Kondisi Awal 2021\" atau \"Target 2026\" (tahun Renstra Anda).");
                continue;
            }
            if (year <= previous) {
                findings.add(headerAt(in, c) + ": tahun " + year + " harus lebih besar dari tahun kolom di"
                        + " kirinya (" + previous + ").");
            }
            previous = Math.max(previous, year);
        }
        if (targetColumns.isEmpty()) {
            findings.add(name + ", lembar " + sheet.name() + ", baris " + (in.header() + 1) + ": tidak ada"
                    + " kolom \"Target <tahun>\"; tulis satu kolom per tahun Renstra, yang terakhir target akhir.");
            return new Parsed(0, 0, Map.of());
        }
        Map<String, Renstra.Path> out = new LinkedHashMap<>();
        int awalCol = awalColumn;
        IndicatorRows.each(catalogue, in, examples, skipped, (indicator, row) -> {
            Figure kondisi = awalCol < 0 ? Figure.NONE : in.figure(row, awalCol, indicator);
            SortedMap<Integer, Figure> targets = new TreeMap<>();
            SortedMap<Integer, Figure> byColumn = new TreeMap<>();
            if (awalCol >= 0) {
                byColumn.put(awalCol, kondisi);
            }
            targetColumns.forEach((year, c) -> {
                Figure f = in.figure(row, c, indicator);
                byColumn.put(c, f);
                if (!f.isEmpty()) {
                    targets.put(year, f);
                }
            });
            in.askIfFractions(row, indicator, byColumn);
            out.put(indicator.code(), new Renstra.Path(indicator.code(), kondisi, targets));
        });
        return new Parsed(awal, targetColumns.lastKey(), out);
    }

    private Map<String, SortedMap<Integer, Renstra.Earlier>> earlier(String name, SheetView sheet, boolean examples,
            int[] skipped, List<String> findings, List<String> corrections) {
        Map<String, SortedMap<Integer, Renstra.Earlier>> out = new LinkedHashMap<>();
        InputSheet in = sheet == null ? null : IndicatorRows.header(name, sheet, findings, corrections);
        if (in == null) {
            return out;
        }
        Map<Integer, Integer> targets = new TreeMap<>();
        Map<Integer, Integer> realisations = new TreeMap<>();
        for (int c = FIXED.length; c <= sheet.lastColumn(in.header()); c++) {
            String h = in.heading(c);
            Matcher t = TARGET.matcher(h);
            Matcher r = REALISASI.matcher(h);
            Map<Integer, Integer> into = t.matches() ? targets : r.matches() ? realisations : null;
            if (h.isEmpty()) {
                continue;
            }
            if (into == null) {
                findings.add(headerAt(in, c) + ": \"" + InputSheet.cut(h) + "\" bukan judul yang dikenal. Tulis"
                        + " \"Target 2024\" dan \"Realisasi 2024\" untuk setiap tahun.");
                continue;
            }
            int year = Integer.parseInt((t.matches() ? t : r).group(1));
            if (into.putIfAbsent(year, c) != null) {
                findings.add(headerAt(in, c) + ": kolom \"" + h + "\" sudah ada di kolom "
                        + CellReference.convertNumToColString(into.get(year)) + ".");
            }
        }
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>(targets.keySet());
        years.addAll(realisations.keySet());
        IndicatorRows.each(catalogue, in, examples, skipped, (indicator, row) -> {
            SortedMap<Integer, Renstra.Earlier> byYear = new TreeMap<>();
            SortedMap<Integer, Figure> byColumn = new TreeMap<>();
            for (int year : years) {
                Figure target = targets.containsKey(year) ? in.figure(row, targets.get(year), indicator) : Figure.NONE;
                Figure real = realisations.containsKey(year) ? in.figure(row, realisations.get(year), indicator)
                        : Figure.NONE;
                if (targets.containsKey(year)) {
                    byColumn.put(targets.get(year), target);
                }
                if (realisations.containsKey(year)) {
                    byColumn.put(realisations.get(year), real);
                }
                if (!target.isEmpty() || !real.isEmpty()) {
                    byYear.put(year, new Renstra.Earlier(year, target, real));
                }
            }
            in.askIfFractions(row, indicator, byColumn);
            out.put(indicator.code(), byYear);
        });
        return out;
    }

    private static String headerAt(InputSheet in, int c) {
        return in.where(in.header(), c).replaceFirst(" \\(.*\\)$", "");
    }

}
