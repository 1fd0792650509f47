package org.cseriskrecord.support.web;

/**
 * The characters Spring Security's {@code StrictHttpFirewall} accepts in header names and values, checked with a
 * loop instead of its regular expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, and for values the same
 * plus tab). The firewall checks every header value each time a filter reads it, and the ~1 KB bearer token is read
 * several times per request: the expression walked it character by character through Unicode property lookups, ~11 %
 * of command-service's CPU (docs/benchmarks.md). Printable ASCII, nearly every header, is accepted by one comparison
 * per character; anything else gets exactly the regular expression's test (assigned, not a control character),
 * code point by code point as the expression reads it.
 */
public final class HeaderCharacters {

    private HeaderCharacters() {
    }

    /** As {@code StrictHttpFirewall.ALLOWED_HEADER_VALUES}: assigned characters, no control character except tab. */
    public static boolean allowedValue(String value) {
        return allowed(value, true);
    }

    /** As {@code StrictHttpFirewall.ALLOWED_HEADER_NAMES}: assigned characters, no control character. */
    public static boolean allowedName(String name) {
        return allowed(name, false);
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII: assigned, not control
                i++;
                continue;
            }
            if (c == '\t' && tabAllowed) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
