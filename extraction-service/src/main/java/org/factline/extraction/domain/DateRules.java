package org.factline.extraction.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One language's date lexicons and rules, read from {@code rules/<lang>/} (dates.tsv, date-macros.tsv,
 * months.tsv, weekdays.tsv, time-units.tsv, ordinals.tsv, parts-of-day.tsv, date-modifiers.tsv,
 * timex-premodifiers.tsv, tense-cues.tsv, events.tsv, subjects.tsv). Macros in date patterns are
 * expanded from the lexicons and date-macros.tsv here, so adding a month abbreviation, a time unit
 * or a way to write a year is a data change only.
 */
public record DateRules(List<DateRule> rules, Map<String, Integer> months, Map<String, Integer> weekdays,
                        Map<String, TimeUnitWord> units, Map<String, Integer> ordinals, List<Modifier> modifiers,
                        Map<String, String> tenseCues, List<EventRule> events, List<String> subjectDrops,
                        Map<String, String> subjectAliases, NumberReader numbers, Map<String, String> partsOfDay,
                        List<Premodifier> premodifiers, Map<String, Season> seasons) {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /**
     * A date pattern with the resolver that turns its groups into a TIMEX3 value. {@code groups}
     * are the pattern's named groups, read once so a match copies only those. {@code gate}, when
     * not null, is the macro the pattern must start with ("{amount}"), shared by the rules that
     * start with it: where it does not match, none of them can, so the finder tries it once.
     */
    public record DateRule(String id, String type, String resolver, String param, Pattern pattern, String example,
                           List<String> groups, Pattern gate) {

        DateRule(String id, String type, String resolver, String param, Pattern pattern, String example, Pattern gate) {
            this(id, type, resolver, param, pattern, example, groupNames(pattern), gate);
        }

        int groupIndex(String name) {
            return groups.indexOf(name);
        }
    }

    /** A season word: its TIMEX3 code ("SU") and the month it starts in. */
    public record Season(String timex, int firstMonth) {
    }

    /**
     * A word before a timex that belongs to it in TIMEX3 ("early 1990", "nearly forty years", "the
     * end of November"); {@code types} are the timex types it may precede.
     */
    public record Premodifier(String id, String phrase, List<String> types, String example) {
    }

    /** A time unit word: its TIMEX3 letter and whether it is a clock unit (PT...) or a calendar unit. */
    public record TimeUnitWord(String timex, boolean clock) {
    }

    /** A word before a date that turns it into a bound: "by", "since". */
    public record Modifier(String id, String phrase, Timex.Bound bound, String example) {
    }

    /** A verb cue that makes a dated sentence an event claim. */
    public record EventRule(String id, String predicate, Pattern cue, boolean subjectBefore, String example) {
    }

    public static DateRules load(String language, RuleSet base) {
        String dir = "rules/" + language + "/";
        Map<String, Integer> months = new HashMap<>();
        Map<String, Integer> fullMonths = new HashMap<>();
        List<String> abbreviations = new ArrayList<>();
        RuleSet.read(dir + "months.tsv", 3, c -> {
            months.put(c.get(0), Integer.parseInt(c.get(1)));
            if (c.get(2).equals("full")) {
                fullMonths.put(c.get(0), Integer.parseInt(c.get(1)));
            } else {
                abbreviations.add(c.get(0));
            }
        });
        Map<String, Integer> weekdays = new HashMap<>();
        List<String> fullWeekdays = new ArrayList<>();
        RuleSet.read(dir + "weekdays.tsv", 3, c -> {
            weekdays.put(c.get(0), Integer.parseInt(c.get(1)));
            if (c.get(2).equals("full")) {
                fullWeekdays.add(c.get(0));
            }
        });
        Map<String, String> partsOfDay = new HashMap<>();
        RuleSet.read(dir + "parts-of-day.tsv", 2, c -> partsOfDay.put(c.get(0), c.get(1)));
        Map<String, Season> seasons = new HashMap<>();
        RuleSet.read(dir + "seasons.tsv", 3, c -> seasons.put(c.get(0), new Season(c.get(1), Integer.parseInt(c.get(2)))));
        List<Premodifier> premodifiers = new ArrayList<>();
        RuleSet.read(dir + "timex-premodifiers.tsv", 4, c -> premodifiers.add(new Premodifier(c.get(0), c.get(1),
                List.of(c.get(2).split(",")), c.get(3))));
        premodifiers.sort(Comparator.comparingInt((Premodifier m) -> m.phrase().length()).reversed());
        Map<String, TimeUnitWord> units = new HashMap<>();
        RuleSet.read(dir + "time-units.tsv", 3, c -> units.put(c.get(0), new TimeUnitWord(c.get(1), c.get(2).equals("time"))));
        Map<String, Integer> ordinals = new HashMap<>();
        RuleSet.read(dir + "ordinals.tsv", 2, c -> ordinals.put(c.get(0), Integer.parseInt(c.get(1))));
        List<Modifier> modifiers = new ArrayList<>();
        RuleSet.read(dir + "date-modifiers.tsv", 4, c -> modifiers.add(new Modifier(c.get(0), c.get(1),
                Timex.Bound.valueOf(c.get(2).toUpperCase(Locale.ROOT)), c.get(3))));
        modifiers.sort(Comparator.comparingInt((Modifier m) -> m.phrase().length()).reversed());
        Map<String, String> tense = new HashMap<>();
        RuleSet.read(dir + "tense-cues.tsv", 2, c -> tense.put(c.get(0), c.get(1)));
        List<EventRule> events = new ArrayList<>();
        RuleSet.read(dir + "events.tsv", 5, c -> events.add(new EventRule(c.get(0), c.get(1),
                Pattern.compile("(?<![\\p{L}])(?:" + c.get(2) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE),
                c.get(3).equals("before"), c.get(4))));
        List<String> drops = new ArrayList<>();
        Map<String, String> aliases = new HashMap<>();
        RuleSet.read(dir + "subjects.tsv", 2, c -> {
            if (c.get(0).equals("drop")) {
                drops.add(c.get(1));
            } else if (c.get(0).equals("alias") && c.size() >= 3) {
                aliases.put(c.get(1), c.get(2));
            } else {
                throw new IllegalArgumentException("kind must be drop or alias (with a slug)");
            }
        });

        Map<String, String> macros = new HashMap<>();
        // An abbreviation may carry its dot ("Nov. 16"); a full name may not, or "16 November." would eat the full stop.
        macros.put("month", alternation(fullMonths.keySet()) + "|(?:" + alternation(abbreviations) + ")\\.?");
        macros.put("monthname", alternation(fullMonths.keySet()));
        macros.put("Monthname", alternation(fullMonths.keySet().stream()
                .map(m -> Character.toUpperCase(m.charAt(0)) + m.substring(1)).toList()));
        // Abbreviations ("wed", "sat") are words too, so they count only inside a fuller date.
        macros.put("weekday", "(?:" + alternation(weekdays.keySet()) + ")\\.?");
        macros.put("weekdayname", alternation(fullWeekdays));
        macros.put("partofday", alternation(partsOfDay.keySet()));
        macros.put("unit", alternation(units.keySet()));
        macros.put("ordinal", alternation(ordinals.keySet()));
        String numberWord = alternation(base.numbers().keySet().stream().filter(w -> !w.equals("a")).toList());
        // "a" counts only before a scale: "a hundred years", never "a five year low".
        String scaleWord = alternation(base.numbers().entrySet().stream()
                .filter(e -> e.getKey().equals("dozen") || e.getValue().compareTo(java.math.BigDecimal.valueOf(100)) >= 0)
                .map(Map.Entry::getKey).toList());
        macros.put("num", "\\d+(?:\\.\\d+)?|(?:an?\\s+(?=(?:" + scaleWord + ")\\b))?(?:" + numberWord + ")(?:[\\s-]+(?:and\\s+)?(?:"
                + numberWord + "))*|an?");
        // Named macros written in terms of each other, in file order: "{daynum}", "{yearwords}".
        RuleSet.read(dir + "date-macros.tsv", 2, c -> macros.put(c.get(0), expand(c.get(1), macros)));

        List<String> written = new ArrayList<>();
        List<DateRule> ungated = new ArrayList<>();
        RuleSet.read(dir + "dates.tsv", 6, c -> {
            ungated.add(new DateRule(c.get(0), c.get(1), c.get(2), c.get(3),
                    // Tried only at word starts (TimexFinder.wordStarts: not after a letter, digit, comma or dot),
                    // so only the end needs a boundary; ASCII case folding is enough for these patterns and much
                    // faster than Unicode folding.
                    Pattern.compile("(?:" + expand(c.get(4), macros) + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE), c.get(5), null));
            written.add(c.get(4));
        });
        Map<String, Pattern> gates = RuleGates.shared(written, macros);
        List<DateRule> rules = new ArrayList<>();
        for (int k = 0; k < ungated.size(); k++) {
            DateRule r = ungated.get(k);
            rules.add(new DateRule(r.id(), r.type(), r.resolver(), r.param(), r.pattern(), r.example(), r.groups(),
                    gates.get(RuleGates.leadingMacro(written.get(k)))));
        }
        return new DateRules(List.copyOf(rules), Map.copyOf(months), Map.copyOf(weekdays), Map.copyOf(units),
                Map.copyOf(ordinals), List.copyOf(modifiers), Map.copyOf(tense), List.copyOf(events), List.copyOf(drops),
                Map.copyOf(aliases), new NumberReader(base.numbers()), Map.copyOf(partsOfDay), List.copyOf(premodifiers),
                Map.copyOf(seasons));
    }

    private static List<String> groupNames(Pattern pattern) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher m = GROUP_NAME.matcher(pattern.pattern());
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return List.copyOf(names);
    }

    static String expand(String pattern, Map<String, String> macros) {
        String out = pattern;
        for (Map.Entry<String, String> e : macros.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", "(?:" + e.getValue() + ")");
        }
        if (out.matches("(?s).*(?<!\\\\p)\\{[a-zA-Z]+}.*")) { // \\p{Lu} is regex, not a macro
            throw new IllegalArgumentException("unknown macro in pattern: " + pattern);
        }
        return out;
    }

    /** Longest alternatives first, so "sept" is tried before "sep". */
    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
