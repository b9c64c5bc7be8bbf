package id.go.banggaikab.rekap.formulir;

import id.go.banggaikab.rekap.output.OutputFiles;
import id.go.banggaikab.rekap.shared.Periode;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Where a unit's form or receipt goes and how it gets there. The name carries unit, year and quarter in words the
 * reader recognises, so a form that loses its header block still tells who and when. The workbook is written to a
 * hidden temporary file in the same folder and moved into place in one step: a crash never leaves a half-written
 * file under the real name, and the reader skips the dot-named temporary.
 */
final class OutputFile {

    private OutputFile() {
    }

    /** {@code <dir>/<safe unit name> - <tahun> TW <roman>.xlsx}. */
    static Path of(Path dir, Unit unit, Periode periode) {
        return dir.resolve(SafeFileNames.of(unit.name()) + " - " + periode.tahun() + " " + periode.label() + ".xlsx");
    }

    /** Writes {@code workbook} to {@code target}, replacing an earlier file of that name. */
    static Path write(Workbook workbook, Path target) {
        try {
            return OutputFiles.writeAtomically(target, workbook::write);
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas " + target + " tidak dapat ditulis: " + e.getMessage(), e);
        }
    }
}
