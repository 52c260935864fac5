package org.factline.extraction.domain;

import java.util.List;
import java.util.Set;

/**
 * What a number measures, from the cue words of predicates.tsv around it: "killed 11 sailors"
 * and "83 people dead" are deaths; anything else is a plain count. A cue with an implied unit
 * also lets a bare number count ("killing 83", "83 were killed", "a death toll of 83").
 */
final class Predicates {

    private static final int WINDOW = 4;
    private static final RuleSet.PredicateRule COUNT = new RuleSet.PredicateRule("count", "", "count", null);
    /** Words that may stand between a cue and a bare number: "the toll rose to 83", "83 were killed". */
    private static final Set<String> BRIDGE_BEFORE = Set.of("of", "to", "at", "is", "was", "stands", "stood", "rose", "reached",
            "hit", "climbed", "now", "has", "had", "more", "than", "least", "about", "around", "nearly", "some", "over");
    private static final Set<String> BRIDGE_AFTER = Set.of("were", "was", "are", "is", "have", "has", "had", "been", "being", "reported");

    private final RuleSet rules;

    Predicates(RuleSet rules) {
        this.rules = rules;
    }

    /** The cue within the phrase after the unit (first) or before the number; {@code count} when none. */
    RuleSet.PredicateRule around(String text, List<Token> tokens, int numberAt, int unitAt) {
        for (int j = unitAt; j < Math.min(tokens.size(), unitAt + WINDOW + 1); j++) {
            if (j > unitAt && Phrases.breaks(text, tokens.get(j - 1), tokens.get(j))) {
                break;
            }
            RuleSet.PredicateRule cue = rules.predicates().get(tokens.get(j).lower());
            if (cue != null) {
                return cue;
            }
        }
        for (int j = numberAt - 1; j >= Math.max(0, numberAt - WINDOW); j--) {
            if (Phrases.breaks(text, tokens.get(j), tokens.get(j + 1))) {
                break;
            }
            RuleSet.PredicateRule cue = rules.predicates().get(tokens.get(j).lower());
            if (cue != null) {
                return cue;
            }
        }
        return COUNT;
    }

    /** A cue with an implied unit right before the number (bridged by "of", "to", ...) or right after it. */
    RuleSet.PredicateRule impliedUnit(String text, List<Token> tokens, int numberAt, int numberEnd) {
        for (int j = numberEnd; j < Math.min(tokens.size(), numberEnd + 3); j++) {
            if (Phrases.breaks(text, tokens.get(j - 1), tokens.get(j))) {
                break;
            }
            RuleSet.PredicateRule cue = rules.predicates().get(tokens.get(j).lower());
            if (cue != null && cue.impliedUnit() != null) {
                return cue;
            }
            if (!BRIDGE_AFTER.contains(tokens.get(j).lower())) {
                break;
            }
        }
        for (int j = numberAt - 1; j >= Math.max(0, numberAt - WINDOW); j--) {
            if (Phrases.breaks(text, tokens.get(j), tokens.get(j + 1))) {
                break;
            }
            RuleSet.PredicateRule cue = rules.predicates().get(tokens.get(j).lower());
            if (cue != null && cue.impliedUnit() != null) {
                return cue;
            }
            if (!BRIDGE_BEFORE.contains(tokens.get(j).lower()) && !rules.qualifiers().containsKey(tokens.get(j).lower())) {
                break;
            }
        }
        return null;
    }
}
