package press.reader.xml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A live DOM list of elements, copied once. The JDK's DOM answers {@code getLength()} of a
 * {@code getElementsByTagName} list by walking the document from the last element found to its end, on every call,
 * and forgets what it found whenever the document changes: a loop that asks the length each time, or edits the
 * document as it goes, walks the rest of the book once per element (a 10,000-work bibliography after the last
 * footnote made such a check quadratic).
 */
public final class Elements {
    private Elements() {}

    public static List<Element> of(NodeList list) {
        int n = list.getLength();
        List<Element> elements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) elements.add((Element) list.item(i));
        return elements;
    }
}
