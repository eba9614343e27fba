package press.reader.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The fingerprint of everything drawing a page reads: the page's own dictionary and every object it reaches (content
 * streams, fonts, images, annotations' appearances, as their stored bytes), and what it inherits from its page tree
 * (resources, boxes, rotation). Not the page tree itself, nor another page a link points to: neither is drawn. Two
 * pages with one fingerprint draw the same image, whichever PDF they are in and wherever in it.
 */
final class PageFingerprint {
    private final MessageDigest md;
    /** Objects already hashed, by the order they were first met: a second meeting hashes as that number. */
    private final Map<COSBase, Integer> seen = new IdentityHashMap<>();
    private final COSDictionary root;

    private PageFingerprint(COSDictionary root) {
        this.root = root;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String of(PDPage page) throws IOException {
        PageFingerprint f = new PageFingerprint(page.getCOSObject());
        f.walk(page.getCOSObject());
        f.tag("inherited");
        f.walk(page.getResources() == null ? null : page.getResources().getCOSObject());
        f.walk(page.getMediaBox().getCOSArray());
        f.walk(page.getCropBox().getCOSArray());
        f.tag(Integer.toString(page.getRotation()));
        return HexFormat.of().formatHex(f.md.digest());
    }

    private void tag(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(b);
    }

    private void walk(COSBase object) throws IOException {
        COSBase b = object instanceof COSObject o ? o.getObject() : object;
        if (b == null) {
            tag("null");
            return;
        }
        if (b instanceof COSDictionary || b instanceof COSArray) {
            Integer first = seen.get(b);
            if (first != null) {
                tag("#" + first);
                return;
            }
            seen.put(b, seen.size());
        }
        if (b instanceof COSStream s) {
            tag("stream");
            entries(s);
            try (InputStream in = s.createRawInputStream()) {
                byte[] bytes = in.readAllBytes();
                tag(Integer.toString(bytes.length));
                md.update(bytes);
            }
        } else if (b instanceof COSDictionary d) {
            if (d != root && COSName.PAGE.equals(d.getCOSName(COSName.TYPE))) {
                tag("another page");       // a link's destination: not drawn on this page
                return;
            }
            tag("dict");
            entries(d);
        } else if (b instanceof COSArray a) {
            tag("array " + a.size());
            for (int i = 0; i < a.size(); i++) walk(a.get(i));
        } else if (b instanceof COSName n) {
            tag("/" + n.getName());
        } else if (b instanceof COSString s) {
            tag("string " + HexFormat.of().formatHex(s.getBytes()));
        } else if (b instanceof COSInteger i) {
            tag("i" + i.longValue());
        } else if (b instanceof COSFloat f) {
            tag("f" + f.floatValue());
        } else if (b instanceof COSBoolean bool) {
            tag("b" + bool.getValue());
        } else {
            tag(b.getClass().getSimpleName());
        }
    }

    private void entries(COSDictionary d) throws IOException {
        tag("size " + d.size());
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
            COSName key = e.getKey();
            tag(key.getName());
            // the page tree above and the page an annotation sits on: not part of what is drawn
            if (key.equals(COSName.PARENT) || key.equals(COSName.P)) continue;
            walk(e.getValue());
        }
    }
}
