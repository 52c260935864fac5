package org.factline.bench.temporal;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML (.tml) document as the finder sees it: the TEXT element with its tags removed and the
 * XML entities decoded, and the document creation time (the DCT's TIMEX3 value, day precision).
 */
record TmlDocument(String text, LocalDate dct) {

    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"(\\d{4}-\\d{2}-\\d{2})");

    static TmlDocument parse(String tml) {
        Matcher dm = DCT.matcher(tml);
        LocalDate dct = dm.find() ? LocalDate.parse(dm.group(1)) : null;
        int from = tml.indexOf("<TEXT>");
        int to = tml.indexOf("</TEXT>");
        if (from < 0 || to < from) {
            return new TmlDocument("", dct);
        }
        return new TmlDocument(plain(tml.substring(from + "<TEXT>".length(), to)), dct);
    }

    private static String plain(String body) {
        StringBuilder text = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            int close = c == '<' ? body.indexOf('>', i) : c == '&' ? body.indexOf(';', i) : -1;
            if (close < 0) {
                text.append(c);
                i++;
            } else {
                text.append(c == '<' ? "" : entity(body.substring(i + 1, close)));
                i = close + 1;
            }
        }
        return text.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            default:
                return "&" + name + ";";
        }
    }
}
