package press.reader.xml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.om.Item;
import net.sf.saxon.om.SequenceIterator;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.trans.XPathException;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Severity;
import press.reader.diagnostics.UserError;

/**
 * A design value the styles refuse: a stylesheet raises {@code error(QName('urn:bookpress', 'bp:BP581'), message,
 * parameter names)}. The diagnostic carries the catalogue's code and is placed at the first of those parameters the
 * book's stylesheet (its design, or the stock one) declares, in its file or a module in its folder, so that the
 * designer is sent to the line to mend, not to the stock module that noticed.
 */
final class StylesheetRefusal {
    static final String NAMESPACE = "urn:bookpress";
    /** The codes the stock styles raise (the catalogue's entries say what each means): a time line's empty focus */
    static final Set<String> RAISED_BY_STYLES = Set.of("BP581");

    private StylesheetRefusal() {}

    /** The refusal {@code e} carries, or null when it is not one (a stylesheet's own failure) */
    static UserError of(Path stylesheet, SaxonApiException e) {
        QName code = e.getErrorCode();
        if (code == null || !NAMESPACE.equals(code.getNamespace()) || !RAISED_BY_STYLES.contains(code.getLocalName())) return null;
        String message = e.getCause() instanceof XPathException x ? x.getMessage() : e.getMessage();
        for (String name : parameters(e)) {
            Diagnostic at = declaration(stylesheet, name, code.getLocalName(), message);
            if (at != null) return new UserError(at);
        }
        return UserError.at(stylesheet.toString(), 0, code.getLocalName(), message);
    }

    /** The names the error object lists (the design's parameters the refusal is about) */
    private static List<String> parameters(SaxonApiException e) {
        List<String> names = new ArrayList<>();
        if (e.getCause() instanceof XPathException x && x.getErrorObject() != null) {
            try {
                SequenceIterator items = x.getErrorObject().iterate();
                for (Item item = items.next(); item != null; item = items.next()) names.add(item.getStringValue());
            } catch (RuntimeException ignored) {
                // no names: the refusal is placed at the stylesheet
            }
        }
        return names;
    }

    /** Where {@code name} is declared ({@code name="…"}): in the stylesheet itself, else in a module beside or below it */
    private static Diagnostic declaration(Path stylesheet, String name, String code, String message) {
        Pattern declared = Pattern.compile("<xsl:(?:param|variable)\\s+name=\"" + Pattern.quote(name) + "\"");
        List<Path> files = new ArrayList<>(List.of(stylesheet));
        try (Stream<Path> modules = Files.walk(stylesheet.toAbsolutePath().getParent())) {
            modules.filter(p -> p.toString().endsWith(".xsl") && !p.equals(stylesheet.toAbsolutePath())).sorted().forEach(files::add);
        } catch (IOException ignored) {
            // the stylesheet alone
        }
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException ex) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = declared.matcher(lines.get(i));
                if (m.find()) return new Diagnostic(Severity.ERROR, file.toString(), i + 1, m.start() + 1, code, message);
            }
        }
        return null;
    }
}
