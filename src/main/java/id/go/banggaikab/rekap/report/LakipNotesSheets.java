package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.lkjip.CascadeNote;
import id.go.banggaikab.rekap.lkjip.Group;
import id.go.banggaikab.rekap.lkjip.IndicatorLine;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.lkjip.UnitNote;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Sheet {@value #ANALISIS}: per indicator of the LKjIP (numbered by its sasaran, as in Capaian Kinerja) what the units
 * wrote about it over the year's quarters, one row per unit and wording, then what the units beneath it in the
 * performance tree wrote about their own indicators (the unit named with the indicator), so the planner writes the
 * causes of success or failure from the units' own words; and
 * sheet {@value #CATATAN}: what the planner should know about the inputs.
 */
final class LakipNotesSheets {

    static final String ANALISIS = "Analisis";
    static final String CATATAN = "Catatan Data";
    static final String NONE = "(tidak ada penjelasan dari unit)";
    static final String[] HEADERS = {"No", "Indikator Kinerja", "Capaian (%)", "Kategori", "Unit Kerja", "Triwulan",
        "Keterangan", "Kendala / Permasalahan", "Solusi / Rencana Tindak Lanjut"};

    private LakipNotesSheets() {
    }

    static void analisis(XSSFWorkbook workbook, Styles styles, Lkjip lkjip) {
        TableSheet t = new TableSheet(workbook, styles, lkjip.recap(), ANALISIS, LakipText.title("Analisis: Penjelasan"
                + " Unit Kerja atas Capaian " + LakipText.reach(lkjip.recap().periode()), lkjip.recap()), true,
                6, 32, 10, 12, 24, 10, 32, 32, 32);
        String[] headers = HEADERS.clone();
        headers[2] = Wording.capaianHeading(HEADERS[2], lkjip.recap());
        t.header(headers);
        List<LakipRows.Block> blocks = new java.util.ArrayList<>();
        for (Group g : lkjip.groups()) {
            for (IndicatorLine l : g.lines()) {
                int first = t.lastRow() + 1;
                List<UnitNote> notes = new java.util.ArrayList<>(l.notes());
                l.cascade().forEach(c -> notes.add(beneath(c)));
                if (notes.isEmpty()) {
                    notes.add(new UnitNote("", List.of(), NONE, null, null));
                }
                for (UnitNote note : notes) {
                    Row row = t.row();
                    boolean top = row.getRowNum() == first;
                    t.text(row, 0, top ? g.number() : null);
                    t.text(row, 1, top ? l.indicator().name() : null);
                    if (top) {
                        t.percent(row, 2, l.capaian());
                    } else {
                        t.text(row, 2, null);
                    }
                    t.text(row, 3, top ? Wording.category(l.result(), l.kategori(), l.target(),
                            lkjip.recap().periode()) : null);
                    t.text(row, 4, note.unitName());
                    t.text(row, 5, note.quarters().isEmpty() ? "" : LakipText.quarters(note.quarters()));
                    t.text(row, 6, note.keterangan());
                    t.text(row, 7, note.kendala());
                    t.text(row, 8, note.solusi());
                }
                if (t.lastRow() > first) {
                    for (int c = 0; c < 4; c++) {
                        t.sheet.addMergedRegion(new CellRangeAddress(first, t.lastRow(), c, c));
                    }
                }
                blocks.add(new LakipRows.Block(first, t.lastRow()));
            }
        }
        t.finish(HEADERS.length, false);
        for (int c = 6; c < HEADERS.length; c++) {
            t.sheet.setColumnWidth(c, 32 * 256);
        }
        LakipRows.fit(t, HEADERS.length, java.util.Set.of(0, 1, 2, 3), blocks);
        t.footnotes(List.of("Kutipan apa adanya dari kolom Keterangan, Kendala/Permasalahan dan"
                + " Solusi/Rencana Tindak Lanjut formulir yang menjadi sumber angka indikator, semua triwulan s.d."
                + " triwulan ini; juga dari formulir indikator kegiatan di bawahnya dalam pohon kinerja (unit"
                + " disebut bersama indikatornya)."), HEADERS.length);
        t.printColumns(HEADERS.length - 1);
        t.titleAcross(HEADERS.length);
    }

    /** A note from beneath the indicator, its unit named with the indicator it wrote about. */
    private static UnitNote beneath(CascadeNote c) {
        UnitNote n = c.note();
        return new UnitNote(LakipText.beneath(c), n.quarters(), n.keterangan(), n.kendala(), n.solusi());
    }

    static void catatan(XSSFWorkbook workbook, Styles styles, Lkjip lkjip) {
        TableSheet t = new TableSheet(workbook, styles, lkjip.recap(), CATATAN, "Catatan Data untuk Penyusun LKjIP "
                + LakipText.reach(lkjip.recap().periode()),
                true, 6, 120);
        t.header("No", "Catatan");
        int n = 0;
        for (String note : lkjip.notes()) {
            Row row = t.row();
            t.number(row, 0, (double) ++n);
            t.text(row, 1, note);
        }
        if (lkjip.notes().isEmpty()) {
            Row row = t.row();
            t.text(row, 0, null);
            t.text(row, 1, "Tidak ada catatan: Renstra, tahun sebelumnya dan anggaran terbaca tanpa catatan.");
        }
        t.finish(2, false);
        t.sheet.setColumnWidth(1, 120 * 256);
        LakipRows.fit(t, 2, java.util.Set.of(), List.of());
    }
}
