package id.go.banggaikab.rekap.lkjip;

import id.go.banggaikab.rekap.catalogue.Catalogue;
import id.go.banggaikab.rekap.catalogue.Position;
import id.go.banggaikab.rekap.catalogue.Unit;
import java.util.List;

/**
 * One unit of the organisation with its positions as the catalogue of the year gives them, in tree order:
 * {@code depth} 0 for the dinas; {@code filled} the positions with a holder named. The LKjIP's Bab I counts its staff
 * from these (one holder a position: the catalogue knows the staff that have an IKI, no others).
 */
public record UnitStaff(Unit unit, int depth, List<Position> positions, int filled) {

    public UnitStaff {
        positions = List.copyOf(positions);
    }

    /** Every unit of {@code catalogue}, dinas first, each followed by the units beneath it. */
    static List<UnitStaff> of(Catalogue catalogue) {
        return catalogue.treeOrder().stream().map(u -> {
            List<Position> positions = catalogue.positionsOf(u.code());
            int filled = (int) positions.stream().filter(p -> p.holder() != null && p.holder().name() != null
                    && !p.holder().name().isBlank()).count();
            return new UnitStaff(u, catalogue.depth(u), positions, filled);
        }).toList();
    }
}
