package press.reader.xml;

import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;

/**
 * XML parser factories with external entities and DTD loading switched off. Manuscripts may come from
 * strangers: an XML input (CSL, SVG, a book document) must never make the build read a local file or the network.
 */
public final class SecureXml {
    private SecureXml() {}

    /** The parser features that shut out DOCTYPEs, external entities and external DTDs, with their values. */
    private static final Map<String, Boolean> FEATURES = Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, true,
            "http://apache.org/xml/features/disallow-doctype-decl", true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

    /** Sets one feature on some factory; the factories declare different exceptions. */
    private interface FeatureSetter {
        void set(String name, boolean value) throws Exception;
    }

    private static void secure(FeatureSetter setter) {
        try {
            for (var f : FEATURES.entrySet()) setter.set(f.getKey(), f.getValue());
        } catch (Exception e) {
            throw new IllegalStateException("XML parser cannot be secured", e);
        }
    }

    public static DocumentBuilderFactory documentBuilderFactory() {
        // Use the JDK's built-in parser explicitly, whatever else is on the classpath.
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        secure(f::setFeature);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    public static SAXParserFactory saxParserFactory() {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        secure(f::setFeature);
        return f;
    }
}
