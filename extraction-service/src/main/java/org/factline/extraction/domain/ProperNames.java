package org.factline.extraction.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Proper-name phrases ("USS Gerald R. Ford", "Cartel de los Soles") in a span of text, and their
 * normalised subject slugs. A name is a run of capitalised words joined by spaces or initials'
 * dots, with lower-case particles allowed between capitalised words. Leading words listed as
 * "drop" in subjects.tsv ("The", "USS", a sentence-initial "On") are not part of the subject;
 * aliases map other spellings to one slug, so paraphrases share a fact key.
 */
final class ProperNames {

    record Name(int start, int end, String text, int words, boolean possessive) {
    }

    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "los", "las", "da", "do", "dos", "van", "von", "of", "y");

    private final DateRules rules;

    ProperNames(DateRules rules) {
        this.rules = rules;
    }

    /** Names within [from, to) of text, skipping any word inside an excluded span (dates). */
    List<Name> find(String text, int from, int to, List<int[]> excluded) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : Token.tokenize(text.substring(from, to))) {
            Token shifted = new Token(t.start() + from, t.end() + from, t.text(), t.lower());
            if (!TimexFinder.overlapsAny(excluded, shifted.start(), shifted.end())) {
                tokens.add(shifted);
            }
        }
        List<Name> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!capitalised(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i;
            int lastCap = i;
            while (j + 1 < tokens.size() && joined(text, tokens.get(j), tokens.get(j + 1))
                    && !possessive(tokens.get(j))
                    && (capitalised(tokens.get(j + 1)) || PARTICLES.contains(tokens.get(j + 1).text()))) {
                j++;
                if (capitalised(tokens.get(j))) {
                    lastCap = j;
                }
            }
            Name name = trimmed(text, tokens.subList(i, lastCap + 1));
            if (name != null) {
                names.add(name);
            }
            i = lastCap + 1;
        }
        return names;
    }

    /** The slug of a name: lower case, hyphenated, alias-mapped. */
    String slug(String name) {
        String slug = ClaimExtractor.slug(name);
        return rules.subjectAliases().getOrDefault(slug, slug);
    }

    private Name trimmed(String text, List<Token> run) {
        int k = 0;
        while (k < run.size() && rules.subjectDrops().contains(run.get(k).lower())) {
            k++;
        }
        if (k == run.size()) {
            return null;
        }
        Token first = run.get(k);
        Token last = run.get(run.size() - 1);
        boolean possessive = possessive(last);
        int end = possessive ? last.end() - 2 : last.end();
        String surface = text.substring(first.start(), end);
        if (text.length() > end && text.charAt(end) == '.' && last.text().length() == 1) {
            surface = surface + "."; // a trailing initial keeps its dot
        }
        return new Name(first.start(), end, surface, run.size() - k, possessive);
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean possessive(Token t) {
        String s = t.lower();
        return s.endsWith("'s") || s.endsWith("’s");
    }

    /** Only spaces or an initial's dot between two words ("Gerald R. Ford", "U.S. Navy"). */
    private static boolean joined(String text, Token left, Token right) {
        String gap = text.substring(left.end(), right.start());
        return gap.equals(" ") || gap.equals(". ") && left.text().length() <= 2 || gap.equals(".") && left.text().length() == 1;
    }
}
