package org.ipcollab.cases.infringement.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * 公民身份号码 — the 18-character resident ID number of a natural person (GB 11643-1999): address code (6 digits),
 * birth date (8 digits, yyyyMMdd, positions 7–14), sequence (3 digits), check character (1). The check character is
 * "10X98765432"[Σ digit·weight mod 11] with weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2.
 * <p>
 * The number is personal information (PIPL; DOMAIN.md §3.6): outside the encrypted column it only ever appears
 * {@link #mask masked}.
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private ResidentIdNumber() {
    }

    /** A well-formed number: 17 digits and a right check character (upper-case X), and a real birth date. */
    public static boolean isValid(String number) {
        if (number == null || !SHAPE.matcher(number).matches()) {
            return false;
        }
        return checkCharacter(number.substring(0, 17)) == number.charAt(17) && birthDate(number) != null;
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("need 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The birth date in positions 7–14, or null if it is not a date from 1900-01-01 on. */
    public static LocalDate birthDate(String number) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return date.isBefore(EARLIEST_BIRTH) ? null : date;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * 未成年人 — whether the holder of a valid {@code number} was under 18 (Civil Code art 17) on {@code date}, e.g. the
     * date of the act. A minor's penalty decision is never published (DOMAIN.md §3.6).
     */
    public static boolean isMinorOn(String number, LocalDate date) {
        if (!isValid(number)) {
            throw new IllegalArgumentException("not a valid resident ID number");
        }
        return birthDate(number).plusYears(18).isAfter(date);
    }

    /** First 6 and last 4 characters kept, the 8 between as {@code *}: {@code 500155********1234}. */
    public static String mask(String number) {
        if (number == null || number.length() != 18) {
            throw new IllegalArgumentException("a resident ID number has 18 characters");
        }
        return number.substring(0, 6) + "********" + number.substring(14);
    }
}
