package press.reader.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.fop.render.intermediate.extensions.AbstractAction;
import org.apache.fop.render.intermediate.extensions.ActionSet;
import org.apache.fop.render.intermediate.extensions.GoToXYAction;
import org.apache.fop.render.intermediate.extensions.URIAction;
import org.junit.jupiter.api.Test;

/**
 * The PDF's link actions: the same answers as FOP's own set (so the same bytes), without comparing a link to a
 * place not laid out yet with every link before it (quadratic: a book citing 10,000 works).
 */
class LinkActionsTest {
    @Test
    void givesFopsAnswersForEveryKindOfLinkInFopsOrder() {
        Random random = new Random(1917);
        ActionSet fops = new ActionSet();
        LinkActions ours = new LinkActions();
        List<GoToXYAction[]> open = new ArrayList<>();
        int shared = 0;
        for (int i = 0; i < 3000; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {                                          // a link to a place not laid out yet
                GoToXYAction[] twins = {goTo("t" + i, -1, null), goTo("t" + i, -1, null)};
                shared += put(fops, ours, twins[0], twins[1]);
                open.add(twins);
            } else if (kind < 7) {                                   // a link back to a place laid out
                Point p = new Point(random.nextInt(5), random.nextInt(5));
                int page = random.nextInt(4);
                shared += put(fops, ours, goTo("b" + i, page, p), goTo("b" + i, page, p));
            } else if (kind < 9) {                                   // a web address, some repeated
                String uri = "https://example.org/" + random.nextInt(40);
                shared += put(fops, ours, new URIAction(uri, false, null), new URIAction(uri, false, null));
            } else if (!open.isEmpty()) {                            // a place laid out at last: FOP completes it
                GoToXYAction[] twins = open.remove(random.nextInt(open.size()));
                Point p = new Point(random.nextInt(5), random.nextInt(5));
                int page = random.nextInt(4);
                fops.get(twins[0].getID());           // as FOP's renderer asks, just before it places the action
                ours.get(twins[1].getID());
                for (GoToXYAction a : twins) {
                    a.setPageIndex(page);
                    a.setTargetLocation(p);
                }
            }
        }
        assertTrue(shared > 100, "the sequence shares few actions (" + shared + "): it tests little");
        for (int i = 0; i < 3000; i++) {
            for (String id : List.of("t" + i, "b" + i)) {
                AbstractAction f = fops.get(id);
                AbstractAction o = ours.get(id);
                assertEquals(f == null ? null : f.getID(), o == null ? null : o.getID(), id);
            }
        }
    }

    @Test
    void linksToPlacesNotLaidOutAndToDistinctPlacesAreComparedWithNothing() {
        for (int n : new int[] {2_000, 8_000}) {
            LinkActions ours = new LinkActions();
            for (int i = 0; i < n; i++) {
                GoToXYAction note = goTo("note" + i, -1, null);            // a citation's link to its note
                assertSame(note, ours.put(note));
                ours.put(new URIAction("https://example.org/work/" + i, false, null));
                ours.get(note.getID());                                      // the note laid out, as FOP does it
                note.setPageIndex(i / 10);
                note.setTargetLocation(new Point(0, i));
                GoToXYAction back = goTo("ref" + i, i / 10, new Point(1, i));   // the note's link back to its text
                assertSame(back, ours.put(back));
            }
            // FOP's own set compares each new action with every one before it: about 4.5 n² comparisons here
            assertEquals(0, ours.comparisons(), n + " notes");
            System.out.println(n + " notes, each with a forward link, a web address and a link back: "
                    + ours.comparisons() + " comparisons (FOP's own set: about " + (long) (4.5 * n * n) + ")");
        }
    }

    @Test
    void aRepeatedWebAddressIsComparedOnlyWithItsOwnActions() {
        // the page sequences' links to one another are laid out as addresses: one per target, repeated at every link
        for (int n : new int[] {2_000, 8_000}) {
            LinkActions ours = new LinkActions();
            ActionSet fops = new ActionSet();
            URIAction first = new URIAction("bp-goto:glossary-soviet", false, null);
            put(fops, ours, first, new URIAction("bp-goto:glossary-soviet", false, null));
            for (int i = 0; i < n; i++) {
                ours.put(new URIAction("bp-goto:note-" + i, false, null));
                AbstractAction again = ours.put(new URIAction("bp-goto:glossary-soviet", false, null));
                assertEquals("bp-goto:glossary-soviet", ((URIAction) again).getURI());
                assertEquals(ours.put(new URIAction("bp-goto:glossary-soviet", false, null)).getID(), again.getID());
            }
            // one comparison a repeated link (with the address's one action), none for a new address;
            // FOP's own set compares each with every registered action: about n² / 2
            assertEquals(2L * n, ours.comparisons(), n + " links");
        }
    }

    /** Puts twins into each set: 1 if both answered with an earlier action (the same one, by id), else 0. */
    private static int put(ActionSet fops, LinkActions ours, AbstractAction a, AbstractAction twin) {
        AbstractAction f = fops.put(a);
        AbstractAction o = ours.put(twin);
        assertEquals(f.getID(), o.getID(), "FOP's set answered " + f + ", ours " + o);
        assertEquals(f != a, o != twin);
        return f != a ? 1 : 0;
    }

    private static GoToXYAction goTo(String id, int page, Point at) {
        return new GoToXYAction(id, page, at, null);
    }
}
