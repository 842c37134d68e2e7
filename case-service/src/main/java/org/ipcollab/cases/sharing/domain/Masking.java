package org.ipcollab.cases.sharing.domain;

/** 去标识化 — masks for shared views (DOMAIN.md §3.6). */
public final class Masking {
    private Masking() {
    }

    /** A natural person's name as 张某某: the surname (first character) and 某 for each further character (at least one). */
    public static String personName(String name) {
        if (name == null || name.isBlank()) {
            return "某某";
        }
        String s = name.strip();
        int first = s.offsetByCodePoints(0, 1);
        int rest = Math.max(1, s.codePointCount(first, s.length()));
        return s.substring(0, first) + "某".repeat(rest);
    }
}
