package org.factline.extraction.domain;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which date rules can match at a word start, read from the first few characters there: a rule
 * is tried only where the text begins like one of its matches ({@link PatternPrefixes}), so "the"
 * wakes only rules that can start with "the" followed by what follows in the text ("the day",
 * "the 1990s"), not every rule that names "the" somewhere. A trie over the first
 * {@value #DEPTH} symbols of each rule's matches, with at each node the rules any text reaching it
 * may start.
 */
final class RuleTriggers {

    static final int DEPTH = 6;
    private static final int FANOUT = PatternPrefixes.END + 1;

    private final int words;
    /** children[node * FANOUT + symbol]: the child node, 0 for none (node 0 is the root, never a child). */
    private int[] children;
    /** rules[node * words + w]: bits of the rules that any text reaching this node may start. */
    private long[] rules;
    private int nodes = 1;

    RuleTriggers(List<Pattern> patterns) {
        words = Math.max(1, (patterns.size() + 63) / 64);
        children = new int[64 * FANOUT];
        rules = new long[64 * words];
        for (int r = 0; r < patterns.size(); r++) {
            for (int code : PatternPrefixes.of(patterns.get(r).pattern(), DEPTH)) {
                int node = 0;
                for (int c = code; c != 0; c >>>= PatternPrefixes.BITS) {
                    node = child(node, c & ((1 << PatternPrefixes.BITS) - 1));
                }
                rules[node * words + r / 64] |= 1L << (r % 64);
            }
        }
        children = Arrays.copyOf(children, nodes * FANOUT);
        rules = Arrays.copyOf(rules, nodes * words);
    }

    /** How many longs {@link #candidates} fills. */
    int words() {
        return words;
    }

    /** Sets {@code into} to the bits of the rules that may match at {@code start} (rule index order). */
    void candidates(CharSequence text, int start, long[] into) {
        Arrays.fill(into, 0L);
        int node = 0;
        for (int k = 0; ; k++) {
            for (int w = 0; w < words; w++) {
                into[w] |= rules[node * words + w];
            }
            if (k == DEPTH) {
                return;
            }
            int at = start + k;
            int symbol = at < text.length() ? PatternPrefixes.symbol(text.charAt(at)) : PatternPrefixes.END;
            node = children[node * FANOUT + symbol];
            if (node == 0) {
                return;
            }
        }
    }

    private int child(int node, int symbol) {
        int slot = node * FANOUT + symbol;
        if (children[slot] == 0) {
            if ((nodes + 1) * FANOUT > children.length) {
                children = Arrays.copyOf(children, children.length * 2);
                rules = Arrays.copyOf(rules, rules.length * 2);
            }
            children[slot] = nodes++;
        }
        return children[slot];
    }
}
