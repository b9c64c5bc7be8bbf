package id.go.banggaikab.rekap.catalogue;

import java.util.List;

/** An organisational unit: the dinas, the sekretariat, a bidang, a sub bagian or a seksi. */
public record Unit(String code, String name, UnitKind kind, String parentCode, List<String> aliases, double weight) {
    public Unit {
        aliases = List.copyOf(aliases);
    }

    public boolean isRoot() {
        return parentCode == null;
    }
}
