package press.reader.assemble;

import java.nio.charset.StandardCharsets;

/**
 * Makes a link address safe to hand to every output: characters a URI may not contain (quotes, spaces, angle
 * brackets, non-ASCII) are percent-encoded once; escapes already present (%20) are kept as they are.
 */
final class Uris {
    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "-._~:/?#[]@!$&'()*+,;=%";

    private Uris() {}

    static String escape(String uri) {
        StringBuilder out = new StringBuilder(uri.length());
        for (byte b : uri.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean keep = c < 128 && ALLOWED.indexOf(c) >= 0;
            if (keep) out.append(c);
            else out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }
}
