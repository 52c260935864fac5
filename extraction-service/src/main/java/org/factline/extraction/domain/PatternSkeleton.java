package org.factline.extraction.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a regular expression into the little tree {@link PatternPrefixes} walks: character sets in
 * its coarse alphabet, sequences, alternatives and repeats. Lookarounds and anchors read as empty,
 * constructs it does not know as wide sets (or an exception, which the caller takes as "may start
 * anywhere"), so the tree never promises less than the pattern can match.
 */
final class PatternSkeleton {

    static final int INFINITE = Integer.MAX_VALUE;
    static final int ANY_CHAR = ((1 << PatternPrefixes.END) - 1) & ~1;
    static final int LETTERS = ((1 << 27) - 1) & ~1;

    interface Node {
    }

    record Chars(int symbols) implements Node {
    }

    record Seq(List<Node> items) implements Node {
    }

    record Alt(List<Node> options) implements Node {
    }

    record Repeat(Node body, int min, int max) implements Node {
    }

    static final Node EMPTY = new Seq(List.of());

    private final String p;
    private int i;

    private PatternSkeleton(String pattern) {
        this.p = pattern;
    }

    /** The tree of {@code pattern}; throws on what it cannot read. */
    static Node parse(String pattern) {
        PatternSkeleton reader = new PatternSkeleton(pattern);
        Node root = reader.alternation();
        if (reader.i != pattern.length()) {
            throw new IllegalArgumentException("unbalanced ) at " + reader.i);
        }
        return root;
    }


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
                    Node c = new Chars(1 << PatternPrefixes.symbol(quoted.charAt(k)));
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
                return new Chars(1 << PatternPrefixes.symbol(c));
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
                return 1 << PatternPrefixes.DIGIT;
            case 's':
            case 't':
            case 'n':
            case 'r':
            case 'f':
                return 1 << PatternPrefixes.SPACE;
            case 'w':
                return LETTERS | 1 << PatternPrefixes.DIGIT | 1 << PatternPrefixes.OTHER;
            case 'W':
                return 1 << PatternPrefixes.SPACE | 1 << PatternPrefixes.OTHER;
            case 'p': {
                String name = propertyName();
                return name.equals("L") || name.equals("Lu") || name.equals("Ll") || name.equals("IsAlphabetic")
                        || name.equals("Alpha") ? LETTERS | 1 << PatternPrefixes.OTHER : ANY_CHAR;
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
                return 1 << PatternPrefixes.symbol(e);
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
            return cp < 0x10000 ? 1 << PatternPrefixes.symbol((char) cp) : 1 << PatternPrefixes.OTHER;
        }
        int digits = kind == 'x' ? 2 : 4;
        char c = (char) Integer.parseInt(p.substring(i, i + digits), 16);
        i += digits;
        return 1 << PatternPrefixes.symbol(c);
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
                    symbols |= 1 << PatternPrefixes.symbol((char) ch);
                }
            } else {
                symbols |= 1 << PatternPrefixes.symbol((char) low);
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
}
