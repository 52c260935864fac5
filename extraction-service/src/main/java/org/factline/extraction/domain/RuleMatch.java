package org.factline.extraction.domain;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * One date rule's match: its span and the values of the rule's named groups, copied out of the
 * matcher so that overlaps can be settled before anything is resolved.
 */
record RuleMatch(DateRules.DateRule rule, int start, int end, String[] values) {

    static RuleMatch of(DateRules.DateRule rule, Matcher m) {
        String[] values = new String[rule.groups().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = m.group(rule.groups().get(i));
        }
        return new RuleMatch(rule, m.start(), m.end(), values);
    }

    /** The named group's text, or null when the rule has no such group or it did not take part. */
    String group(String name) {
        int i = rule.groupIndex(name);
        return i < 0 ? null : values[i];
    }

    String lower(String name) {
        String g = group(name);
        return g == null ? null : g.toLowerCase(Locale.ROOT);
    }

    int length() {
        return end - start;
    }
}
