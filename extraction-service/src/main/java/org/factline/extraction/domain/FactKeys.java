package org.factline.extraction.domain;

import java.util.List;
import java.util.Locale;

/**
 * Resolves what a quantity is about to a stable subject, so that the same fact written
 * differently gets one fact key ({@code predicate:subject}). The algorithm (documented in
 * docs/extraction-quality.md, "Fact keys"):
 * <ol>
 * <li>The counted noun is looked up in units.tsv: its concept (synonyms share one: "soldiers",
 * "personnel" are {@code troop}) and class.</li>
 * <li>Deaths and injuries count people, whatever noun the text counts them in: the subject is
 * {@code person}.</li>
 * <li>An event noun ("strikes") takes its target from a craft noun used as its modifier ("boat
 * strikes") or after a link word ("strikes on alleged drug boats"): {@code boat-strike}.</li>
 * <li>A craft noun with an event verb in its clause ("21 boats have been attacked", "sank 21
 * vessels") counts the same events: {@code boat-strike}.</li>
 * <li>Members of a force named by a group word ("militia members", "soldiers from the Bolivarian
 * Militia") count the group: {@code militia}.</li>
 * <li>Money is keyed by its purpose ("reward", "bounty": {@code reward}), else by its currency;
 * a percentage by what it is a share of ("90 percent of the fentanyl").</li>
 * </ol>
 */
final class FactKeys {

    /** A subject slug (the part after the colon of a fact key) and a readable subject. */
    record Subject(String slug, String text) {
        static Subject of(String slug) {
            return new Subject(slug, slug.replace('-', ' '));
        }
    }

    private static final int VERB_REACH_AFTER = 6;
    private static final int VERB_REACH_BEFORE = 3;
    private static final int TARGET_REACH = 5;
    private static final int GROUP_REACH = 6;
    private static final int PURPOSE_REACH_BEFORE = 10;
    private static final int PURPOSE_REACH_AFTER = 3;
    private static final int SHARE_REACH = 4;

    private final RuleSet rules;

    FactKeys(RuleSet rules) {
        this.rules = rules;
    }

    /** The subject of a count: tokens[numberEnd, unitAt) are the modifiers between number and noun. */
    Subject count(String text, List<Token> tokens, int numberAt, int numberEnd, int unitAt, String predicate) {
        RuleSet.Noun noun = rules.units().get(tokens.get(unitAt).lower());
        boolean people = noun.kind().equals("person") || noun.kind().equals("personnel");
        if (!predicate.equals("count") && (people || noun.concept().equals("person"))) {
            return Subject.of("person");
        }
        switch (noun.kind()) {
            case "event" -> {
                String target = craftAmong(tokens, numberEnd, unitAt);
                if (target == null) {
                    target = targetAfterLink(text, tokens, unitAt);
                }
                return Subject.of(target == null ? noun.concept() : target + "-" + noun.concept());
            }
            case "craft" -> {
                String event = eventVerbAround(text, tokens, numberAt, unitAt);
                return Subject.of(event == null ? noun.concept() : noun.concept() + "-" + event);
            }
            case "personnel" -> {
                String group = groupAround(text, tokens, numberEnd, unitAt);
                return Subject.of(group == null ? noun.concept() : group);
            }
            default -> {
                return Subject.of(noun.concept());
            }
        }
    }

    /** Money: the purpose word nearest the amount in its phrase, else the currency code. */
    Subject money(String text, List<Token> tokens, int firstAt, int lastAt, String currency) {
        for (int j = lastAt + 1; j <= Math.min(tokens.size() - 1, lastAt + PURPOSE_REACH_AFTER); j++) {
            if (Phrases.breaks(text, tokens.get(j - 1), tokens.get(j))) {
                break;
            }
            String purpose = role(tokens.get(j), "purpose");
            if (purpose != null) {
                return Subject.of(purpose);
            }
        }
        for (int j = firstAt - 1; j >= Math.max(0, firstAt - PURPOSE_REACH_BEFORE); j--) {
            if (Phrases.breaks(text, tokens.get(j), tokens.get(j + 1))) {
                break;
            }
            String purpose = role(tokens.get(j), "purpose");
            if (purpose != null) {
                return Subject.of(purpose);
            }
        }
        return Subject.of(currency.toLowerCase(Locale.ROOT));
    }

    /**
     * A percentage: "of [the] X" after it names the whole ("90 percent of the fentanyl"; a counted
     * noun there gives its concept: "25% of the Navy's deployed warships" is a share of warship),
     * else "percent".
     */
    Subject share(String text, List<Token> tokens, int lastAt) {
        int of = lastAt + 1;
        if (of >= tokens.size() || !tokens.get(of).lower().equals("of") || Phrases.breaks(text, tokens.get(lastAt), tokens.get(of))) {
            return Subject.of("percent");
        }
        String firstWord = null;
        for (int k = of + 1; k < Math.min(tokens.size(), of + 1 + SHARE_REACH); k++) {
            Token t = tokens.get(k);
            if (Phrases.breaks(text, tokens.get(k - 1), t) || t.isDigits()) {
                break;
            }
            RuleSet.Noun noun = rules.units().get(t.lower());
            if (noun != null) {
                return Subject.of(noun.concept());
            }
            if (firstWord == null && !rules.functionWords().contains(t.lower())) {
                firstWord = t.lower().replaceAll("['’]s$", "");
            }
        }
        return Subject.of(firstWord == null ? "percent" : ClaimExtractor.slug(firstWord));
    }

    private String craftAmong(List<Token> tokens, int from, int to) {
        for (int j = from; j < to; j++) {
            RuleSet.Noun n = rules.units().get(tokens.get(j).lower());
            if (n != null && n.kind().equals("craft")) {
                return n.concept();
            }
        }
        return null;
    }

    /** "strikes on alleged drug boats", "attacks against vessels": the craft after a link word. */
    private String targetAfterLink(String text, List<Token> tokens, int eventAt) {
        int link = eventAt + 1;
        if (link >= tokens.size() || Phrases.breaks(text, tokens.get(eventAt), tokens.get(link))
                || !"link".equals(roleOf(tokens.get(link)))) {
            return null;
        }
        for (int j = link + 1; j < Math.min(tokens.size(), link + 1 + TARGET_REACH); j++) {
            if (Phrases.breaks(text, tokens.get(j - 1), tokens.get(j))) {
                return null;
            }
            RuleSet.Noun n = rules.units().get(tokens.get(j).lower());
            if (n != null) {
                return n.kind().equals("craft") ? n.concept() : null;
            }
        }
        return null;
    }

    /** "21 boats have been attacked", "sank 21 vessels": the event an event verb in the clause names. */
    private String eventVerbAround(String text, List<Token> tokens, int numberAt, int unitAt) {
        for (int j = unitAt + 1; j < Math.min(tokens.size(), unitAt + 1 + VERB_REACH_AFTER); j++) {
            if (Phrases.breaks(text, tokens.get(j - 1), tokens.get(j))) {
                break;
            }
            String event = role(tokens.get(j), "event-verb");
            if (event != null) {
                return event;
            }
        }
        for (int j = numberAt - 1; j >= Math.max(0, numberAt - VERB_REACH_BEFORE); j--) {
            if (Phrases.breaks(text, tokens.get(j), tokens.get(j + 1))) {
                break;
            }
            String event = role(tokens.get(j), "event-verb");
            if (event != null) {
                return event;
            }
        }
        return null;
    }

    /** "militia members" (a modifier) or "soldiers from the Bolivarian Militia" (of/from after the noun). */
    private String groupAround(String text, List<Token> tokens, int from, int unitAt) {
        for (int j = from; j < unitAt; j++) {
            String group = role(tokens.get(j), "group");
            if (group != null) {
                return group;
            }
        }
        int next = unitAt + 1;
        if (next >= tokens.size() || Phrases.breaks(text, tokens.get(unitAt), tokens.get(next))
                || !(tokens.get(next).lower().equals("of") || tokens.get(next).lower().equals("from"))) {
            return null;
        }
        for (int j = next + 1; j < Math.min(tokens.size(), next + 1 + GROUP_REACH); j++) {
            if (Phrases.breaks(text, tokens.get(j - 1), tokens.get(j))) {
                return null;
            }
            String group = role(tokens.get(j), "group");
            if (group != null) {
                return group;
            }
        }
        return null;
    }

    private String role(Token t, String role) {
        RuleSet.KeyWord k = rules.keyWords().get(t.lower());
        return k != null && k.role().equals(role) ? k.concept() : null;
    }

    private String roleOf(Token t) {
        RuleSet.KeyWord k = rules.keyWords().get(t.lower());
        return k == null ? null : k.role();
    }
}
