package org.ipcollab.notification.routing.domain;

import java.util.regex.Pattern;

/**
 * An event-type pattern of a routing rule: a CloudEvents type where {@code *} stands for any run of characters, e.g.
 * {@code org.ipcollab.referral.*} (every referral event) or {@code *.clock-overdue.v1}.
 */
public final class TypePattern {
    /** Lowercase letters, digits, dots, hyphens and {@code *}. */
    public static final String SYNTAX = "^[a-z0-9.*-]{1,200}$";
    private static final Pattern SYNTAX_PATTERN = Pattern.compile(SYNTAX);

    private TypePattern() {
    }

    public static boolean isValid(String pattern) {
        return pattern != null && SYNTAX_PATTERN.matcher(pattern).matches();
    }

    public static boolean matches(String pattern, String eventType) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.matches(regex.toString(), eventType);
    }
}
