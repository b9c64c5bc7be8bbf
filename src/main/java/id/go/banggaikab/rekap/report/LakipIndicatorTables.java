package id.go.banggaikab.rekap.report;

import id.go.banggaikab.rekap.catalogue.Level;
import id.go.banggaikab.rekap.lkjip.Group;
import id.go.banggaikab.rekap.lkjip.IndicatorLine;
import id.go.banggaikab.rekap.lkjip.Lkjip;
import id.go.banggaikab.rekap.report.word.Captions;
import id.go.banggaikab.rekap.report.word.WordDocument;
import id.go.banggaikab.rekap.report.word.WordTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The indicators of one sasaran (with its sasaran program beneath) in the Word draft, in two tables that fit a
 * portrait A4 page at 9 pt: the Bab III table of SPEC §5, then the comparison with earlier years and the Renstra.
 * The workbook's Capaian Kinerja sheet holds both side by side; the columns are the same ({@link LakipColumns}).
 */
final class LakipIndicatorTables {

    private final Lkjip lkjip;
    private final WordDocument word;
    private final Captions captions;

    /** {@code captions} number the comparison's table ("Tabel 3.4 …"). */
    LakipIndicatorTables(Lkjip lkjip, WordDocument word, Captions captions) {
        this.lkjip = lkjip;
        this.word = word;
        this.captions = captions;
    }

    /**
     * The sasaran's indicators in two tables that fit a portrait page: the Bab III table of SPEC §5 (No, Sasaran,
     * Indikator Kinerja, Satuan, Target, Realisasi, Capaian, Kategori), then, where earlier years or the Renstra are
     * known, the comparison with them (the workbook's Capaian Kinerja sheet holds both side by side).
     */
    void write(List<Group> section) {
        List<LakipColumns.Column> all = LakipColumns.of(lkjip);
        List<LakipColumns.Column> main = all.subList(0, LakipColumns.MAIN);
        table(section, main, true);
        word.paragraph("Catatan", String.join(" ", LakipSheets.notes(lkjip)));
        List<LakipColumns.Column> comparison = new ArrayList<>(List.of(all.get(0), all.get(3)));
        comparison.addAll(all.subList(LakipColumns.MAIN, all.size()));
        captions.table("Perbandingan dengan Tahun Sebelumnya dan Target Akhir Renstra, " + AkuntabilitasKinerja.kind(section.get(0))
                + section.get(0).number());
        table(section, comparison, false);
    }

    private void table(List<Group> section, List<LakipColumns.Column> columns, boolean withSasaran) {
        int lead = withSasaran ? 2 : 1;
        int[] weights = new int[columns.size() + lead];
        weights[0] = 4;
        List<String> headers = new ArrayList<>(List.of("No"));
        if (withSasaran) {
            weights[1] = 16;
            headers.add("Sasaran");
        }
        for (int c = 0; c < columns.size(); c++) {
            weights[c + lead] = columns.get(c).weight();
            headers.add(columns.get(c).header());
        }
        WordTable t = word.table(weights);
        t.header(headers);
        for (Group g : section) {
            boolean first = true;
            for (IndicatorLine l : g.lines()) {
                XWPFTableRow row = t.row();
                WordTable.text(row.getCell(0), first ? g.number() : "", true, ParagraphAlignment.LEFT);
                if (withSasaran) {
                    WordTable.text(row.getCell(1), first ? g.sasaran() : "", true, ParagraphAlignment.LEFT);
                }
                if (g.lines().size() > 1) {
                    WordTable.mergeDown(row.getCell(0), first);
                    if (withSasaran) {
                        WordTable.mergeDown(row.getCell(1), first);
                    }
                }
                for (int c = 0; c < columns.size(); c++) {
                    LakipColumns.Column col = columns.get(c);
                    WordTable.text(row.getCell(c + lead), LakipColumns.text(col.value().apply(l), col.kind()), false,
                            col.kind() == LakipColumns.Kind.TEXT ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
                }
                if (l != g.lines().get(g.lines().size() - 1)) {
                    WordTable.keepWithNext(row);
                }
                first = false;
            }
        }
    }
}
