package id.go.banggaikab.rekap.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * An indicator computed from other indicators instead of being reported on a form, written in the catalogue as
 * {@code turunan: "{KASI-KWU-01} + {KASI-P3UM-01}"} or {@code "{A} / {B} * 100"}: indicator codes in braces, numbers,
 * {@code + - * /} and parentheses. A missing operand gives no value rather than a guessed one; so does a division by
 * zero.
 */
public final class Derivation {

    private final String text;
    private final Node root;
    private final Set<String> references;

    private Derivation(String text, Node root, Set<String> references) {
        this.text = text;
        this.root = root;
        this.references = references;
    }

    /** Parses the formula; a malformed one throws {@link IllegalArgumentException} saying where and why. */
    public static Derivation parse(String text) {
        Parser p = new Parser(text);
        Node root = p.sum();
        p.skipSpaces();
        if (p.pos < text.length()) {
            throw new IllegalArgumentException("tanda \"" + text.charAt(p.pos) + "\" di posisi " + (p.pos + 1)
                    + " tidak dikenal");
        }
        return new Derivation(text, root, Set.copyOf(p.refs));
    }

    public String text() {
        return text;
    }

    /** The indicator codes the formula uses. */
    public Set<String> references() {
        return references;
    }

    /** The value with each code's figure from {@code values}; null when any is null or a division is by zero. */
    public Double evaluate(Function<String, Double> values) {
        return root.eval(values);
    }

    private interface Node {
        Double eval(Function<String, Double> values);
    }

    private static final class Parser {
        private final String s;
        private int pos;
        private final Set<String> refs = new LinkedHashSet<>();

        Parser(String s) {
            this.s = s;
        }

        Node sum() {
            Node left = product();
            for (skipSpaces(); pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-'); skipSpaces()) {
                char op = s.charAt(pos++);
                Node l = left;
                Node r = product();
                left = v -> combine(l.eval(v), r.eval(v), op);
            }
            return left;
        }

        Node product() {
            Node left = atom();
            for (skipSpaces(); pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/'
                    || s.charAt(pos) == 'x' || s.charAt(pos) == '×'); skipSpaces()) {
                char op = s.charAt(pos++) == '/' ? '/' : '*';
                Node l = left;
                Node r = atom();
                left = v -> combine(l.eval(v), r.eval(v), op);
            }
            return left;
        }

        Node atom() {
            skipSpaces();
            if (pos >= s.length()) {
                throw new IllegalArgumentException("rumus berakhir sebelum lengkap");
            }
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                Node inner = sum();
                skipSpaces();
                expect(')');
                return inner;
            }
            if (c == '{') {
                int end = s.indexOf('}', pos);
                if (end < 0) {
                    throw new IllegalArgumentException("kurung kurawal \"{\" di posisi " + (pos + 1) + " tidak ditutup");
                }
                String code = s.substring(pos + 1, end).strip();
                pos = end + 1;
                refs.add(code);
                return v -> v.apply(code);
            }
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.'
                    || s.charAt(pos) == ',')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("tanda \"" + c + "\" di posisi " + (pos + 1) + " tidak dikenal;"
                        + " tulis kode indikator dalam {…}, angka, + - * / atau kurung");
            }
            double number = Double.parseDouble(s.substring(start, pos).replace(',', '.'));
            return v -> number;
        }

        void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw new IllegalArgumentException("tanda \"" + c + "\" diharapkan di posisi " + (pos + 1));
            }
            pos++;
        }

        void skipSpaces() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private static Double combine(Double a, Double b, char op) {
            if (a == null || b == null) {
                return null;
            }
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                default -> b == 0 ? null : a / b;
            };
        }
    }

    /** Codes in an order where every derivation comes after what it uses; a cycle is reported by the validator. */
    static List<String> order(List<Indicator> indicators) {
        List<String> out = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        java.util.Map<String, Indicator> byCode = new java.util.HashMap<>();
        indicators.forEach(i -> byCode.put(i.code(), i));
        for (Indicator i : indicators) {
            visit(i, byCode, visiting, out);
        }
        return out;
    }

    private static void visit(Indicator i, java.util.Map<String, Indicator> byCode, Set<String> visiting,
            List<String> out) {
        if (i == null || out.contains(i.code()) || !visiting.add(i.code())) {
            return;
        }
        if (i.derivation() != null) {
            for (String ref : i.derivation().references()) {
                visit(byCode.get(ref), byCode, visiting, out);
            }
        }
        out.add(i.code());
    }
}
