package org.factline.extraction.domain;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every date rule's matches in a text, in order of start and then rule. A rule matches at
 * word starts only (its pattern says so: see {@link DateRules}), and is tried only where the text
 * begins like one of its matches ({@link RuleTriggers}) and where its gate, if it has one, matches
 * ({@link RuleGates}): far cheaper than {@code find()} at every character. After a match a rule
 * is next tried past its end, as {@code find()} would.
 */
final class RuleScanner {

    private final List<DateRules.DateRule> rules;
    private final RuleTriggers triggers;
    private final Pattern[] gates;
    /** gateOf[rule]: index into {@link #gates}, or -1 for an ungated rule. */
    private final int[] gateOf;
    /** Matchers are reused from one text to the next on the same thread: making them is a good part of the cost. */
    private final ThreadLocal<Matchers> matchers;

    /** One thread's matchers, each with the text it was last reset to. */
    private static final class Matchers {
        final Matcher[] matcher;
        final String[] text;

        Matchers(int size) {
            matcher = new Matcher[size];
            text = new String[size];
        }

        /** Matcher {@code i} over {@code text} from {@code start} on, seeing the text before it for lookbehinds. */
        Matcher at(int i, Pattern pattern, String over, int start) {
            Matcher m = matcher[i];
            if (m == null) {
                m = pattern.matcher(over).useTransparentBounds(true).useAnchoringBounds(false);
                matcher[i] = m;
                text[i] = over;
            } else if (text[i] != over) {
                m.reset(over);
                text[i] = over;
            }
            return m.region(start, over.length());
        }
    }

    RuleScanner(List<DateRules.DateRule> rules) {
        this.rules = rules;
        this.triggers = new RuleTriggers(rules.stream().map(DateRules.DateRule::pattern).toList());
        Map<Pattern, Integer> index = new IdentityHashMap<>();
        gateOf = new int[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            Pattern gate = rules.get(r).gate();
            gateOf[r] = gate == null ? -1 : index.computeIfAbsent(gate, g -> index.size());
        }
        gates = new Pattern[index.size()];
        index.forEach((gate, i) -> gates[i] = gate);
        int size = rules.size() + gates.length;
        matchers = ThreadLocal.withInitial(() -> new Matchers(size));
    }

    /** The matches that overlap no masked span, ordered by start, then rule. */
    List<RuleMatch> scan(String text, List<int[]> masked) {
        Matchers ms = matchers.get();
        int[] next = new int[rules.size()];
        // gateTried[g]: the word start the gate was last tried at (+1, so 0 is "never"); gateOpen[g]: whether it matched there.
        int[] gateTried = new int[gates.length];
        boolean[] gateOpen = new boolean[gates.length];
        long[] maybe = new long[triggers.words()];
        List<RuleMatch> found = new ArrayList<>();
        for (int start : TimexFinder.wordStarts(text)) {
            triggers.candidates(text, start, maybe);
            for (int w = 0; w < maybe.length; w++) {
                for (long bits = maybe[w]; bits != 0; bits &= bits - 1) {
                    int r = w * 64 + Long.numberOfTrailingZeros(bits);
                    if (start < next[r]) {
                        continue;
                    }
                    int g = gateOf[r];
                    if (g >= 0) {
                        if (gateTried[g] != start + 1) {
                            gateTried[g] = start + 1;
                            gateOpen[g] = ms.at(rules.size() + g, gates[g], text, start).lookingAt();
                        }
                        if (!gateOpen[g]) {
                            continue;
                        }
                    }
                    Matcher m = ms.at(r, rules.get(r).pattern(), text, start);
                    if (m.lookingAt() && m.end() > m.start()) {
                        next[r] = m.end();
                        if (!TimexFinder.overlapsAny(masked, m.start(), m.end())) {
                            found.add(RuleMatch.of(rules.get(r), m));
                        }
                    }
                }
            }
        }
        return found;
    }
}
