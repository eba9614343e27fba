package press.reader.assemble;

/** Keeps only characters that XML 1.0 allows, so no input can make the book document ill-formed. */
public final class XmlText {
    private XmlText() {}

    public static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (ok && sb != null) sb.appendCodePoint(cp);
            i += n;
        }
        return sb == null ? s : sb.toString();
    }
}
