package org.factline.extraction.domain;

import java.util.HashSet;
import java.util.Set;
import org.factline.extraction.domain.PatternSkeleton.Alt;
import org.factline.extraction.domain.PatternSkeleton.Chars;
import org.factline.extraction.domain.PatternSkeleton.Node;
import org.factline.extraction.domain.PatternSkeleton.Repeat;
import org.factline.extraction.domain.PatternSkeleton.Seq;

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
    /** More strings than this at one point and the depth is lowered: the index stays small. */
    private static final int MAX_STRINGS = 20_000;

    private final int depth;
    private final Set<Integer> done = new HashSet<>();

    private PatternPrefixes(int depth) {
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
                Node root = PatternSkeleton.parse(pattern);
                PatternPrefixes pp = new PatternPrefixes(d);
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

    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
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
