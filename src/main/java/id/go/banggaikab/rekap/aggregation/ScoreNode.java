package id.go.banggaikab.rekap.aggregation;

import java.util.List;

/**
 * A score in the organisation tree: a unit (with its positions and child units beneath) or a position (a leaf). The
 * score is null when nothing beneath it has both a value for the quarter and a target. Beside the number it carries
 * what the number rests on, so that no writer shows a partial score as if it were whole: {@code indicators} of
 * {@code indicatorsTotal} indicators, and {@code unitsReported} of the {@code unitsExpected} reporting units beneath
 * it (for a unit: the reporting units in its subtree; for a position: its own unit when that unit sends a form, else
 * none) that sent a form for the quarter.
 */
public record ScoreNode(String code, String name, boolean position, int depth, double weight, Double score,
        String kategori, int indicators, int indicatorsTotal, int unitsReported, int unitsExpected,
        List<ScoreNode> children) {

    public ScoreNode {
        children = List.copyOf(children);
    }

    /** Some of the units this score should rest on have not sent the quarter's form: the score may still change. */
    public boolean partial() {
        return unitsReported < unitsExpected;
    }

    /** None of the units this score rests on sent the quarter's form ("Belum lapor"), which is not a low score. */
    public boolean notReported() {
        return unitsExpected > 0 && unitsReported == 0;
    }

    /** This node and everything beneath, depth first: the row order of the Rekap Unit sheet. */
    public List<ScoreNode> flatten() {
        List<ScoreNode> out = new java.util.ArrayList<>();
        out.add(this);
        children.forEach(c -> out.addAll(c.flatten()));
        return out;
    }

    /** The direct child units (not positions). */
    public List<ScoreNode> units() {
        return children.stream().filter(c -> !c.position()).toList();
    }
}
