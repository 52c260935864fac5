package org.factline.extraction.domain;

import java.util.List;

/** Phrase boundaries between tokens, and the lower-case phrase a token run spells. */
final class Phrases {

    private Phrases() {
    }

    /** Sentence or clause punctuation, a dash or a line break between two tokens ends a phrase. */
    static boolean breaks(String text, Token left, Token right) {
        for (int k = left.end(); k < right.start(); k++) {
            char c = text.charAt(k);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')' || c == '—' || c == '–'
                    || c == '“' || c == '”' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /** Only a hyphen (or nothing) between two tokens: "10-12", "drug-boat". */
    static boolean hyphenated(String text, Token left, Token right) {
        String gap = text.substring(left.end(), right.start());
        return gap.equals("-") || gap.equals("–") || gap.equals(" - ") || gap.equals(" – ");
    }

    static String phrase(List<Token> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).lower();
        }
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < to; j++) {
            sb.append(j > from ? " " : "").append(tokens.get(j).lower());
        }
        return sb.toString();
    }
}
