package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Abbreviations;
import id.go.banggaikab.rekap.catalogue.Catalogue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Imports an IKI document: reads it, proposes the catalogue it implies against the catalogue in force, and writes
 * the proposal into the output folder. The year the document applies from is the one asked for, else the one its
 * title names, else this year.
 */
public final class IkiImport {

    /** What was written and what it holds, for the run's last lines. */
    public record Result(Path workbook, int positions, int indicators, int changes, int findings, int year,
            String summary) {
    }

    private IkiImport() {
    }

    /**
     * Imports {@code document} against {@code inForce}, or, when that is null (no catalogue yet, or a new one asked
     * for), into a new catalogue of the perangkat daerah the document names, matched with {@code abbreviations}.
     */
    public static Result run(Path document, Catalogue inForce, Abbreviations abbreviations, Integer askedYear,
            Path outputDir, LocalDateTime now) throws IOException {
        IkiDocument read = IkiDocxReader.read(document);
        int year = askedYear != null ? askedYear : read.year() != null ? read.year() : now.getYear();
        Catalogue against = inForce != null ? inForce : FreshCatalogue.of(read, abbreviations);
        Proposal proposal = new ProposalBuilder(against, year).build(read);
        Path file = ProposalWorkbook.write(proposal, outputDir, now);
        String counts = proposal.changes().isEmpty() ? "tidak ada perubahan" : proposal.changes().size()
                + " perubahan (" + proposal.count(Change.Kind.JABATAN_BARU) + " jabatan baru, "
                + proposal.count(Change.Kind.JABATAN_DIHAPUS) + " jabatan dihapus, "
                + proposal.count(Change.Kind.INDIKATOR_BARU) + " indikator baru, "
                + proposal.count(Change.Kind.INDIKATOR_DIHAPUS) + " indikator dihapus, "
                + (proposal.count(Change.Kind.INDIKATOR_DIUBAH) + proposal.count(Change.Kind.PERLU_DIPUTUSKAN))
                + " indikator diubah, " + (proposal.count(Change.Kind.MUTASI) + proposal.count(Change.Kind.PEMEGANG))
                + " pergantian pemegang)";
        String summary = "Dokumen IKI " + read.file() + " dibaca: " + read.positions().size() + " jabatan, "
                + read.indicators() + " indikator, berlaku mulai " + year + "; " + counts + " terhadap "
                + against.source() + "; " + proposal.findings().size() + " temuan dokumen. Usulan ditulis di "
                + file.toAbsolutePath() + " — periksa lembar Perubahan, lalu simpan sebagai config/katalog.xlsx."
                + proposal.otherOffice().map(o -> " PERHATIAN: " + o).orElse("");
        return new Result(file, read.positions().size(), read.indicators(), proposal.changes().size(),
                proposal.findings().size(), year, summary);
    }
}
