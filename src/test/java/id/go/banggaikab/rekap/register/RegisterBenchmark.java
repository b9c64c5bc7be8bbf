package id.go.banggaikab.rekap.register;

import id.go.banggaikab.rekap.contoh.SampleRegisters;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueLoader;
import id.go.banggaikab.rekap.catalogue.RegisterRule.Slot;
import id.go.banggaikab.rekap.shared.Periode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * How fast a province-wide register is counted: {@code generate} writes a register of usaha mikro binaan as Excel
 * saves one (shared strings written after the sheet, dates as date-formatted numbers, a few typed as text, one NIB in
 * ten thousand listed twice); {@code read} counts the shipped catalogue's rules over it for 2026 TW IV, the whole
 * file, and prints rows per second and the process's peak resident memory. A benchmark to run by hand, with the heap
 * the issue allows, beside scripts/register_openpyxl.py; never a timed test:
 *
 * <pre>
 * scripts/benchmark-register.sh [rows, default 1000000]
 * </pre>
 */
public final class RegisterBenchmark {

    private static final List<String> PRODUK = SampleRegisters.PRODUK;
    private static final List<String> NAMA = SampleRegisters.NAMA;
    private static final List<String> KECAMATAN = SampleRegisters.KECAMATAN;
    private static final String[] HEADERS = {"No", "Nama Usaha", "NIB", "NIK Pemilik", "Kecamatan", "Skala",
        "Tanggal Terdaftar", "Tanggal Pelatihan", "Tanggal Bantuan Modal", "Tanggal Promosi", "Tanggal Naik Kelas"};
    private static final long EXCEL_EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();

    private RegisterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("generate")) {
            int rows = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
            long start = System.nanoTime();
            generate(Path.of(args[1]), rows);
            System.out.printf("register %s: %,d baris ditulis (%,d byte) dalam %.1f detik%n", args[1], rows,
                    Files.size(Path.of(args[1])), (System.nanoTime() - start) / 1e9);
        } else if (args.length >= 2 && args[0].equals("read")) {
            read(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000);
        } else {
            System.err.println("Pemakaian: RegisterBenchmark generate <berkas.xlsx> [baris] | read <berkas.xlsx> [baris]");
            System.exit(2);
        }
    }

    private static void read(Path file, int rows) throws IOException {
        Catalogue catalogue = CatalogueLoader.load(Path.of("config/katalog.yml"));
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        RegisterCounter.Counts counts = new RegisterCounter(CountPlan.whole(catalogue, new Periode(2026, 4)))
                .count(List.of(RegisterFile.onDisk(file, "register/" + file.getFileName())));
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        double binaan = counts.figures().stream().filter(f -> f.rule().indicatorCode().equals("KABID-PUM-02")
                && f.rule().slot() == Slot.PENYEBUT && f.triwulan() == 4).mapToDouble(CountedFigure::value)
                .findFirst().orElse(-1);
        double dilatih = counts.figures().stream().filter(f -> f.rule().indicatorCode().equals("KABID-PUM-02")
                && f.rule().slot() == Slot.PEMBILANG).mapToDouble(CountedFigure::value).sum();
        System.out.printf("java (rekap-kinerja): %,d baris dalam %.2f detik = %,.0f baris/detik (CPU semua thread, JIT"
                + " dan inflasi zip termasuk: %.2f detik); binaan TW IV %,.0f, dilatih 2026 %,.0f, %d masalah dicatat;"
                + " heap maks %d MB; RSS puncak %s MB%n", rows, seconds, rows / seconds, cpuSeconds, binaan, dilatih,
                counts.problems().size(), Runtime.getRuntime().maxMemory() >> 20, peakRss());
    }

    /** VmHWM of this process, in MB: the peak resident set size, JVM and all. */
    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "?";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
            }
        }
        return "?";
    }

    /**
     * The sheet is written first and the shared strings after it, as Excel does; every name is one of a few
     * thousand (product, owner, kecamatan), every NIB and NIK its own string.
     */
    static void generate(Path file, int rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Map<String, Integer> shared = new LinkedHashMap<>();
        for (String h : HEADERS) {
            index(shared, h);
        }
        KECAMATAN.forEach(k -> index(shared, k));
        index(shared, "Mikro");
        index(shared, "Kecil");
        for (String p : PRODUK) {
            for (String n : NAMA) {
                for (String k : KECAMATAN) {
                    index(shared, p + " " + n + " " + k);
                }
            }
        }
        int fixed = shared.size();
        List<String> unique = new ArrayList<>();
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.setLevel(6);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName="
                    + "\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles"
                    + "+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type="
                    + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target="
                    + "\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats"
                    + ".org/officeDocument/2006/relationships\"><sheets><sheet name=\"Usaha Mikro Binaan\" sheetId=\"1\""
                    + " r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                    + " Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                    + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org"
                    + "/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId3\" Type="
                    + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target="
                    + "\"sharedStrings.xml\"/></Relationships>");
            entry(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\"><numFmt numFmtId="
                    + "\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts><fonts count=\"1\"><font><sz val=\"11\"/><name val="
                    + "\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill>"
                    + "<patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId="
                    + "\"164\" applyNumberFormat=\"1\"/></cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\""
                    + " builtinId=\"0\"/></cellStyles></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas"
                    + ".openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:K" + (rows + 1) + "\"/>"
                    + "<sheetData><row r=\"1\">");
            for (int c = 0; c < HEADERS.length; c++) {
                w.write("<c r=\"" + (char) ('A' + c) + "1\" t=\"s\"><v>" + c + "</v></c>");
            }
            w.write("</row>");
            java.util.Random random = new java.util.Random(16);
            long first = LocalDate.of(2019, 1, 1).toEpochDay();
            long last = LocalDate.of(2026, 12, 31).toEpochDay();
            long year = LocalDate.of(2026, 1, 2).toEpochDay();
            for (int i = 1; i <= rows; i++) {
                int r = i + 1;
                String kecamatan = KECAMATAN.get(random.nextInt(KECAMATAN.size()));
                String name = PRODUK.get(random.nextInt(PRODUK.size())) + " " + NAMA.get(random.nextInt(NAMA.size())) + " "
                        + kecamatan;
                int nib = i % 10_000 == 0 ? fixed + unique.size() - 2 : fixed + unique.size();
                if (i % 10_000 != 0) {
                    unique.add(String.format("91%011d", 10_000_000_000L + i * 7_919L));
                }
                unique.add(String.format("7201%02d%010d", KECAMATAN.indexOf(kecamatan) + 1, 1_000_000_000L + i));
                int nik = fixed + unique.size() - 1;
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + i + "</v></c>");
                w.write("<c r=\"B" + r + "\" t=\"s\"><v>" + shared.get(name) + "</v></c>");
                w.write("<c r=\"C" + r + "\" t=\"s\"><v>" + nib + "</v></c>");
                w.write("<c r=\"D" + r + "\" t=\"s\"><v>" + nik + "</v></c>");
                w.write("<c r=\"E" + r + "\" t=\"s\"><v>" + shared.get(kecamatan) + "</v></c>");
                boolean kecil = random.nextInt(100) < 3;
                w.write("<c r=\"F" + r + "\" t=\"s\"><v>" + shared.get(kecil ? "Kecil" : "Mikro") + "</v></c>");
                long registered = first + random.nextInt((int) (last - first));
                date(w, "G", r, registered, i);
                long from = Math.max(registered, year);
                int[] percent = {34, 23, 19};
                for (int k = 0; k < 3; k++) {
                    if (random.nextInt(100) < percent[k] && from <= last) {
                        date(w, String.valueOf((char) ('H' + k)), r, from + random.nextInt((int) (last - from + 1)), i);
                    }
                }
                if (kecil) {
                    date(w, "K", r, from + random.nextInt((int) (last - from + 1)), i);
                }
                w.write("</row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            int count = shared.size() + unique.size();
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"http://schemas"
                    + ".openxmlformats.org/spreadsheetml/2006/main\" count=\"" + count + "\" uniqueCount=\"" + count
                    + "\">");
            for (String s : shared.keySet()) {
                w.write("<si><t>" + s + "</t></si>");
            }
            for (String s : unique) {
                w.write("<si><t>" + s + "</t></si>");
            }
            w.write("</sst>");
            w.flush();
            zip.closeEntry();
        }
    }

    /** A date as Excel stores it (a serial number, date-formatted), one in fifty typed as text instead. */
    private static void date(Writer w, String col, int r, long epochDay, int i) throws IOException {
        if (i % 50 == 7) {
            LocalDate d = LocalDate.ofEpochDay(epochDay);
            w.write("<c r=\"" + col + r + "\" t=\"inlineStr\"><is><t>" + String.format("%02d/%02d/%d",
                    d.getDayOfMonth(), d.getMonthValue(), d.getYear()) + "</t></is></c>");
        } else {
            w.write("<c r=\"" + col + r + "\" s=\"1\"><v>" + (epochDay - EXCEL_EPOCH) + "</v></c>");
        }
    }

    private static void index(Map<String, Integer> shared, String s) {
        shared.putIfAbsent(s, shared.size());
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
