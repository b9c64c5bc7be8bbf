package id.go.banggaikab.rekap.aggregation;

import java.util.List;

/**
 * A score in the organisation tree: a unit (with its positions and child units beneath) or a position (a leaf). The
 * score is null when nothing beneath it has both a value and a target. {@code indicators} says how many indicators
 * the score rests on, {@code indicatorsTotal} how many there are, so a score built on 2 of 12 is visibly thin.
 */
public record ScoreNode(String code, String name, boolean position, int depth, double weight, Double score,
        String kategori, int indicators, int indicatorsTotal, List<ScoreNode> children) {

    public ScoreNode {
        children = List.copyOf(children);
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
