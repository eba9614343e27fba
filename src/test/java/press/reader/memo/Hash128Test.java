package press.reader.memo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fingerprint is the same for the same strings, and differs when a string is cut elsewhere or a unit changes. */
class Hash128Test {
    private static String digest(String... parts) {
        Hash128 h = new Hash128();
        for (String p : parts) h.put(p);
        return Arrays.toString(h.digest());
    }

    @Test
    void theSameStringsGiveTheSameFingerprintOfSixteenBytes() {
        assertEquals(digest("page 47", "48"), digest("page 47", "48"));
        assertEquals(16, new Hash128().put("x").digest().length);
        assertArrayEquals(new Hash128().digest(), new Hash128().digest());
    }

    @Test
    void whereAStringIsCutMatters() {
        assertFalse(digest("ab", "c").equals(digest("a", "bc")));
        assertFalse(digest("", "abc").equals(digest("abc", "")));
        assertFalse(digest("abc").equals(digest("abc", "")));
    }

    @Test
    void everyChangedUnitAndEveryLengthGivesAnotherFingerprint() {
        String text = "Revolution and degeneration, page 47, 48. ".repeat(25);
        Set<String> seen = new HashSet<>();
        seen.add(digest(text));
        for (int i = 0; i < text.length(); i++) {
            char[] c = text.toCharArray();
            c[i] = (char) (c[i] + 1);
            seen.add(digest(new String(c)));
        }
        for (int n = 0; n < 40; n++) seen.add(digest("\0".repeat(n)));
        assertEquals(1 + text.length() + 40, seen.size(), "two inputs gave one fingerprint");
    }
}
