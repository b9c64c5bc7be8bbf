package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueWorkbookWriter;
import id.go.banggaikab.rekap.output.CellStyles;
import id.go.banggaikab.rekap.output.OutputFiles;
import id.go.banggaikab.rekap.output.Paper;
import id.go.banggaikab.rekap.output.TextLines;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a proposal as "Usulan Katalog ….xlsx": first {@value #CHANGES} (every change against the catalogue in force,
 * one a row, in words, with the codes and texts) and {@value #FINDINGS} (the document's defects), then the
 * catalogue's own sheets with what the staff must check marked. Saved as config/katalog.xlsx it is the catalogue: the
 * reader passes over the first two sheets.
 */
final class ProposalWorkbook {

    static final String CHANGES = "Perubahan";
    static final String FINDINGS = "Temuan Dokumen";
    private static final String[] CHANGE_HEADERS = {"No", "Perubahan", "Kode", "Jabatan", "Sebelumnya", "Menjadi",
        "Keterangan"};
    private static final int[] CHANGE_WIDTHS = {5, 24, 15, 30, 42, 42, 56};

    private ProposalWorkbook() {
    }

    static Path write(Proposal proposal, Path outputDir, LocalDateTime now) throws IOException {
        String base = proposal.document().file().replaceFirst("(?i)\\.docx$", "");
        Path file = OutputFiles.freeName(outputDir, "Usulan Katalog " + base, "xlsx", now);
        try (XSSFWorkbook wb = new CatalogueWorkbookWriter(proposal.catalogue()).build("USULAN KATALOG dari "
                + proposal.document().file(), proposal.marks())) {
            Styles styles = new Styles(wb);
            changes(wb, styles, proposal);
            findings(wb, styles, proposal);
            wb.setSheetOrder(CHANGES, 0);
            wb.setSheetOrder(FINDINGS, 1);
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            OutputFiles.writeAtomically(file, wb::write);
        }
        return file;
    }

    /** The styles of the two sheets. */
    private record Styles(XSSFCellStyle title, XSSFCellStyle note, XSSFCellStyle header, XSSFCellStyle text) {
        Styles(XSSFWorkbook wb) {
            this(new CellStyles(wb, "Calibri"));
        }

        private Styles(CellStyles cells) {
            this(cells.plain(cells.font(13, true, false, null)), wrap(cells.plain(cells.font(10, false, false, null))),
                    wrap(CellStyles.filled(cells.bordered(cells.font(10, true, false, null)),
                            IndexedColors.GREY_25_PERCENT)), wrap(cells.bordered(cells.font(10, false, false, null))));
        }

        private static XSSFCellStyle wrap(XSSFCellStyle s) {
            s.setWrapText(true);
            return s;
        }
    }

    private static void changes(XSSFWorkbook wb, Styles s, Proposal p) {
        XSSFSheet sheet = wb.createSheet(CHANGES);
        String against = p.inForce().equals(FreshCatalogue.SOURCE) ? "katalog baru, dimulai dari dokumen ini saja"
                : "perubahan terhadap katalog yang berlaku (" + p.inForce() + ")";
        List<String> top = new ArrayList<>(List.of("USULAN KATALOG dari " + p.document().file() + " — " + against,
                summary(p)));
        p.otherOffice().ifPresent(o -> top.add("PERHATIAN: " + o));
        top.add("Cara memakai: periksa setiap baris; perbaiki lembar"
                + " Jabatan dan Indikator bila perlu (sel jingga dan kolom Perlu Diperiksa adalah tebakan); kosongkan"
                + " Perlu Diperiksa yang sudah diperiksa; simpan katalog lama sebagai cadangan, lalu simpan buku kerja"
                + " ini sebagai config/katalog.xlsx. Proses berikutnya memakainya.");
        List<String[]> rows = new ArrayList<>();
        int n = 0;
        for (Change c : p.changes()) {
            rows.add(new String[] {Integer.toString(++n), c.kind().label(), c.code(), c.position(), c.before(),
                c.after(), c.note()});
        }
        if (rows.isEmpty()) {
            rows.add(new String[] {"", "Tidak ada perubahan", "", "", "", "", "Jabatan, pemegang, tugas dan fungsi,"
                + " dan indikator di dokumen sama dengan katalog yang berlaku."});
        }
        table(sheet, s, top, CHANGE_HEADERS, CHANGE_WIDTHS, rows);
    }

    private static void findings(XSSFWorkbook wb, Styles s, Proposal p) {
        XSSFSheet sheet = wb.createSheet(FINDINGS);
        List<String[]> rows = new ArrayList<>();
        int n = 0;
        for (DocumentFindings.Finding f : p.findings()) {
            rows.add(new String[] {Integer.toString(++n), f.where(), f.code(), f.text(), f.decided() ? f.decision()
                    : "Belum ada; baris " + f.code() + " bertanda Perlu Diperiksa" + (f.decision() == null ? ""
                            : " (keputusan yang ada: " + f.decision() + ")")});
        }
        if (rows.isEmpty()) {
            rows.add(new String[] {"", "", "", "Tidak ada temuan.", ""});
        }
        table(sheet, s, List.of("Temuan pada dokumen " + p.document().file(), "Cacat dokumen yang ditemukan: tidak"
                + " dibetulkan diam-diam dan tidak membuat dokumen ditolak. Usulan memakai teks dokumen apa adanya;"
                + " tulis keputusannya di kolom Keputusan atas Cacat Dokumen pada lembar Jabatan atau Indikator."),
                new String[] {"No", "Letak", "Kode", "Temuan", "Keputusan di Katalog"}, new int[] {5, 46, 15, 70, 60},
                rows);
    }

    private static void table(XSSFSheet sheet, Styles s, List<String> top, String[] headers, int[] widths,
            List<String[]> rows) {
        int total = 0;
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
            total += widths[c];
        }
        int r = 0;
        for (String line : top) {
            Row row = sheet.createRow(r);
            cell(row, 0, line, r == 0 ? s.title() : s.note());
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, widths.length - 1));
            row.setHeightInPoints(14 * TextLines.count(line, total * 1.1) + 3);
            r++;
        }
        int headerRow = ++r;
        Row head = sheet.createRow(headerRow);
        for (int c = 0; c < headers.length; c++) {
            cell(head, c, headers[c], s.header());
        }
        for (String[] values : rows) {
            Row row = sheet.createRow(++r);
            int lines = 1;
            for (int c = 0; c < values.length; c++) {
                cell(row, c, values[c], s.text());
                lines = Math.max(lines, TextLines.count(values[c], widths[c] - 1));
            }
            row.setHeightInPoints(Math.min(400, 13 * lines + 3));
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, r, 0, headers.length - 1));
        Paper.A4.landscapeOnePageWide(sheet, headerRow);
    }

    private static void cell(Row row, int c, String value, XSSFCellStyle style) {
        var cell = row.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static String summary(Proposal p) {
        Catalogue c = p.catalogue();
        List<String> parts = new ArrayList<>();
        for (Change.Kind kind : Change.Kind.values()) {
            long n = p.count(kind);
            if (n > 0) {
                parts.add(n + " " + kind.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return "Dokumen: " + p.document().positions().size() + " jabatan, " + p.document().indicators()
                + " indikator; berlaku mulai tahun " + p.year() + ". Usulan katalog: " + c.positions().size()
                + " jabatan, " + c.indicators().size() + " indikator (yang tidak berlaku lagi tetap tercantum dengan"
                + " Berlaku Sampai). Perubahan: " + (parts.isEmpty() ? "tidak ada" : String.join(", ", parts))
                + ". Temuan dokumen: " + p.findings().size() + " (lembar " + FINDINGS + ").";
    }
}
