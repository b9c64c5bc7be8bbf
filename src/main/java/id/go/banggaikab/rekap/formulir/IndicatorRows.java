package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Indicator;
import id.go.banggaikab.rekap.catalogue.IndicatorKind;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Predikat;
import id.go.banggaikab.rekap.catalogue.RegisterRule;
import id.go.banggaikab.rekap.catalogue.Target;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One table row per indicator the unit reports. What is typed where follows the indicator's kind, because that is
 * what the reader will take: counts and values in Realisasi; ratios as Pembilang and Penyebut, with Realisasi a
 * locked formula that only shows the percentage (its cached result is empty until Excel recalculates, and it is
 * exactly pembilang / penyebut x 100, so the reader never sees a disagreeing figure); grades from a list. A part the
 * catalogue counts from a register is not asked for: its cell is grey and locked, and its prompt names the register.
 */
final class IndicatorRows {

    private final Catalogue catalogue;
    private final XSSFSheet sheet;
    private final SheetStyles styles;
    private final FormLayout layout;
    private final InputValidations validations;
    private final Periode periode;

    IndicatorRows(Catalogue catalogue, XSSFSheet sheet, SheetStyles styles, FormLayout layout, Periode periode) {
        this.catalogue = catalogue;
        this.sheet = sheet;
        this.styles = styles;
        this.layout = layout;
        this.periode = periode;
        this.validations = new InputValidations(sheet);
    }

    /** Writes the rows from {@code firstRow}; returns the last row written. */
    int write(List<Indicator> indicators, int firstRow, Map<String, Target> targets,
            Map<String, PreviousValue> lastQuarter) {
        int r = firstRow;
        int no = 1;
        for (Indicator i : indicators) {
            SheetWriting.number(sheet, r, layout.col(FormColumn.NO), no++, styles.centred);
            text(r, FormColumn.KODE, i.code(), styles.text);
            text(r, FormColumn.JABATAN, catalogue.positionOf(i).name(), styles.text);
            text(r, FormColumn.INDIKATOR, i.name(), styles.text);
            text(r, FormColumn.SATUAN, i.satuan(), styles.centred);
            targets(r, i, targets.get(i.code()));
            if (layout.col(FormColumn.TW_LALU) >= 0) {
                text(r, FormColumn.TW_LALU, PreviousText.of(i, lastQuarter.get(i.code())), styles.previous);
            }
            inputs(r, i);
            text(r, FormColumn.KETERANGAN, null, styles.inputText);
            text(r, FormColumn.BUKTI, null, styles.inputText);
            String previous = PreviousText.of(i, lastQuarter.get(i.code()));
            SheetWriting.height(sheet, r, Math.max(SheetWriting.lines(i.name(), FormColumn.INDIKATOR.width()),
                    Math.max(SheetWriting.lines(catalogue.positionOf(i).name(), FormColumn.JABATAN.width()),
                            SheetWriting.lines(previous, FormColumn.TW_LALU.width()))));
            r++;
        }
        return r - 1;
    }

    private void targets(int r, Indicator i, Target t) {
        if (i.kind() == IndicatorKind.PREDIKAT) {
            text(r, FormColumn.TARGET_TAHUNAN, t == null ? null : name(t.annualPredikat()), styles.centred);
            text(r, FormColumn.TARGET_TW, t == null ? null : name(t.predikatUpTo(periode.triwulan())), styles.centred);
            return;
        }
        number(r, FormColumn.TARGET_TAHUNAN, t == null ? null : t.annual());
        number(r, FormColumn.TARGET_TW, t == null ? null : t.upTo(periode.triwulan()));
    }

    private void inputs(int r, Indicator i) {
        int realisasi = layout.col(FormColumn.REALISASI);
        int pembilang = layout.col(FormColumn.PEMBILANG);
        int penyebut = layout.col(FormColumn.PENYEBUT);
        if (i.isRatio()) {
            String num = CellReference.convertNumToColString(pembilang) + (r + 1);
            String den = CellReference.convertNumToColString(penyebut) + (r + 1);
            SheetWriting.text(sheet, r, realisasi, null, styles.computed)
                    .setCellFormula("IF(AND(ISNUMBER(" + num + "),ISNUMBER(" + den + ")," + den + "<>0),"
                            + num + "/" + den + "*100,\"\")");
            if (!counted(r, pembilang, i, RegisterRule.Slot.PEMBILANG)) {
                SheetWriting.text(sheet, r, pembilang, null, styles.input);
                validations.number(r, pembilang, "Pembilang", i.numerator().name() + " (" + periode.label() + ").");
            }
            if (!counted(r, penyebut, i, RegisterRule.Slot.PENYEBUT)) {
                SheetWriting.text(sheet, r, penyebut, null, styles.input);
                validations.number(r, penyebut, "Penyebut", i.denominator().name() + " (" + periode.label() + ")."
                        + (i.kind() == IndicatorKind.RASIO_PERTUMBUHAN ? " Boleh dikosongkan bila belum diketahui."
                                : ""));
            }
            return;
        }
        SheetWriting.text(sheet, r, pembilang, null, styles.unused);
        SheetWriting.text(sheet, r, penyebut, null, styles.unused);
        if (counted(r, realisasi, i, RegisterRule.Slot.NILAI)) {
            return;
        }
        SheetWriting.text(sheet, r, realisasi, null, styles.input);
        if (i.kind() == IndicatorKind.PREDIKAT) {
            validations.predikat(r, realisasi);
        } else {
            validations.number(r, realisasi, "Realisasi " + periode.label(), "Realisasi " + periode.label()
                    + " saja (bukan kumulatif), dalam " + i.satuan() + ". Kosong = belum dilaporkan; 0 = nol.");
        }
    }

    /** Greys and locks the cell when a register gives this part; true when it does. */
    private boolean counted(int r, int col, Indicator i, RegisterRule.Slot slot) {
        return catalogue.registerRule(i.code(), slot).map(rule -> {
            SheetWriting.text(sheet, r, col, null, styles.unused);
            validations.counted(r, col, "Dihitung dari register", countedNote(i, rule) + " Tidak perlu diisi.");
            return true;
        }).orElse(false);
    }

    /** "Pembilang KADIS-01 dihitung dari register koperasi (Status = Aktif, …)." */
    static String countedNote(Indicator i, RegisterRule rule) {
        String part = switch (rule.slot()) {
            case PEMBILANG -> "Pembilang";
            case PENYEBUT -> "Penyebut";
            case NILAI -> "Realisasi";
        };
        return part + " " + i.code() + " dihitung dari " + rule.describe().replaceFirst(": ", " (") + ").";
    }

    private void text(int r, FormColumn column, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        SheetWriting.text(sheet, r, layout.col(column), value, style);
    }

    private void number(int r, FormColumn column, Double value) {
        if (value == null) {
            text(r, column, null, styles.centred);
        } else {
            SheetWriting.number(sheet, r, layout.col(column), value, styles.number(value));
        }
    }

    private static String name(Predikat p) {
        return p == null ? null : p.name();
    }
}
