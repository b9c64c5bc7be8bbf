package id.go.banggaikab.rekap.aggregation;

/** When two figures are the same: up to the rounding noise of adding doubles, not up to what a person would round. */
final class Rounding {

    private Rounding() {
    }

    /** Whether two figures are the same up to rounding noise. */
    static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
