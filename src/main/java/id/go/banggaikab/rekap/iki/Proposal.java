package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueWorkbookWriter.Marks;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue an IKI document proposes: the catalogue itself (codes kept where an entry matches the one in force),
 * what the staff must check in it, every change against the catalogue in force, the document's defects, the year the
 * document applies from, and the document it came from.
 */
record Proposal(Catalogue catalogue, Marks marks, List<Change> changes, List<DocumentFindings.Finding> findings,
        int year, IkiDocument document, String inForce) {

    Proposal {
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
    }

    long count(Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /**
     * A word for the staff when the document's title page names another perangkat daerah than the catalogue it is
     * compared with (an office importing its IKI into the example catalogue shipped): empty when they are one office,
     * the document names none, or the catalogue is a new one started from the document.
     */
    Optional<String> otherOffice() {
        String office = document.office();
        if (office == null || inForce.equals(FreshCatalogue.SOURCE)) {
            return Optional.empty();
        }
        Similarity names = new Similarity(catalogue.abbreviations().units());
        if (OfficeName.same(office, catalogue.dinasName(), names)
                || OfficeName.same(office, catalogue.root().name(), names)) {
            return Optional.empty();
        }
        return Optional.of("Dokumen ini untuk " + Naming.titleCase(office) + ", katalog yang berlaku untuk "
                + catalogue.dinasName() + ". Bila ini perangkat daerah lain, jalankan ulang dengan katalog=baru supaya"
                + " usulan dimulai dari dokumen saja, tanpa jabatan dan indikator katalog itu.");
    }
}
