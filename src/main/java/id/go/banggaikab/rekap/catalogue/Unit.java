package id.go.banggaikab.rekap.catalogue;

import java.util.List;

/** An organisational unit: the dinas, the sekretariat, a bidang, a sub bagian or a seksi. */
public record Unit(String code, String name, UnitKind kind, String parentCode, List<String> aliases, double weight,
        Upkeep upkeep) {
    public Unit {
        aliases = List.copyOf(aliases);
        upkeep = upkeep == null ? Upkeep.NONE : upkeep;
    }

    public Unit(String code, String name, UnitKind kind, String parentCode, List<String> aliases, double weight) {
        this(code, name, kind, parentCode, aliases, weight, Upkeep.NONE);
    }

    public boolean isRoot() {
        return parentCode == null;
    }
}
