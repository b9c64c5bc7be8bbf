package id.go.banggaikab.rekap.iki;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.CatalogueWorkbookWriter.Marks;
import java.util.List;

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
}
