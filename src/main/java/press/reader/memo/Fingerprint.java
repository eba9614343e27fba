package press.reader.memo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The key of something kept between builds: a SHA-256 over everything it is made from. */
public final class Fingerprint {
    private Fingerprint() {}

    /**
     * SHA-256 (hex) over the parts, each length-prefixed so that ("ab","c") and ("a","bc") differ; a part is its
     * bytes if it is a byte array, else its string form in UTF-8.
     */
    public static String of(Object... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object p : parts) {
                byte[] b = p instanceof byte[] bytes ? bytes : String.valueOf(p).getBytes(StandardCharsets.UTF_8);
                md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) ':');
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
