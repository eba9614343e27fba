package press.reader.manuscript;

import press.reader.diagnostics.UserError;

/**
 * An ISBN as book.yaml gives it ("978-0-00-000000-2", "ISBN 0-00-000000-0"), checked by its check digit and turned
 * into the 13 digits of the EAN-13 barcode printed on the back cover.
 */
public final class Isbn {
    private Isbn() {}

    /** The 13 digits of the ISBN's EAN, or a {@link UserError} at {@code file:line} when it is not a valid ISBN. */
    public static String ean13(String isbn, String file, int line) {
        String digits = isbn.strip().replaceFirst("(?i)^ISBN(-1[03])?:?\\s*", "").replaceAll("[\\s-]", "");
        if (digits.matches("\\d{9}[\\dXx]")) {
            if (check10(digits.substring(0, 9)) != Character.toUpperCase(digits.charAt(9))) {
                throw error(isbn, file, line, "its check digit should be " + check10(digits.substring(0, 9)));
            }
            String twelve = "978" + digits.substring(0, 9);
            return twelve + check13(twelve);
        }
        if (!digits.matches("97[89]\\d{10}")) {
            throw error(isbn, file, line, "an ISBN has 13 digits starting 978 or 979 (or 10 digits)");
        }
        char expected = check13(digits.substring(0, 12));
        if (digits.charAt(12) != expected) throw error(isbn, file, line, "its check digit should be " + expected);
        return digits;
    }

    /** The EAN-13 check digit of 12 digits: weights 1, 3, 1, 3, ... */
    static char check13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** The ISBN-10 check character of 9 digits: weights 10 down to 2, modulo 11 (10 is X). */
    static char check10(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (nine.charAt(i) - '0') * (10 - i);
        int c = (11 - sum % 11) % 11;
        return c == 10 ? 'X' : (char) ('0' + c);
    }

    private static UserError error(String isbn, String file, int line, String why) {
        return UserError.at(file, line, "BP026", "isbn '" + isbn + "' is not a valid ISBN: " + why);
    }
}
