package press.reader.memo;

/**
 * A 128-bit fingerprint of a stream of strings, for comparing the outputs of one process with each other (is this
 * XSL-FO the one the last run wrote?), where SHA-256 cost more than the comparison is worth: under the quick compiler
 * the one-shot commands run with (bin/bookpress), SHA-256 runs as plain Java code, and fingerprinting a long book's
 * XSL-FO took 7 % of its build. The mixing is MurmurHash3's (x64, 128 bits), fed with UTF-16 code units, eight to a
 * block. It is not cryptographic: nothing here is chosen by an adversary (the XSL-FO is the book's own stylesheet's
 * output), and two different inputs share a fingerprint with a chance of about 2^-128 for each pair compared. Keep
 * SHA-256 ({@link Fingerprint}) for what is stored between processes or shared.
 */
public final class Hash128 {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private long h1;
    private long h2;
    /** The block being filled: up to eight code units, four to a word. */
    private long k1;
    private long k2;
    private int units;
    private long length;

    /** Adds a string: its length, then its code units (so that ("ab","c") and ("a","bc") differ). */
    public Hash128 put(CharSequence s) {
        int n = s.length();
        putUnit((char) (n >>> 16));
        putUnit((char) n);
        for (int i = 0; i < n; i++) putUnit(s.charAt(i));
        return this;
    }

    /** Adds one code unit (a marker of the kind of what follows, say). */
    public Hash128 put(char c) {
        putUnit(c);
        return this;
    }

    private void putUnit(char c) {
        int slot = units & 7;
        if (slot < 4) k1 |= (long) c << (slot << 4);
        else k2 |= (long) c << ((slot - 4) << 4);
        units++;
        length += 2;
        if (slot == 7) {
            mixBlock(k1, k2);
            k1 = 0;
            k2 = 0;
        }
    }

    private void mixBlock(long a, long b) {
        h1 ^= mixK1(a);
        h1 = Long.rotateLeft(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= mixK2(b);
        h2 = Long.rotateLeft(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    private static long mixK1(long k) {
        k *= C1;
        k = Long.rotateLeft(k, 31);
        return k * C2;
    }

    private static long mixK2(long k) {
        k *= C2;
        k = Long.rotateLeft(k, 33);
        return k * C1;
    }

    /** The fingerprint (16 bytes) of everything added; the hash is not to be used after. */
    public byte[] digest() {
        long a = h1;
        long b = h2;
        if ((units & 7) != 0) {
            a ^= mixK1(k1);
            b ^= mixK2(k2);
        }
        a ^= length;
        b ^= length;
        a += b;
        b += a;
        a = fmix(a);
        b = fmix(b);
        a += b;
        b += a;
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (a >>> (56 - 8 * i));
            out[8 + i] = (byte) (b >>> (56 - 8 * i));
        }
        return out;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
