package id.go.banggaikab.rekap.output;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook made in memory, written once with {@code write(out)}: closing it lets it go without saving it again.
 * POI's own {@code close()} saves a new workbook's whole package a second time into a byte buffer it then drops
 * ({@code new XSSFWorkbook()} opens its package on such a buffer): on a quarter that was ~70 ms of processor time
 * for the receipts, the recap and the tables, every run, for nothing.
 */
public class NewWorkbook extends XSSFWorkbook {

    /** Lets a document made in memory go without saving it once more; its output was written before. */
    public static void discard(POIXMLDocument document) {
        document.getPackage().revert();
    }

    @Override
    public void close() {
        discard(this);
    }
}
