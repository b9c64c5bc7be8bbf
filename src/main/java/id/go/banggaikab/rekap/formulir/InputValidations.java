package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.catalogue.Predikat;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Excel's own checks on the input cells, so a typo is caught while typing rather than in next week's recap: numbers
 * must be zero or more, grades come from the SAKIP list. The messages are the ones a clerk sees in the pop-up, in
 * Bahasa Indonesia; the prompt says what the cell wants (for ratio parts, what exactly is counted).
 */
final class InputValidations {

    static final String NUMBER_ERROR = "Isi dengan angka 0 atau lebih, tanpa satuan atau teks. Koma untuk desimal "
            + "(12,5). Kosongkan bila belum ada data.";
    static final String PREDIKAT_ERROR = "Pilih salah satu predikat: AA, A, BB, B, CC, C atau D.";

    private final XSSFSheet sheet;
    private final XSSFDataValidationHelper helper;

    InputValidations(XSSFSheet sheet) {
        this.sheet = sheet;
        this.helper = new XSSFDataValidationHelper(sheet);
    }

    /** A decimal of zero or more; {@code prompt} tells what to type. */
    void number(int row, int col, String promptTitle, String prompt) {
        DataValidationConstraint c = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        add(c, row, col, "Angka tidak sah", NUMBER_ERROR, promptTitle, prompt);
    }

    /** A cell the form does not ask for because a register gives it: the prompt says which and by what rule. */
    void counted(int row, int col, String promptTitle, String prompt) {
        DataValidationConstraint c = helper.createCustomConstraint("TRUE");
        add(c, row, col, "Dihitung dari register", prompt, promptTitle, prompt);
    }

    void predikat(int row, int col) {
        String[] grades = Arrays.stream(Predikat.values()).map(Enum::name).toArray(String[]::new);
        DataValidationConstraint c = helper.createExplicitListConstraint(grades);
        add(c, row, col, "Predikat tidak sah", PREDIKAT_ERROR, "Predikat", "Pilih dari daftar: AA, A, BB, B, CC, C, D.");
    }

    private void add(DataValidationConstraint constraint, int row, int col, String errorTitle, String error,
            String promptTitle, String prompt) {
        DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(row, row, col, col));
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(errorTitle, error);
        v.setShowErrorBox(true);
        v.setEmptyCellAllowed(true);
        v.createPromptBox(limit(promptTitle, 32), limit(prompt, 255));
        v.setShowPromptBox(true);
        // POI's XSSF name is inverted: "suppress" = true writes showDropDown="0", which is what shows the arrow.
        v.setSuppressDropDownArrow(constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST);
        sheet.addValidationData(v);
    }

    /** Excel refuses to open a file whose prompt title passes 32 or prompt text 255 characters. */
    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
