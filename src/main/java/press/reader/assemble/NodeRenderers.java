package press.reader.assemble;

import java.util.HashMap;
import java.util.Map;
import org.commonmark.node.Node;
import org.w3c.dom.Element;

/**
 * The renderer of each kind of Markdown node, found by the node's class, as commonmark-java finds its own
 * ({@code NodeRenderer.getNodeTypes}): the converter registers one method per node type, and a construct that a parser
 * extension reads (a custom node) is rendered by registering its method here, not by another branch of a chain of
 * type tests. A node whose class has no renderer is looked up by its superclasses, as {@code instanceof} would match it.
 */
final class NodeRenderers {
    /** Writes a block node into {@code parent}. */
    @FunctionalInterface
    interface Block<N extends Node> {
        void render(N node, Element parent);
    }

    /** Writes an inline node into {@code parent}; {@code running}: whether the text markers apply (not in headings). */
    @FunctionalInterface
    interface Inline<N extends Node> {
        void render(N node, Element parent, boolean running);
    }

    private final Map<Class<?>, Block<Node>> blocks = new HashMap<>();
    private final Map<Class<?>, Inline<Node>> inlines = new HashMap<>();

    <N extends Node> NodeRenderers block(Class<N> type, Block<? super N> renderer) {
        blocks.put(type, (node, parent) -> renderer.render(type.cast(node), parent));
        return this;
    }

    <N extends Node> NodeRenderers inline(Class<N> type, Inline<? super N> renderer) {
        inlines.put(type, (node, parent, running) -> renderer.render(type.cast(node), parent, running));
        return this;
    }

    /** The renderer of a block node, or null when no renderer knows its type. */
    Block<Node> blockOf(Node node) {
        return find(blocks, node);
    }

    /** The renderer of an inline node, or null when no renderer knows its type. */
    Inline<Node> inlineOf(Node node) {
        return find(inlines, node);
    }

    private static <R> R find(Map<Class<?>, R> renderers, Node node) {
        for (Class<?> type = node.getClass(); type != null && type != Node.class; type = type.getSuperclass()) {
            R renderer = renderers.get(type);
            if (renderer != null) return renderer;
        }
        return null;
    }
}
