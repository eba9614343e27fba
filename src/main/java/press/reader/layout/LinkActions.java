package press.reader.layout;

import java.awt.Point;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.FOPException;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFRenderer;
import org.apache.fop.render.intermediate.extensions.AbstractAction;
import org.apache.fop.render.intermediate.extensions.ActionSet;
import org.apache.fop.render.intermediate.extensions.GoToXYAction;
import org.apache.fop.render.intermediate.extensions.URIAction;

/**
 * FOP's set of a PDF's link actions, without its quadratic step. FOP registers every link target (each note's
 * and each bibliography entry's id) and, before registering one, compares it with every action registered so far
 * in search of an equal one to share: a book citing 10,000 works spent a fifth of its layout there. This set proves
 * most of those comparisons false without making them, and makes the others as FOP does, in FOP's order over the
 * same kind of map, so the PDF's bytes are the same:
 * <ul>
 * <li>a link to a place not laid out yet has no position, and FOP's {@code isSame} is false against anything;</li>
 * <li>a link to a place laid out can equal only an action with the same page and point: the set keeps the laid-out
 * actions by page and point. An action gets its place once, when FOP's renderer first lays out its target; the
 * renderer asks this set for the action by id just before, so those asked for are looked at again;</li>
 * <li>a web address can equal only an action with the same address.</li>
 * </ul>
 */
final class LinkActions extends ActionSet {
    private static final Field TARGET_LOCATION = field(GoToXYAction.class, "targetLocation");
    private static final Field ACTION_SET = field(IFRenderer.class, "actionSet");

    private final Map<String, AbstractAction> registry = new HashMap<>();
    /** The web addresses registered, each with its actions (more than one only if their new-window flags differ). */
    private final Map<String, List<URIAction>> uris = new HashMap<>();
    /** Laid-out links by page and point; an entry may be stale (replaced), never missing. */
    private final Map<List<Integer>, Integer> placed = new HashMap<>();
    /** Links registered without a place that the renderer has asked for since (about to be given one). */
    private final List<GoToXYAction> asked = new ArrayList<>();
    private long comparisons;

    /** Makes FOP render {@code mime} through a renderer that uses this set; false (FOP unchanged) if it cannot. */
    static boolean install(FOUserAgent agent, String mime) {
        if (TARGET_LOCATION == null || ACTION_SET == null || agent.getRendererOverride() != null
                || agent.getDocumentHandlerOverride() != null) {
            return false;
        }
        try {
            IFDocumentHandler handler = agent.getRendererFactory().createDocumentHandler(agent, mime);
            IFRenderer renderer = new IFRenderer(agent);
            renderer.setDocumentHandler(handler);
            ACTION_SET.set(renderer, new LinkActions());
            agent.setRendererOverride(renderer);
            return true;
        } catch (FOPException | IllegalAccessException | RuntimeException e) {
            return false;                       // FOP's own renderer, slower with many links, is made as usual
        }
    }

    /** The comparisons made so far by the renderer's set in {@code agent} (a measure of work for tests), or -1. */
    static long comparisons(FOUserAgent agent) {
        try {
            return agent.getRendererOverride() instanceof IFRenderer r && ACTION_SET.get(r) instanceof LinkActions a
                    ? a.comparisons() : -1;
        } catch (IllegalAccessException | RuntimeException e) {
            return -1;
        }
    }

    /** The comparisons this set has made (FOP's set compares every new action with every registered one). */
    long comparisons() {
        return comparisons;
    }

    @Override
    public AbstractAction get(String id) {
        AbstractAction a = registry.get(id);
        if (a instanceof GoToXYAction g && targetLocation(g) == null) asked.add(g);
        return a;
    }

    @Override
    public void clear() {
        registry.clear();
        uris.clear();
        placed.clear();
        asked.clear();
    }

    /** As {@link ActionSet#put}: the registered action equal to {@code action}, or {@code action}, now registered. */
    @Override
    public AbstractAction put(AbstractAction action) {
        if (!action.hasID()) action.setID(generateNewID(action));
        AbstractAction same = action instanceof URIAction u ? sameAddress(u)
                : canMatch(action) ? firstSame(action) : action;
        if (same == action) {
            registry.put(action.getID(), action);
            if (action instanceof URIAction u) uris.computeIfAbsent(u.getURI(), k -> new ArrayList<>(1)).add(u);
            if (action instanceof GoToXYAction g) place(g);
        }
        return same;
    }

    /** False only where FOP's comparison is false against every registered action. */
    private boolean canMatch(AbstractAction action) {
        if (action instanceof GoToXYAction g) {
            if (targetLocation(g) == null) return false;
            for (GoToXYAction a : asked) place(a);
            asked.clear();
            return placed.containsKey(key(g));
        }
        return true;
    }

    private void place(GoToXYAction g) {
        if (targetLocation(g) != null) placed.merge(key(g), 1, Integer::sum);
    }

    private static List<Integer> key(GoToXYAction g) {
        Point p = targetLocation(g);
        return List.of(g.getPageIndex(), p.x, p.y);
    }

    /**
     * The registered action equal to a web address: only an action with that address can be (FOP's {@code isSame}),
     * and of those at most one, as an equal one is never registered beside it; so the answer is FOP's whatever its
     * order, found among the address's own actions instead of every registered one (a link repeated thousands of
     * times — the page sequences' links to one another are addresses — was compared with every action before it).
     */
    private AbstractAction sameAddress(URIAction action) {
        AbstractAction found = action;
        for (URIAction a : uris.getOrDefault(action.getURI(), List.of())) {
            comparisons++;
            if (a.isSame(action) && registry.get(a.getID()) == a) {
                if (found != action) return firstSame(action);   // never expected: FOP's own order decides
                found = a;
            }
        }
        return found;
    }

    private AbstractAction firstSame(AbstractAction action) {
        for (AbstractAction a : registry.values()) {
            comparisons++;
            if (a.isSame(action)) return a;
        }
        return action;
    }

    private static Point targetLocation(AbstractAction action) {
        try {
            return (Point) TARGET_LOCATION.get(action);
        } catch (IllegalAccessException e) {
            return new Point();                // compared as FOP does
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
