package org.factline.extraction.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.contracts.value.Precision;
import org.factline.contracts.value.TimeInterval;

/**
 * Finds dated events with the cue rules in events.tsv: a sentence with an event cue and a
 * calendar date (day, week or month) becomes an event about the proper name on the rule's side
 * of the cue. The date nearest the cue is taken. An unresolved date (no year and no document
 * date) is kept with open bounds rather than guessed.
 */
public final class EventFinder {

    private static final Pattern UNRESOLVED_DAY = Pattern.compile("XXXX-\\d{2}-\\d{2}");
    private static final Pattern UNRESOLVED_MONTH = Pattern.compile("XXXX-\\d{2}");

    private static final Pattern PRONOUN = Pattern.compile("\\s+(?:it|them|this|that|they|him|her)\\b", Pattern.CASE_INSENSITIVE);
    private static final int OBJECT_REACH = 40;

    private final DateRules rules;
    private final ProperNames names;

    public EventFinder(DateRules rules) {
        this.rules = rules;
        this.names = new ProperNames(rules);
    }

    /** The sentences that hold an event cue: the only places {@link #find} can find an event. */
    List<int[]> cueSentences(String text) {
        List<int[]> out = new ArrayList<>();
        for (DateRules.EventRule rule : rules.events()) {
            Matcher cue = rule.cue().matcher(text);
            while (cue.find()) {
                out.add(Sentences.around(text, cue.start(), cue.end()));
            }
        }
        return out;
    }

    public List<EventMention> find(String text, List<Timex> timexes) {
        List<int[]> dateSpans = timexes.stream().map(t -> new int[] {t.start(), t.end()}).toList();
        List<EventMention> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DateRules.EventRule rule : rules.events()) {
            Matcher cue = rule.cue().matcher(text);
            while (cue.find()) {
                int[] sentence = Sentences.around(text, cue.start(), cue.end());
                Timex date = nearestDate(timexes, sentence, cue.start());
                if (date == null) {
                    continue;
                }
                ProperNames.Name subject = subject(text, sentence, cue, rule.subjectBefore(), dateSpans);
                if (subject == null) {
                    continue;
                }
                String slug = names.slug(subject.text());
                // One claim per fact per sentence, even when two cues ("designate", "takes effect") agree.
                if (seen.add(sentence[0] + "|" + rule.predicate() + ":" + slug)) {
                    found.add(new EventMention(sentence[0], sentence[1], rule.predicate(), subject.text(), slug, date,
                            when(date), rule.id()));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(EventMention::start));
        return found;
    }

    private static Timex nearestDate(List<Timex> timexes, int[] sentence, int cueAt) {
        Timex best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Timex t : timexes) {
            boolean calendarDate = t.type().equals("DATE") && (t.interval() != null && isCalendar(t.interval().precision())
                    || t.interval() == null && (UNRESOLVED_DAY.matcher(t.value()).matches() || UNRESOLVED_MONTH.matcher(t.value()).matches()));
            if (calendarDate && t.start() >= sentence[0] && t.end() <= sentence[1]) {
                int gap = Math.abs(t.start() - cueAt);
                if (gap < bestGap) {
                    bestGap = gap;
                    best = t;
                }
            }
        }
        return best;
    }

    private static boolean isCalendar(Precision p) {
        return p == Precision.DAY || p == Precision.WEEK || p == Precision.MONTH;
    }

    private ProperNames.Name subject(String text, int[] sentence, Matcher cue, boolean before, List<int[]> dates) {
        List<ProperNames.Name> left = names.find(text, sentence[0], cue.start(), dates).stream()
                .filter(n -> !n.possessive()).toList();
        if (!before) {
            // The object follows the cue closely ("designate the so-called Cartel de los Soles"); a pronoun
            // ("designate it") refers back to the last name before the cue. Anything else is not this event.
            List<ProperNames.Name> right = names.find(text, cue.end(), Math.min(sentence[1], cue.end() + OBJECT_REACH), dates);
            if (!right.isEmpty()) {
                return right.get(0);
            }
            boolean pronoun = PRONOUN.matcher(text.substring(cue.end(), sentence[1])).lookingAt();
            return pronoun && !left.isEmpty() ? left.get(left.size() - 1) : null;
        }
        ProperNames.Name best = null;
        for (ProperNames.Name n : left) {
            if (best == null || n.words() > best.words()) {
                best = n;
            }
        }
        return best;
    }

    /** "by"/"before" make the event's time an upper bound; other modifiers leave the date itself. */
    private static TimeInterval when(Timex date) {
        if (date.interval() == null) {
            Precision p = UNRESOLVED_DAY.matcher(date.value()).matches() ? Precision.DAY : Precision.MONTH;
            return new TimeInterval(date.value(), p, null, null);
        }
        return date.bound() == Timex.Bound.UPPER || date.bound() == Timex.Bound.BEFORE ? date.bounded() : date.interval();
    }
}
