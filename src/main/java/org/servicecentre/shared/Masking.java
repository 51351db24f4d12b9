package org.servicecentre.shared;

import java.util.regex.Pattern;

/**
 * Masks residents' names and phone numbers for screens, kiosks, lists and exports seen by people without access to
 * the resident (张三 → 张*, 13812341234 → 138****1234). Works on Unicode code points, so a rare CJK character outside
 * the Basic Multilingual Plane in a name is kept or starred whole, never split into half a surrogate pair.
 */
public final class Masking {

    private static final String STAR = "*";
    private static final int MAX_NAME_STARS = 2;
    private static final String LATIN_NAME_STARS = "***";
    private static final int PHONE_KEEP_END = 4;
    /** A mainland mobile number, optionally with the country code: 11 digits starting with 1. */
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("(?:\\+?86)?(1\\d{10})");
    /** Spaces, dashes, dots and brackets people type into phone numbers; they carry nothing. */
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-.()（）]");

    private Masking() {
    }

    /**
     * The first character of a name followed by one star per further character, at most two (张三 → 张*,
     * 欧阳娜娜 → 欧**, 张 → 张*, so that the length of a short name is not told either). A name in Latin
     * letters keeps its first letter and gets three stars whatever its length (John Smith → J***).
     * Returns null for a null or blank name.
     */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        int[] characters = name.strip().codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        int first = characters[0];
        String start = new String(Character.toChars(first));
        if (Character.UnicodeScript.of(first) == Character.UnicodeScript.LATIN) {
            return start + LATIN_NAME_STARS;
        }
        int stars = Math.max(1, Math.min(MAX_NAME_STARS, characters.length - 1));
        return start + STAR.repeat(stars);
    }

    /**
     * A mainland mobile number keeps its first three and last four digits (138****1234, also from
     * "+86 138-1234-1234"); any other number keeps at most its last four characters and never more than half of
     * them, so that a number of three or more characters is never returned as it came. Shorter ones are all stars.
     * Returns null for a null or blank number.
     */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String compact = PHONE_SEPARATORS.matcher(phone).replaceAll("");
        var mobile = MAINLAND_MOBILE.matcher(compact);
        if (mobile.matches()) {
            String digits = mobile.group(1);
            return digits.substring(0, 3) + STAR.repeat(4) + digits.substring(7);
        }
        if (compact.isEmpty()) {
            compact = phone.strip();
        }
        int[] characters = compact.codePoints().toArray();
        int keep = characters.length < 3 ? 0 : Math.min(PHONE_KEEP_END, characters.length / 2);
        int starred = characters.length - keep;
        return STAR.repeat(starred) + new String(characters, starred, keep);
    }

    /**
     * An e-mail address keeps the first character of its local part and its domain (wang@example.com → w***@example.com).
     * Returns null for a null or blank address.
     */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String address = email.strip();
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return STAR.repeat(3);
        }
        return address.substring(0, 1) + STAR.repeat(3) + address.substring(at);
    }
}
