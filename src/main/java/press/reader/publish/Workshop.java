package press.reader.publish;

import java.nio.file.Path;
import java.util.List;
import press.reader.assemble.CitationWriterFactory;
import press.reader.layout.FopEngine;
import press.reader.publish.BookBuilder.ManuscriptCheck;
import press.reader.xml.Xslt;

/**
 * The warm parts of a build: what is slow to make and the same from one build to the next. The compiled stylesheets
 * (recompiled by {@link Xslt} itself when a stylesheet changes), the FOP factory with its fonts (made on first use),
 * the citation processor, and the manuscript checks (with the results they remember, such as fidelity to the
 * sources). Made once by the composition root ({@code cli/Builders}) and shared by every builder that uses the same
 * styles: the command line, {@code watch}, the editor's desk, the tests and the benchmark.
 */
public final class Workshop {
    private final Path stylesDir;
    private final Xslt xslt;
    private final CitationWriterFactory citations;
    private final List<ManuscriptCheck> checks;
    private FopEngine fop;

    public Workshop(Path stylesDir, CitationWriterFactory citations, List<ManuscriptCheck> checks) {
        this.stylesDir = stylesDir;
        this.xslt = new Xslt(stylesDir);
        this.citations = citations;
        this.checks = List.copyOf(checks);
    }

    public Path stylesDir() {
        return stylesDir;
    }

    public Xslt xslt() {
        return xslt;
    }

    public CitationWriterFactory citations() {
        return citations;
    }

    /** The checks of the manuscript that run before assembly, in order. */
    public List<ManuscriptCheck> checks() {
        return checks;
    }

    /** FOP reads its configuration and the fonts once: a change to either needs a new workshop. */
    public synchronized FopEngine fop() {
        if (fop == null) fop = new FopEngine(stylesDir);
        return fop;
    }
}
