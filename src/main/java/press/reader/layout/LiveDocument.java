package press.reader.layout;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;
import net.sf.saxon.Configuration;
import net.sf.saxon.om.Item;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.type.Type;

/**
 * A document parameter made when the stylesheet first looks into it, not when the transformation starts. Saxon
 * binds a global parameter when it is first used; the page map handed over this way is read at the moment the
 * stylesheet reaches the index, by which time FOP has laid out every page sequence before it (see
 * {@link PrintLayout#layout}). Until then the node answers only what any document node answers (it is a document
 * node, of this configuration, one item); its first real question builds the document.
 */
final class LiveDocument {
    private LiveDocument() {}

    static XdmNode of(Processor processor, Supplier<XdmNode> make) {
        Configuration configuration = processor.getUnderlyingConfiguration();
        NodeInfo[] made = new NodeInfo[1];
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            int arity = method.getParameterCount();
            if (name.equals("getNodeKind") && arity == 0) return (int) Type.DOCUMENT;
            if (name.equals("getConfiguration") && arity == 0) return configuration;
            // head(), materialize(), getLength()... of an item: answered by the item itself, as the item itself
            if (method.isDefault() && method.getDeclaringClass() != NodeInfo.class
                    && method.getDeclaringClass().isAssignableFrom(Item.class)) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            synchronized (made) {
                if (made[0] == null) made[0] = make.get().getUnderlyingNode();
            }
            try {
                return method.invoke(made[0], args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return new XdmNode((NodeInfo) Proxy.newProxyInstance(NodeInfo.class.getClassLoader(),
                new Class<?>[] {NodeInfo.class}, handler));
    }
}
