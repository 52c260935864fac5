package org.factline.extraction.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.factline.contracts.value.Qualifier;
import org.factline.contracts.value.Quantity;

/**
 * Finds "qualifier? number unit" mentions using a {@link RuleSet}: a number must be followed,
 * within a few modifier words, by a counted noun from the unit lexicon, be money or a percentage,
 * or stand next to a cue that implies what it counts ("killing 83"), so dates, page numbers and
 * scores are not taken for claims. Ranges ("10 to 12 boats") and changes ("rose 5 pct") are read
 * as such. Each mention carries the subject {@link FactKeys} resolves for it.
 */
public final class QuantityFinder {

    static final String RULE_COUNT = "en.quantity.count-noun";
    static final String RULE_MONEY = "en.quantity.money";
    static final String RULE_PERCENT = "en.quantity.percent";
    static final String RULE_IMPLIED = "en.quantity.implied-unit";
    static final String RULE_NUMBER = "en.quantity.number";
    private static final int MAX_MODIFIERS = 3;

    private final RuleSet rules;
    private final NumberReader numbers;
    private final FactKeys keys;
    private final Predicates predicates;
    private final int longestQualifier;

    public QuantityFinder(RuleSet rules) {
        this.rules = rules;
        this.numbers = new NumberReader(rules.numbers());
        this.keys = new FactKeys(rules);
        this.predicates = new Predicates(rules);
        this.longestQualifier = rules.qualifiers().keySet().stream().mapToInt(q -> q.split(" ").length).max().orElse(0);
    }

    public List<QuantityMention> find(String text) {
        return find(text, Token.tokenize(text), false);
    }

    /**
     * Every number, also those that count nothing named (unit {@code number}), with qualifiers and
     * ranges: for scoring number recognition on its own (RecognizersNumberEvalTest), not for claims.
     */
    public List<QuantityMention> findNumbers(String text) {
        return find(text, Token.tokenize(text), true);
    }

    private List<QuantityMention> find(String text, List<Token> tokens, boolean bare) {
        List<QuantityMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            QuantityMention mention = t.isDigits() || rules.numbers().containsKey(t.lower()) || rules.currencies().containsKey(t.lower())
                    ? mentionAt(text, tokens, i, bare) : null;
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

    /** A number as read, possibly widened to a range: tokens [at, end) and the interval ends. */
    private record Amount(int at, int end, BigDecimal value, BigDecimal high, boolean percentSign) {
    }

    private QuantityMention mentionAt(String text, List<Token> tokens, int i, boolean bare) {
        RuleSet.Currency prefix = rules.currencies().get(tokens.get(i).lower());
        boolean prefixMoney = prefix != null && prefix.prefix();
        int numberAt = prefixMoney ? i + 1 : i;
        if (numberAt >= tokens.size() || prefix != null && !prefixMoney || isModelDesignation(text, tokens.get(numberAt))) {
            return null; // "F-35", "B-52", "CVN-78" name a model or hull, they count nothing
        }
        Amount amount = amount(text, tokens, numberAt);
        if (amount == null) {
            return null;
        }
        int after = amount.end();
        RuleSet.Currency suffix = prefixMoney ? null : currencySuffix(tokens, after);
        Integer percentWords = after < tokens.size() ? percentWordsAt(tokens, after) : null;
        String unit;
        String ruleId;
        int lastAt;
        FactKeys.Subject subject;
        String predicate;
        if (prefixMoney || suffix != null) {
            unit = prefixMoney ? prefix.code() : suffix.code();
            lastAt = prefixMoney ? after - 1 : suffixEnd(tokens, after);
            ruleId = RULE_MONEY;
            predicate = "amount";
            subject = keys.money(text, tokens, i, lastAt, unit);
        } else if (amount.percentSign() || percentWords != null) {
            unit = "percent";
            lastAt = amount.percentSign() ? after - 1 : after + percentWords - 1;
            ruleId = RULE_PERCENT;
            predicate = "share";
            subject = keys.share(text, tokens, lastAt);
        } else {
            int unitAt = unitAfter(text, tokens, after);
            if (unitAt >= 0) {
                lastAt = unitAt;
                unit = rules.units().get(tokens.get(unitAt).lower()).concept();
                ruleId = RULE_COUNT;
                predicate = predicates.around(text, tokens, numberAt, unitAt).predicate();
                subject = keys.count(text, tokens, numberAt, after, unitAt, predicate);
            } else {
                RuleSet.PredicateRule implied = predicates.impliedUnit(text, tokens, numberAt, after);
                if ((implied == null || amount.value().scale() > 0) && !bare) {
                    return null;
                }
                lastAt = after - 1;
                boolean counted = implied != null && amount.value().scale() <= 0;
                unit = counted ? implied.impliedUnit() : "number";
                ruleId = counted ? RULE_IMPLIED : RULE_NUMBER;
                predicate = counted ? implied.predicate() : "count";
                subject = FactKeys.Subject.of(unit);
            }
        }
        int firstAt = i;
        Qualifier q = Qualifier.EXACT;
        if (amount.high() != null) {
            q = Qualifier.RANGE;
            if (amount.at() < i) {
                firstAt = amount.at(); // "between 10 and 12"
            }
        } else {
            int[] qualifier = qualifierBefore(text, tokens, i);
            if (qualifier != null) {
                q = rules.qualifiers().get(Phrases.phrase(tokens, qualifier[0], i));
                firstAt = qualifier[0];
            } else {
                Qualifier change = changeBefore(text, tokens, i);
                q = change == null ? Qualifier.EXACT : change;
            }
        }
        int start = tokens.get(firstAt).start();
        int end = tokens.get(lastAt).end();
        boolean wholeCount = ruleId.equals(RULE_COUNT) || ruleId.equals(RULE_IMPLIED);
        Quantity quantity = amount.high() != null
                ? new Quantity(amount.value(), unit, Qualifier.RANGE, amount.value(), amount.high())
                : Intervals.quantity(amount.value(), unit, q, wholeCount);
        return new QuantityMention(start, end, text.substring(start, end), quantity, predicate, ruleId, subject.text(),
                subject.slug());
    }

    /** The number at {@code at}, widened to a range by "to", a hyphen, or "between ... and". */
    private Amount amount(String text, List<Token> tokens, int at) {
        NumberReader.Read first = numbers.read(tokens, at);
        if (first == null) {
            return null;
        }
        int end = at + first.tokens();
        if (first.percent() || end >= tokens.size()) {
            return new Amount(at, end, first.value(), null, first.percent());
        }
        boolean between = at > 0 && tokens.get(at - 1).lower().equals("between");
        String link = tokens.get(end).lower();
        boolean toLink = end + 1 < tokens.size() && (link.equals("to") && !fromAfterChange(tokens, at)
                || between && link.equals("and"));
        int secondAt = toLink ? end + 1 : end;
        boolean hyphen = !toLink && tokens.get(end).isDigits() && Phrases.hyphenated(text, tokens.get(end - 1), tokens.get(end));
        if (!toLink && !hyphen || Phrases.breaks(text, tokens.get(end - 1), tokens.get(secondAt))) {
            return new Amount(at, end, first.value(), null, false);
        }
        int secondFrom = secondAt < tokens.size() && rules.currencies().containsKey(tokens.get(secondAt).lower()) ? secondAt + 1 : secondAt;
        NumberReader.Read second = secondFrom < tokens.size() ? numbers.read(tokens, secondFrom) : null;
        if (second == null || second.percent() != first.percent()) {
            return new Amount(at, end, first.value(), null, false);
        }
        BigDecimal low = first.value();
        if (second.tokens() > first.tokens() && first.tokens() == 1) {
            low = low.multiply(scaleOf(tokens, secondFrom, second)); // "1.5 to 2 million": both are millions
        }
        if (low.compareTo(second.value()) >= 0) {
            return new Amount(at, end, first.value(), null, false); // "12 to 10" is not a range we trust
        }
        return new Amount(between ? at - 1 : at, secondFrom + second.tokens(), NumberReader.plain(low), second.value(), false);
    }

    /** "rose from 10 to 12": a change between two levels, not a range. */
    private boolean fromAfterChange(List<Token> tokens, int at) {
        return at >= 2 && tokens.get(at - 1).lower().equals("from") && rules.changes().containsKey(tokens.get(at - 2).lower());
    }

    private BigDecimal scaleOf(List<Token> tokens, int at, NumberReader.Read read) {
        BigDecimal scale = rules.numbers().get(tokens.get(at + read.tokens() - 1).lower());
        return scale == null ? BigDecimal.ONE : scale;
    }

    private RuleSet.Currency currencySuffix(List<Token> tokens, int after) {
        int j = after;
        if (j + 2 < tokens.size() && tokens.get(j).lower().equals("u") && tokens.get(j + 1).lower().equals("s")) {
            j += 2; // "150 mln U.S. dlrs"
        }
        RuleSet.Currency c = j < tokens.size() ? rules.currencies().get(tokens.get(j).lower()) : null;
        return c != null && !c.prefix() ? c : null;
    }

    private static int suffixEnd(List<Token> tokens, int after) {
        return tokens.get(after).lower().equals("u") ? after + 2 : after;
    }

    private Integer percentWordsAt(List<Token> tokens, int at) {
        Integer one = rules.percentWords().get(tokens.get(at).lower());
        if (one != null && one == 1) {
            return 1;
        }
        return at + 1 < tokens.size() && rules.percentWords().containsKey(Phrases.phrase(tokens, at, at + 2)) ? 2 : null;
    }

    /** Index of the counted noun after the number, allowing a few modifiers; -1 if none. */
    private int unitAfter(String text, List<Token> tokens, int from) {
        int best = -1;
        for (int j = from; j < tokens.size() && j < from + MAX_MODIFIERS + 1; j++) {
            if (j > from && Phrases.breaks(text, tokens.get(j - 1), tokens.get(j))) {
                break;
            }
            Token t = tokens.get(j);
            if (rules.units().containsKey(t.lower())) {
                best = j; // keep going: "militia members" counts members
            } else if (best >= 0 || t.isDigits() || rules.numbers().containsKey(t.lower())
                    || rules.functionWords().contains(t.lower())) {
                break; // "60 after the raids", "1961 and lives": a function word ends the noun phrase
            }
        }
        return best;
    }

    /** Start token index of the longest qualifier phrase right before {@code at}, or null. */
    private int[] qualifierBefore(String text, List<Token> tokens, int at) {
        if (at == 0 || Phrases.breaks(text, tokens.get(at - 1), tokens.get(at))) {
            return null;
        }
        for (int len = Math.min(longestQualifier, at); len >= 1; len--) {
            int from = at - len;
            if (rules.qualifiers().containsKey(Phrases.phrase(tokens, from, at))) {
                return new int[] {from};
            }
        }
        return null;
    }

    /** "rose 5 pct", "up 3 pct", "fell by 2 pct": the number is a change, not a level. */
    private Qualifier changeBefore(String text, List<Token> tokens, int at) {
        int j = at - 1;
        if (j >= 0 && tokens.get(j).lower().equals("by")) {
            j--;
        }
        if (j < 0 || Phrases.breaks(text, tokens.get(j), tokens.get(at))) {
            return null;
        }
        return rules.changes().get(tokens.get(j).lower());
    }

    private static boolean isModelDesignation(String text, Token number) {
        int at = number.start();
        return number.isDigits() && at >= 2 && text.charAt(at - 1) == '-' && Character.isLetterOrDigit(text.charAt(at - 2));
    }
}
