package org.ipcollab.cases.supervision.domain;

import java.util.regex.Pattern;

/** 部门编号 — a department id as tokens carry it ({@code dept}): {@code <6-digit GB/T 2260 district>-<code>}. */
public final class DepartmentId {
    /** e.g. {@code 500155-psb}, {@code 511703-amr}; the code is lowercase letters and digits, may contain hyphens. */
    public static final String PATTERN = "[0-9]{6}-[a-z0-9]+(-[a-z0-9]+)*";
    public static final int MAX_LENGTH = 100;
    public static final String MESSAGE = "must be a department id <6-digit district>-<code>, e.g. 500155-psb"
            + " / 部门编号应为“6位行政区划代码-部门代码”，如 500155-psb";

    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    private DepartmentId() {
    }

    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && FORMAT.matcher(id).matches();
    }

    /** The district a department belongs to: its first six digits. */
    public static String districtOf(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("not a department id: " + id);
        }
        return id.substring(0, 6);
    }
}
