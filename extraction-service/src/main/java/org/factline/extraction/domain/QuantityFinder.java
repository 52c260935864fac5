package org.factline.extraction.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;

/**
 * Finds "qualifier? number unit" mentions using a {@link RuleSet}: a number must be followed,
 * within a few modifier words, by a counted noun from the unit lexicon (or be money or a
 * percentage), so dates, page numbers and scores are not taken for claims.
 */
public final class QuantityFinder {

    static final String RULE_COUNT = "en.quantity.count-noun";
    static final String RULE_MONEY = "en.quantity.money";
    static final String RULE_PERCENT = "en.quantity.percent";
    private static final int MAX_MODIFIERS = 3;
    private static final int PREDICATE_WINDOW = 4;

    private final RuleSet rules;
    private final NumberReader numbers;
    private final int longestQualifier;

    public QuantityFinder(RuleSet rules) {
        this.rules = rules;
        this.numbers = new NumberReader(rules.numbers());
        this.longestQualifier = rules.qualifiers().keySet().stream().mapToInt(q -> q.split(" ").length).max().orElse(0);
    }

    public List<QuantityMention> find(String text) {
        List<Token> tokens = Token.tokenize(text);
        List<QuantityMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            QuantityMention mention = mentionAt(text, tokens, i);
            if (mention == null) {
                i++;
                continue;
            }
            found.add(mention);
            while (i < tokens.size() && tokens.get(i).start() < mention.end()) {
                i++;
            }
        }
        return found;
    }

    private QuantityMention mentionAt(String text, List<Token> tokens, int i) {
        boolean money = tokens.get(i).text().equals("$");
        int numberAt = money ? i + 1 : i;
        if (numberAt >= tokens.size()) {
            return null;
        }
        if (isModelDesignation(text, tokens.get(numberAt))) {
            return null; // "F-35", "B-52", "CVN-78" name a model or hull, they count nothing
        }
        NumberReader.Read number = numbers.read(tokens, numberAt);
        if (number == null) {
            return null;
        }
        int after = numberAt + number.tokens();
        String unit;
        String ruleId;
        int unitEnd;
        if (money || number.percent()) {
            unit = money ? "USD" : "percent";
            ruleId = money ? RULE_MONEY : RULE_PERCENT;
            unitEnd = after - 1;
        } else {
            unitEnd = unitAfter(text, tokens, after);
            if (unitEnd < 0) {
                return null;
            }
            unit = rules.units().get(tokens.get(unitEnd).lower());
            ruleId = RULE_COUNT;
        }
        int[] qualifier = qualifierBefore(text, tokens, i);
        Qualifier q = qualifier == null ? Qualifier.EXACT : rules.qualifiers().get(phrase(tokens, qualifier[0], i));
        int start = tokens.get(qualifier == null ? i : qualifier[0]).start();
        int end = tokens.get(unitEnd).end();
        String predicate = money ? "amount" : number.percent() ? "share" : predicateAround(text, tokens, i, unitEnd);
        Quantity quantity = Intervals.quantity(number.value(), unit, q, !money && !number.percent());
        return new QuantityMention(start, end, text.substring(start, end), quantity, predicate, ruleId);
    }

    /** Index of the counted noun after the number, allowing a few modifiers; -1 if none. */
    private int unitAfter(String text, List<Token> tokens, int from) {
        int best = -1;
        for (int j = from; j < tokens.size() && j < from + MAX_MODIFIERS + 1; j++) {
            if (j > from && breaksPhrase(text, tokens.get(j - 1), tokens.get(j))) {
                break;
            }
            Token t = tokens.get(j);
            if (rules.units().containsKey(t.lower())) {
                best = j; // keep going: "militia members" counts members
            } else if (best >= 0 || t.isDigits() || rules.numbers().containsKey(t.lower())) {
                break;
            }
        }
        return best;
    }

    /** Start token index of the longest qualifier phrase right before {@code at}, or null. */
    private int[] qualifierBefore(String text, List<Token> tokens, int at) {
        for (int len = Math.min(longestQualifier, at); len >= 1; len--) {
            int from = at - len;
            if (breaksPhrase(text, tokens.get(at - 1), tokens.get(at))) {
                return null;
            }
            if (rules.qualifiers().containsKey(phrase(tokens, from, at))) {
                return new int[] {from};
            }
        }
        return null;
    }

    /** The predicate a cue word within the same phrase names ("killed 11 sailors"); "count" otherwise. */
    private String predicateAround(String text, List<Token> tokens, int numberAt, int unitEnd) {
        Map<String, RuleSet.PredicateRule> cues = rules.predicates();
        // From the unit itself: in "83 dead" the unit word is also the cue.
        for (int j = unitEnd; j < Math.min(tokens.size(), unitEnd + PREDICATE_WINDOW + 1); j++) {
            if (j > unitEnd && breaksPhrase(text, tokens.get(j - 1), tokens.get(j))) {
                break;
            }
            if (cues.containsKey(tokens.get(j).lower())) {
                return cues.get(tokens.get(j).lower()).predicate();
            }
        }
        for (int j = numberAt - 1; j >= Math.max(0, numberAt - PREDICATE_WINDOW); j--) {
            if (breaksPhrase(text, tokens.get(j), tokens.get(j + 1))) {
                break;
            }
            if (cues.containsKey(tokens.get(j).lower())) {
                return cues.get(tokens.get(j).lower()).predicate();
            }
        }
        return "count";
    }

    private static boolean isModelDesignation(String text, Token number) {
        int at = number.start();
        return number.isDigits() && at >= 2 && text.charAt(at - 1) == '-' && Character.isLetterOrDigit(text.charAt(at - 2));
    }

    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < to; j++) {
            sb.append(j > from ? " " : "").append(tokens.get(j).lower());
        }
        return sb.toString();
    }

    /** Sentence punctuation or a line break between two tokens ends a phrase. */
    private static boolean breaksPhrase(String text, Token left, Token right) {
        String gap = text.substring(left.end(), right.start());
        return gap.chars().anyMatch(c -> c == '.' || c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')');
    }
}
