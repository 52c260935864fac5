package org.factline.extraction.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gates for date rules that must start with the same macro ("(?<amount>{amount}) ago", "(?<amount>{amount})
 * from now", ...): where the macro itself does not match, none of these rules can, so the finder
 * tries the macro once per word start instead of every rule that needs it. Only a macro two or
 * more rules start with becomes a gate.
 */
final class RuleGates {

    /** A macro, optionally as the whole of a named group, not followed by a quantifier. */
    private static final Pattern LEADING = Pattern.compile("^(?:\\{([a-zA-Z]+)}|\\(\\?<[a-zA-Z][a-zA-Z0-9]*>\\{([a-zA-Z]+)}\\))(?![?*+]|\\{\\d)");

    private RuleGates() {
    }

    /** The macro every match of this written pattern starts with, or null. */
    static String leadingMacro(String written) {
        Matcher m = LEADING.matcher(written);
        if (!m.find() || hasTopLevelAlternative(written)) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** The gate of each macro that two or more of these written patterns start with. */
    static Map<String, Pattern> shared(List<String> written, Map<String, String> macros) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : written) {
            String macro = leadingMacro(w);
            if (macro != null && macros.containsKey(macro)) {
                counts.merge(macro, 1, Integer::sum);
            }
        }
        Map<String, Pattern> gates = new HashMap<>();
        counts.forEach((macro, n) -> {
            if (n >= 2) {
                // The same flags as the rules, so the gate matches wherever a rule's start does.
                gates.put(macro, Pattern.compile("(?:" + macros.get(macro) + ")", Pattern.CASE_INSENSITIVE));
            }
        });
        return gates;
    }

    /** A '|' outside any group or class: then the leading macro is only one of the choices. */
    private static boolean hasTopLevelAlternative(String written) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
