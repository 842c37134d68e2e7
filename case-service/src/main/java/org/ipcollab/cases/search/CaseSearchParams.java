package org.ipcollab.cases.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.ipcollab.cases.infringement.domain.CaseStatus;
import org.ipcollab.cases.infringement.domain.IpKind;

import io.quarkus.security.ForbiddenException;

/**
 * The query parameters of {@code GET /cases}. Dates are legal dates in Beijing time (Asia/Shanghai), both ends
 * inclusive. A parameter that cannot be read is a 400 problem naming it; a range that ends before it starts is a 422;
 * another district is a 403 (sharing across districts is a later issue). There is no search by a person's ID number
 * over GET: it would sit in access logs.
 */
public class CaseSearchParams {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final int MAX_TEXT = 100;

    @QueryParam("district")
    @Parameter(description = "行政区划代码 — only the caller's own district is allowed (403 otherwise)")
    public String district;

    @QueryParam("ipKind")
    @Parameter(description = "知识产权类别, repeatable: PATENT, TRADEMARK, COPYRIGHT, …")
    public List<String> ipKind;

    @QueryParam("status")
    @Parameter(description = "案件状态, repeatable: FILED, INVESTIGATING, …, CLOSED")
    public List<String> status;

    @QueryParam("filedFrom")
    @Parameter(description = "登记日期起 YYYY-MM-DD (Beijing), inclusive")
    public String filedFrom;

    @QueryParam("filedTo")
    @Parameter(description = "登记日期止 YYYY-MM-DD (Beijing), inclusive")
    public String filedTo;

    @QueryParam("openedFrom")
    @Parameter(description = "立案日期起 YYYY-MM-DD (Beijing), inclusive")
    public String openedFrom;

    @QueryParam("openedTo")
    @Parameter(description = "立案日期止 YYYY-MM-DD (Beijing), inclusive")
    public String openedTo;

    @QueryParam("closedFrom")
    @Parameter(description = "结案日期起 YYYY-MM-DD (Beijing), inclusive")
    public String closedFrom;

    @QueryParam("closedTo")
    @Parameter(description = "结案日期止 YYYY-MM-DD (Beijing), inclusive")
    public String closedTo;

    @QueryParam("creditCode")
    @Parameter(description = "当事人统一社会信用代码 — the infringer's unified social credit code, exact")
    public String creditCode;

    @QueryParam("referralRequired")
    @Parameter(description = "达到入罪标准（应当移送）: true or false")
    public String referralRequired;

    @QueryParam("overdue")
    @Parameter(description = "超期: true = a clock not stopped whose due instant has passed; false = none")
    public String overdue;

    @QueryParam("departmentId")
    @Parameter(description = "办案部门")
    public String departmentId;

    @QueryParam("q")
    @Parameter(description = "案件名称或案件编号包含 — title or case number contains (case-insensitive)")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "filedAt (default) or openedAt")
    public String sort;

    @QueryParam("order")
    @Parameter(description = "desc (default) or asc")
    public String order;

    /** The checked filter for a caller of {@code callerDistrict}. */
    public CaseFilter toFilter(String callerDistrict) {
        if (district != null && !district.isBlank() && !district.strip().equals(callerDistrict)) {
            throw new ForbiddenException("a caller of district " + callerDistrict + " can search only district "
                    + callerDistrict + ", not " + district.strip());
        }
        LocalDate[] filed = range("filedFrom", filedFrom, "filedTo", filedTo);
        LocalDate[] opened = range("openedFrom", openedFrom, "openedTo", openedTo);
        LocalDate[] closed = range("closedFrom", closedFrom, "closedTo", closedTo);
        String code = blankToNull(creditCode);
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (!code.matches("[0-9A-Z]{18}")) {
                throw new BadRequestException("creditCode must be 18 digits or capital letters");
            }
        }
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_TEXT) {
            throw new BadRequestException("q is longer than " + MAX_TEXT + " characters");
        }
        CaseFilter.SortKey key = sort == null || sort.isBlank() ? CaseFilter.SortKey.filedAt
                : parse("sort", sort, CaseFilter.SortKey::valueOf);
        boolean ascending = order != null && !order.isBlank() && parse("order", order, o -> switch (o) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw new IllegalArgumentException(o);
        });
        return new CaseFilter(callerDistrict, enums("ipKind", ipKind, IpKind.class),
                enums("status", status, CaseStatus.class), start(filed[0]), end(filed[1]), start(opened[0]),
                end(opened[1]), start(closed[0]), end(closed[1]), code, bool("referralRequired", referralRequired),
                bool("overdue", overdue), blankToNull(departmentId), text, key, ascending);
    }

    private static LocalDate[] range(String fromName, String from, String toName, String to) {
        LocalDate start = date(fromName, from);
        LocalDate end = date(toName, to);
        if (start != null && end != null && end.isBefore(start)) {
            throw new ValidationException(toName + " (" + end + ") is before " + fromName + " (" + start + ")");
        }
        return new LocalDate[] {start, end};
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date YYYY-MM-DD, not '" + abbreviate(value) + "'");
        }
    }

    private static Instant start(LocalDate date) {
        return date == null ? null : date.atStartOfDay(BEIJING).toInstant();
    }

    private static Instant end(LocalDate date) {
        return date == null ? null : date.plusDays(1).atStartOfDay(BEIJING).toInstant();
    }

    private static Boolean bool(String name, String value) {
        return value == null || value.isBlank() ? null : parse(name, value, v -> switch (v) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(v);
        });
    }

    private static <E extends Enum<E>> Set<E> enums(String name, List<String> values, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        set.add(parse(name, part.strip(), p -> Enum.valueOf(type, p)));
                    }
                }
            }
        }
        return set;
    }

    private static <T> T parse(String name, String value, Function<String, T> parser) {
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + abbreviate(value) + "' is not a value of " + name);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
