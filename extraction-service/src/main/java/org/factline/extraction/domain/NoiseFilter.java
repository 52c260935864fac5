package org.factline.extraction.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the parts of an article that are not its story: navigation, donation appeals, reader
 * comments, teasers for other stories, image links. No claim is taken from them. Paragraphs are
 * classified by the cues in noise.tsv and by structure; inside story paragraphs, single sentences
 * that start with a navigation cue or carry a link are noise too. Once an appeal or comments
 * start in the second half of an article, the rest is its tail and noise as well.
 */
public final class NoiseFilter {

    /** A noise span with its kind (navigation, appeal, comment, teaser, media, foreign, tail) and the rule that found it. */
    public record Span(int start, int end, String kind, String ruleId) {
    }

    private static final int SHORT_WORDS = 6;
    private static final int MIN_WORDS_FOR_LANGUAGE = 6;
    private static final int MIN_FOREIGN_WORDS = 3;
    private static final int TEASER_MAX_WORDS = 10;
    private static final int WRAPPED_LINE = 50;

    private final RuleSet rules;

    public NoiseFilter(RuleSet rules) {
        this.rules = rules;
    }

    public List<Span> find(String text) {
        List<Span> noise = new ArrayList<>();
        boolean tail = false;
        for (int[] p : paragraphs(text)) {
            String para = text.substring(p[0], p[1]);
            if (tail) {
                noise.add(new Span(p[0], p[1], "tail", "en.noise.tail"));
                continue;
            }
            Span whole = classify(text, para, p);
            if (whole != null) {
                noise.add(whole);
                tail = (whole.kind().equals("appeal") || whole.kind().equals("comment")) && p[0] > text.length() / 2;
            } else {
                sentenceNoise(text, p, noise);
            }
        }
        return noise;
    }

    /** True when {@code offset} lies in one of the spans. */
    public static boolean covers(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (offset >= s.start() && offset < s.end()) {
                return true;
            }
        }
        return false;
    }

    private Span classify(String text, String para, int[] p) {
        String lower = para.toLowerCase(Locale.ROOT);
        if (lower.startsWith("![") || lower.startsWith("[") && lower.contains("](")) {
            return new Span(p[0], p[1], "media", "en.noise.image-link");
        }
        List<Token> words = Token.tokenize(para);
        boolean shortPara = words.size() <= SHORT_WORDS;
        for (RuleSet.NoiseCue cue : rules.noiseCues()) {
            boolean hit = switch (cue.scope()) {
                case "block" -> containsWords(lower, cue.cue(), 0);
                case "short" -> shortPara && containsWords(lower, cue.cue(), 0);
                default -> shortPara && startsWithWords(lower, cue.cue());
            };
            if (hit) {
                return new Span(p[0], p[1], cue.kind(), cue.id());
            }
        }
        if (hasEmoji(para)) {
            return new Span(p[0], p[1], "comment", "en.noise.emoji");
        }
        if (foreign(words)) {
            return new Span(p[0], p[1], "foreign", "en.noise.other-language");
        }
        if (p[0] > text.length() * 2 / 3 && unterminatedShort(para, words) && occursTwice(text, para)) {
            return new Span(p[0], p[1], "teaser", "en.noise.repeated-headline");
        }
        return null;
    }

    /** Sentences of a story paragraph that start with a start cue or carry a link; a headline after the last full stop. */
    private void sentenceNoise(String text, int[] p, List<Span> noise) {
        List<int[]> sentences = Sentences.split(text, p[0], p[1]);
        for (int k = 0; k < sentences.size(); k++) {
            int[] s = sentences.get(k);
            String lower = text.substring(s[0], s[1]).toLowerCase(Locale.ROOT);
            if (lower.contains("http://") || lower.contains("https://") || lower.contains("www.")) {
                noise.add(new Span(s[0], s[1], "navigation", "en.noise.link"));
                continue;
            }
            if (foreign(Token.tokenize(lower))) {
                noise.add(new Span(s[0], s[1], "foreign", "en.noise.other-language"));
                continue;
            }
            for (RuleSet.NoiseCue cue : rules.noiseCues()) {
                if (cue.scope().equals("start") && startsWithWords(lower, cue.cue())
                        || cue.scope().equals("sentence") && containsWords(lower, cue.cue(), 0)) {
                    noise.add(new Span(s[0], s[1], cue.kind(), cue.id()));
                    break;
                }
            }
        }
        if (sentences.size() > 1) { // "... the story's last sentence. Headline of another story" (no full stop)
            int[] last = sentences.get(sentences.size() - 1);
            String fragment = text.substring(last[0], last[1]);
            List<Token> words = Token.tokenize(fragment);
            if (words.size() >= 2 && unterminatedShort(fragment, words)) {
                noise.add(new Span(last[0], last[1], "teaser", "en.noise.trailing-headline"));
            }
        }
    }

    private static boolean unterminatedShort(String para, List<Token> words) {
        String s = para.strip();
        char lastChar = s.isEmpty() ? '.' : s.charAt(s.length() - 1);
        return words.size() <= TEASER_MAX_WORDS && ".!?:;\"”)".indexOf(lastChar) < 0;
    }

    private static boolean occursTwice(String text, String para) {
        String s = para.strip();
        int first = text.indexOf(s);
        return first >= 0 && text.indexOf(s, first + s.length()) >= 0;
    }

    /** More function words of another language than of this one, and at least a few. */
    private boolean foreign(List<Token> words) {
        if (words.size() < MIN_WORDS_FOR_LANGUAGE) {
            return false;
        }
        int own = 0;
        int other = 0;
        for (Token t : words) {
            if (rules.functionWords().contains(t.lower())) {
                own++;
            } else if (rules.foreignFunctionWords().contains(t.lower())) {
                other++;
            }
        }
        return other >= MIN_FOREIGN_WORDS && other > own;
    }

    private static boolean hasEmoji(String s) {
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            if (cp >= 0x1F300 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF) {
                return true;
            }
            k += Character.charCount(cp);
        }
        return false;
    }

    private static boolean startsWithWords(String lower, String cue) {
        int k = 0;
        while (k < lower.length() && !Character.isLetterOrDigit(lower.charAt(k))) {
            k++;
        }
        return lower.startsWith(cue, k) && boundaryAt(lower, k + cue.length());
    }

    private static boolean containsWords(String lower, String cue, int from) {
        int at = lower.indexOf(cue, from);
        while (at >= 0) {
            if ((at == 0 || !Character.isLetter(lower.charAt(at - 1))) && boundaryAt(lower, at + cue.length())) {
                return true;
            }
            at = lower.indexOf(cue, at + 1);
        }
        return false;
    }

    private static boolean boundaryAt(String s, int at) {
        return at >= s.length() || !Character.isLetter(s.charAt(at));
    }

    /**
     * Paragraphs: lines joined where a line was only wrapped (it does not end a sentence and the
     * next line goes on in lower case, or it is long and the next is not indented, as in wire copy).
     */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            boolean blank = text.substring(lineStart, lineEnd).isBlank();
            if (blank) {
                if (start >= 0) {
                    out.add(Sentences.trim(text, start, lineStart));
                    start = -1;
                }
            } else if (start < 0) {
                start = lineStart;
            }
            if (nl < 0) {
                break;
            }
            int next = nl + 1;
            if (start >= 0 && !blank && !continues(text, lineStart, lineEnd, next)) {
                out.add(Sentences.trim(text, start, lineEnd));
                start = -1;
            }
            lineStart = next;
        }
        if (start >= 0) {
            out.add(Sentences.trim(text, start, n));
        }
        out.removeIf(p -> p[0] >= p[1]);
        return out;
    }

    private static boolean continues(String text, int lineStart, int lineEnd, int next) {
        String line = text.substring(lineStart, lineEnd).stripTrailing();
        if (line.isEmpty() || next >= text.length()) {
            return false;
        }
        String head = line.stripLeading();
        if (head.startsWith("![") || head.startsWith("[")) {
            return false; // image and link markup stands alone
        }
        char last = line.charAt(line.length() - 1);
        if (".!?:\"”".indexOf(last) >= 0) {
            return false;
        }
        char first = text.charAt(next);
        if (Character.isLowerCase(first) || Token.isDigit(first)) {
            return true;
        }
        return line.length() >= WRAPPED_LINE && !Character.isWhitespace(first);
    }
}
