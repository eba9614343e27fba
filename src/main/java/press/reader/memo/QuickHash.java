package press.reader.memo;

/**
 * A 128-bit hash of text (MurmurHash3's x64 128-bit mixing, fed four chars a word), for keys that are taken of a
 * whole book at every warm rebuild: SHA-256 runs on the JDK's Java code under the quick compiler that {@code watch}
 * and the launcher use, a few tens of megabytes a second, and the 3x book's text is two million chars. Not
 * cryptographic: it guards against accident, not an adversary, and whoever could craft two manuscripts with one hash
 * writes the manuscript (and the cache) anyway. By accident two different texts share a 128-bit hash with a chance
 * of about n^2 / 2^129 among n texts hashed: nil for any number of builds.
 */
public final class QuickHash {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private QuickHash() {}

    /** The hash of {@code text}, 32 hex digits (its length is part of it: a prefix of a text hashes otherwise). */
    public static String of(CharSequence text) {
        long h1 = 0x9368e53c2f6af274L;
        long h2 = 0x586dcd208f7cd3fdL;
        int n = text.length();
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long k1 = text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                    | (long) text.charAt(i + 3) << 48;
            long k2 = text.charAt(i + 4) | (long) text.charAt(i + 5) << 16 | (long) text.charAt(i + 6) << 32
                    | (long) text.charAt(i + 7) << 48;
            k1 *= C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            h1 ^= k1;
            h1 = Long.rotateLeft(h1, 27);
            h1 += h2;
            h1 = h1 * 5 + 0x52dce729;
            k2 *= C2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= C1;
            h2 ^= k2;
            h2 = Long.rotateLeft(h2, 31);
            h2 += h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        long k1 = 0;
        long k2 = 0;
        for (int j = 0; i + j < n; j++) {
            long c = text.charAt(i + j);
            if (j < 4) k1 |= c << (16 * j);
            else k2 |= c << (16 * (j - 4));
        }
        k2 *= C2;
        k2 = Long.rotateLeft(k2, 33);
        k2 *= C1;
        h2 ^= k2;
        k1 *= C1;
        k1 = Long.rotateLeft(k1, 31);
        k1 *= C2;
        h1 ^= k1;
        h1 ^= n;
        h2 ^= n;
        h1 += h2;
        h2 += h1;
        h1 = mix(h1);
        h2 = mix(h2);
        h1 += h2;
        h2 += h1;
        return String.format("%016x%016x", h1, h2);
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
