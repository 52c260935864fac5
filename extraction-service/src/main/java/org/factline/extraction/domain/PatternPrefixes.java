package org.factline.extraction.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the first few characters of a regular expression's match can be, read from the pattern
 * itself, in a coarse alphabet: each ASCII letter (case folded), "a digit", "a space" ({@code \s})
 * and "anything else". The answer is a set of symbol strings of at most {@code depth} symbols;
 * every match starts with one of them (a string shorter than {@code depth} is a match that may end
 * there, so any continuation counts). It errs on the wide side: lookarounds and anchors are
 * skipped, back references and negated classes may be anything, and a pattern it cannot read
 * gives the empty string, i.e. "may start anywhere". {@link RuleTriggers} indexes the strings.
 */
final class PatternPrefixes {

    static final int DIGIT = 27;
    static final int SPACE = 28;
    static final int OTHER = 29;
    /** Past the end of the text: no pattern character is this, only a finished match allows it. */
    static final int END = 30;
    static final int BITS = 5;
    private static final int ANY_CHAR = ((1 << END) - 1) & ~1;
    private static final int LETTERS = ((1 << 27) - 1) & ~1;
    private static final int INFINITE = Integer.MAX_VALUE;
    /** More strings than this at one point and the depth is lowered: the index stays small. */
    private static final int MAX_STRINGS = 20_000;

    private final String p;
    private int i;
    private final int depth;
    private final Set<Integer> done = new HashSet<>();

    private PatternPrefixes(String pattern, int depth) {
        this.p = pattern;
        this.depth = depth;
    }

    /** The symbol of one character of text or pattern (ASCII case folding, like the rules' patterns). */
    static int symbol(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 1;
        }
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' ? SPACE : OTHER;
    }

    static int length(int code) {
        int n = 0;
        while (code != 0) {
            code >>>= BITS;
            n++;
        }
        return n;
    }

    /** The start strings of {@code pattern}'s matches, {@code depth} symbols deep at most (fewer if there would be too many). */
    static Set<Integer> of(String pattern, int depth) {
        for (int d = depth; d > 0; d--) {
            try {
                PatternPrefixes pp = new PatternPrefixes(pattern, d);
                Node root = pp.alternation();
                if (pp.i != pattern.length()) {
                    throw new IllegalArgumentException("unbalanced ) at " + pp.i);
                }
                pp.done.addAll(pp.apply(root, Set.of(0)));
                return pp.done;
            } catch (TooMany e) {
                // retry shallower
            } catch (RuntimeException e) {
                break; // a construct this reader does not know: the pattern may start anywhere
            }
        }
        return Set.of(0);
    }

    private interface Node {
    }

    private record Chars(int symbols) implements Node {
    }

    private record Seq(List<Node> items) implements Node {
    }

    private record Alt(List<Node> options) implements Node {
    }

    private record Repeat(Node body, int min, int max) implements Node {
    }

    private static final Node EMPTY = new Seq(List.of());

    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    // ---- reading the pattern ----

    private Node alternation() {
        List<Node> options = new ArrayList<>();
        options.add(sequence());
        while (i < p.length() && p.charAt(i) == '|') {
            i++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.get(0) : new Alt(options);
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
            if (p.startsWith("\\Q", i)) {
                int end = p.indexOf("\\E", i + 2);
                String quoted = p.substring(i + 2, end < 0 ? p.length() : end);
                i = end < 0 ? p.length() : end + 2;
                // A quantifier after \E applies to the last quoted character only.
                for (int k = 0; k < quoted.length(); k++) {
                    Node c = new Chars(1 << symbol(quoted.charAt(k)));
                    items.add(k == quoted.length() - 1 ? quantified(c) : c);
                }
            } else {
                items.add(quantified(atom()));
            }
        }
        return new Seq(items);
    }

    private Node quantified(Node atom) {
        Node node = atom;
        while (i < p.length()) {
            char c = p.charAt(i);
            int min;
            int max;
            if (c == '?' || c == '*' || c == '+') {
                min = c == '+' ? 1 : 0;
                max = c == '?' ? 1 : INFINITE;
                i++;
            } else if (c == '{' && i + 1 < p.length() && Character.isDigit(p.charAt(i + 1))) {
                int close = p.indexOf('}', i);
                String[] bounds = p.substring(i + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0]);
                max = bounds.length == 1 ? min : bounds[1].isEmpty() ? INFINITE : Integer.parseInt(bounds[1]);
                i = close + 1;
            } else {
                return node;
            }
            if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
                i++; // lazy or possessive: the same strings
            }
            node = new Repeat(node, min, max);
        }
        return node;
    }

    private Node atom() {
        char c = p.charAt(i++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return new Chars(charClass());
            case '.':
                return new Chars(ANY_CHAR);
            case '^':
            case '$':
                return EMPTY;
            case '\\':
                return escape();
            default:
                return new Chars(1 << symbol(c));
        }
    }

    private Node group() {
        boolean zeroWidth = false;
        if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
            i += 3;
            zeroWidth = true;
        } else if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
            i += 2;
            zeroWidth = true;
        } else if (p.startsWith("?<", i)) {
            i = p.indexOf('>', i) + 1;
        } else if (p.startsWith("?", i)) {
            int end = i + 1;
            while (end < p.length() && (Character.isLetter(p.charAt(end)) || p.charAt(end) == '-')) {
                end++;
            }
            String flags = p.substring(i + 1, end);
            if (flags.contains("x") || flags.contains("u") || flags.contains("U")) {
                throw new IllegalArgumentException("flags this reader does not model: " + flags);
            }
            i = end + 1;
            if (p.charAt(end) == ')') {
                return EMPTY; // "(?i)": flags only
            }
            // ':' or '>' (atomic group): an ordinary group for what it can match
        }
        Node inner = alternation();
        if (i >= p.length() || p.charAt(i) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        i++;
        return zeroWidth ? EMPTY : inner;
    }

    private Node escape() {
        char e = p.charAt(i++);
        switch (e) {
            case 'b':
            case 'B':
            case 'A':
            case 'z':
            case 'Z':
            case 'G':
            case 'E':
                return EMPTY;
            case 'k':
                i = p.indexOf('>', i) + 1;
                return new Repeat(new Chars(ANY_CHAR), 0, INFINITE);
            default:
                if (e >= '1' && e <= '9') {
                    while (i < p.length() && Character.isDigit(p.charAt(i))) {
                        i++;
                    }
                    return new Repeat(new Chars(ANY_CHAR), 0, INFINITE);
                }
                return new Chars(escapedSymbols(e));
        }
    }

    /** The symbols of a one-character escape (after the backslash), inside or outside a class. */
    private int escapedSymbols(char e) {
        switch (e) {
            case 'd':
                return 1 << DIGIT;
            case 's':
            case 't':
            case 'n':
            case 'r':
            case 'f':
                return 1 << SPACE;
            case 'w':
                return LETTERS | 1 << DIGIT | 1 << OTHER;
            case 'W':
                return 1 << SPACE | 1 << OTHER;
            case 'p': {
                String name = propertyName();
                return name.equals("L") || name.equals("Lu") || name.equals("Ll") || name.equals("IsAlphabetic")
                        || name.equals("Alpha") ? LETTERS | 1 << OTHER : ANY_CHAR;
            }
            case 'P':
                propertyName();
                return ANY_CHAR;
            case 'x':
            case 'u':
                return hexChar(e);
            default:
                if (Character.isLetterOrDigit(e)) {
                    return ANY_CHAR; // \D, \S, \h, \v, \R, octal, control characters...: wide
                }
                return 1 << symbol(e);
        }
    }

    private String propertyName() {
        if (p.charAt(i) == '{') {
            int close = p.indexOf('}', i);
            String name = p.substring(i + 1, close);
            i = close + 1;
            return name;
        }
        return String.valueOf(p.charAt(i++));
    }

    private int hexChar(char kind) {
        if (kind == 'x' && p.charAt(i) == '{') {
            int close = p.indexOf('}', i);
            int cp = Integer.parseInt(p.substring(i + 1, close), 16);
            i = close + 1;
            return cp < 0x10000 ? 1 << symbol((char) cp) : 1 << OTHER;
        }
        int digits = kind == 'x' ? 2 : 4;
        char c = (char) Integer.parseInt(p.substring(i, i + digits), 16);
        i += digits;
        return 1 << symbol(c);
    }

    /** After the opening bracket; negated and intersected classes are taken as anything. */
    private int charClass() {
        boolean wide = false;
        if (p.charAt(i) == '^') {
            wide = true;
            i++;
        }
        int symbols = 0;
        boolean first = true;
        while (p.charAt(i) != ']' || first) {
            first = false;
            char c = p.charAt(i);
            if (c == '[') {
                i++;
                symbols |= charClass();
                continue;
            }
            if (p.startsWith("&&", i)) {
                wide = true;
                i += 2;
                continue;
            }
            int low;
            if (c == '\\') {
                i++;
                char e = p.charAt(i++);
                if (Character.isLetterOrDigit(e) && e != 'x' && e != 'u') {
                    symbols |= escapedSymbols(e);
                    continue;
                }
                low = e == 'x' || e == 'u' ? hexValue(e) : e;
            } else {
                low = c;
                i++;
            }
            if (p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                i++;
                int high = p.charAt(i) == '\\' ? escapedRangeEnd() : p.charAt(i++);
                for (int ch = low; ch <= high; ch++) {
                    symbols |= 1 << symbol((char) ch);
                }
            } else {
                symbols |= 1 << symbol((char) low);
            }
        }
        i++;
        return wide ? ANY_CHAR : symbols;
    }

    private int escapedRangeEnd() {
        i++;
        char e = p.charAt(i++);
        return e == 'x' || e == 'u' ? hexValue(e) : e;
    }

    private int hexValue(char kind) {
        int digits = kind == 'x' ? 2 : 4;
        int value = Integer.parseInt(p.substring(i, i + digits), 16);
        i += digits;
        return value;
    }

    // ---- what the pattern can start with ----

    /** The strings still growing after {@code node}, from those before it; full-depth strings go to {@link #done}. */
    private Set<Integer> apply(Node node, Set<Integer> live) {
        if (live.isEmpty()) {
            return live;
        }
        if (node instanceof Chars) {
            return extend(live, ((Chars) node).symbols());
        }
        if (node instanceof Seq) {
            Set<Integer> cur = live;
            for (Node item : ((Seq) node).items()) {
                cur = apply(item, cur);
            }
            return cur;
        }
        if (node instanceof Alt) {
            Set<Integer> out = new HashSet<>();
            for (Node option : ((Alt) node).options()) {
                out.addAll(apply(option, live));
            }
            return checked(out);
        }
        Repeat r = (Repeat) node;
        Set<Integer> cur = live;
        for (int k = 0; k < r.min() && !cur.isEmpty(); k++) {
            cur = apply(r.body(), cur);
        }
        if (r.max() == r.min()) {
            return cur;
        }
        // The strings after any further count: each string's continuations are found once.
        Set<Integer> all = new HashSet<>(cur);
        Set<Integer> frontier = cur;
        for (int k = r.min(); k < r.max() && !frontier.isEmpty(); k++) {
            Set<Integer> next = new HashSet<>(apply(r.body(), frontier));
            next.removeAll(all);
            all.addAll(next);
            frontier = next;
        }
        return checked(all);
    }

    private Set<Integer> extend(Set<Integer> live, int symbols) {
        Set<Integer> out = new HashSet<>();
        for (int code : live) {
            int len = length(code);
            for (int s = 1; s < END; s++) {
                if ((symbols & 1 << s) != 0) {
                    int longer = code | s << (BITS * len);
                    (len + 1 == depth ? done : out).add(longer);
                }
            }
        }
        checked(done);
        return checked(out);
    }

    private static Set<Integer> checked(Set<Integer> strings) {
        if (strings.size() > MAX_STRINGS) {
            throw new TooMany();
        }
        return strings;
    }
}
