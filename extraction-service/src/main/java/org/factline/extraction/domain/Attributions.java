package org.factline.extraction.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factline.contracts.value.Attribution;

/**
 * Who asserts what a sentence says, from the words of attribution.tsv: "according to X"; "X
 * said" (a name or an asserter noun phrase before a reporting verb, skipping an aside such as
 * ", speaking on condition of anonymity,"); "said X" after a quote; "reportedly" (unnamed
 * reports). None of these: the article asserts it in its own voice.
 */
final class Attributions {

    private static final int MAX_ASSERTER_WORDS = 6;
    private static final int MAX_ASIDE = 80;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "two", "three", "four", "five", "six",
            "several", "some", "many", "other", "his", "her", "their", "its", "he", "she", "they");

    private final RuleSet.AttributionWords words;

    Attributions(RuleSet rules) {
        this.words = rules.attribution();
    }

    Attribution of(String text, int[] sentence) {
        String s = text.substring(sentence[0], sentence[1]);
        String lower = s.toLowerCase(Locale.ROOT);
        for (String prep : words.prepositions()) {
            int at = lower.indexOf(prep + " ");
            if (at >= 0) {
                String asserter = upToPunctuation(s, at + prep.length() + 1);
                if (!asserter.isEmpty()) {
                    return new Attribution(asserter, false);
                }
            }
        }
        List<Token> tokens = Token.tokenize(s);
        for (int i = 0; i < tokens.size(); i++) {
            if (!words.verbs().contains(tokens.get(i).lower())) {
                continue;
            }
            String before = asserterBefore(s, tokens, i);
            if (before != null) {
                return new Attribution(before, false);
            }
            String after = asserterAfter(tokens, i);
            if (after != null) {
                return new Attribution(after, false);
            }
        }
        for (Token t : tokens) {
            if (words.hedges().contains(t.lower())) {
                return new Attribution("unnamed reports", false);
            }
        }
        return Attribution.articleVoice();
    }

    /** The noun phrase right before the verb: capitalised words, asserter nouns, a leading determiner or number. */
    private String asserterBefore(String s, List<Token> tokens, int verb) {
        int end = verb;
        int gapStart = verb > 0 ? tokens.get(verb - 1).end() : 0;
        if (verb > 0 && s.substring(gapStart, tokens.get(verb).start()).contains(",")) {
            // "Four U.S. officials, speaking on condition of anonymity, said": step over the aside.
            int asideStart = s.lastIndexOf(',', gapStart - 1);
            if (asideStart < 0 || gapStart - asideStart > MAX_ASIDE) {
                return null;
            }
            end = tokenBefore(tokens, asideStart);
        }
        int from = end;
        boolean head = false;
        while (from > 0 && end - from < MAX_ASSERTER_WORDS) {
            Token t = tokens.get(from - 1);
            boolean capital = Character.isUpperCase(t.text().charAt(0));
            boolean asserter = words.asserters().contains(t.lower());
            if (from < end && gapHasPunctuation(s, t, tokens.get(from))) {
                break;
            }
            if (capital || asserter) {
                head = true;
                from--;
            } else if (DETERMINERS.contains(t.lower())) {
                from--;
                if (t.lower().equals("he") || t.lower().equals("she") || t.lower().equals("they")) {
                    head = true;
                }
                break;
            } else {
                break;
            }
        }
        return head ? s.substring(tokens.get(from).start(), tokens.get(end - 1).end()) : null;
    }

    /** "..., said the source": the phrase right after the verb. */
    private String asserterAfter(List<Token> tokens, int verb) {
        int to = verb + 1;
        boolean head = false;
        while (to < tokens.size() && to - verb <= MAX_ASSERTER_WORDS) {
            Token t = tokens.get(to);
            if (Character.isUpperCase(t.text().charAt(0)) || words.asserters().contains(t.lower())) {
                head = true;
                to++;
            } else if (!head && DETERMINERS.contains(t.lower())) {
                to++;
            } else {
                break;
            }
        }
        return head ? String.join(" ", tokens.subList(verb + 1, to).stream().map(Token::text).toList()) : null;
    }

    private static int tokenBefore(List<Token> tokens, int offset) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).end() <= offset) {
            k++;
        }
        return k;
    }

    private static boolean gapHasPunctuation(String s, Token left, Token right) {
        for (int k = left.end(); k < right.start(); k++) {
            char c = s.charAt(k);
            if (c == ',' || c == ';' || c == ':' || c == '"' || c == '“' || c == '”' || c == '(' || c == ')') {
                return true;
            }
            if (c == '.' && left.text().length() > 1) {
                return true; // "U.S." keeps its dots, a full stop does not
            }
        }
        return false;
    }

    private static String upToPunctuation(String s, int from) {
        int end = from;
        while (end < s.length() && end - from < MAX_ASIDE && ",;:\n".indexOf(s.charAt(end)) < 0
                && !(s.charAt(end) == '.' && (end + 1 == s.length() || s.charAt(end + 1) == ' ') && !initialBefore(s, end))) {
            end++;
        }
        return s.substring(from, end).strip();
    }

    private static boolean initialBefore(String s, int dot) {
        return dot >= 1 && Character.isUpperCase(s.charAt(dot - 1)) && (dot < 2 || !Character.isLetter(s.charAt(dot - 2)));
    }
}
