package press.reader.layout;

import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import javax.xml.transform.TransformerFactory;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.configuration.Configuration;
import org.apache.fop.configuration.ConfigurationException;
import org.apache.fop.configuration.DefaultConfigurationBuilder;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.apache.fop.fo.FONode;
import org.apache.fop.fo.FObj;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.layoutmgr.LayoutManager;
import org.apache.fop.render.intermediate.IFUtil;
import org.xml.sax.helpers.DefaultHandler;
import press.reader.diagnostics.UserError;

/**
 * Apache FOP, configured from styles/fop.xconf (fonts, PDF settings). The factory is built once per styles folder
 * and reused, so a warm JVM loads fonts once.
 */
public final class FopEngine {
    private final FopFactory factory;
    private final AtomicInteger pdfRenders = new AtomicInteger();
    private final AtomicInteger layoutsOnly = new AtomicInteger();
    /** The fonts read by this factory's runs, lent to the runs after them (FOP would read them again in each). */
    private final SharedFonts fonts;

    /** FOP's own messages from one run, kept so that the command line can summarise them. */
    public static final class Messages {
        public final List<String> warnings = new ArrayList<>();
        /** For each warning, the id of the nearest formatting object with one around its source (or null). */
        public final List<String> warningIds = new ArrayList<>();
        /** For each warning, the folio of the page it names (page overflows), or null. */
        public final List<String> warningPages = new ArrayList<>();
        public final List<String> errors = new ArrayList<>();
    }

    public FopEngine(Path stylesDir) {
        // FOP writes the PDF's dates (Info dictionary, XMP) in the JVM's default time zone and takes no other, so
        // a build in Auckland gave other bytes than the same build in London. Nothing else in bookpress reads the
        // default zone (the cover and the EPUB name UTC themselves), so the process's zone is fixed to UTC here,
        // before any FOP run. ReproducibleBuildTest builds in a child JVM in another zone to keep it so.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        nameTransformerFactory();
        Path conf = stylesDir.resolve("fop.xconf");
        try {
            Configuration cfg = new DefaultConfigurationBuilder().buildFromFile(conf.toFile());
            FopFactoryBuilder builder = new FopFactoryBuilder(stylesDir.toUri()).setConfiguration(cfg);
            builder.setStrictFOValidation(false);
            this.factory = builder.build();
            // No font cache, whatever fop.xconf says: FOP otherwise reads and writes ~/.fop/fop-fonts.cache, outside
            // the book and the tool and shared by every build on the machine, and may leave out a font it once noted
            // there as failed. The fonts are named one by one: nothing to look up. (The italic run a cold build now and
            // then set in base-14 Times was not the cache's doing: see #configuration.)
            this.factory.getFontManager().disableFontCache();
        } catch (ConfigurationException e) {
            throw UserError.at(conf.toString(), 0, "BP210", "FOP configuration is invalid: " + e.getMessage());
        }
        this.fonts = new SharedFonts();
    }

    /**
     * FOP writes each PDF's XMP metadata (and draws each SVG) through {@code TransformerFactory.newInstance()}, which,
     * unless a system property names the factory, looks it up among the class path's service files afresh every time,
     * reading the jars again without a cache; Saxon's jar, which names the factory, is signed, so its 370 kB manifest
     * was verified again each time: one lookup per PDF FOP draws (a page sequence of the print or the screen PDF),
     * 6 % of a ten-times book's CPU. The lookup is made once and its answer named, as JAXP lets a system property name
     * it: every later call makes the very class the lookup found. (The tests' JVMs are given the name in the pom.)
     */
    static void nameTransformerFactory() {
        String key = TransformerFactory.class.getName();
        if (System.getProperty(key) == null) {
            System.setProperty(key, TransformerFactory.newInstance().getClass().getName());
        }
    }

    private FopEngine(FopEngine shared) {
        this.factory = shared.factory;
        this.fonts = shared.fonts;
    }

    /**
     * This engine's factory and fonts with a count of runs of its own ({@link #work}): the runs of one build, not
     * those of another build in the same process still finishing beside (a cancelled render runs on to its end).
     */
    public FopEngine countedApart() {
        return new FopEngine(this);
    }

    /** Whether FOP keeps a font cache (never: see the constructor). */
    boolean usesFontCache() {
        return factory.getFontManager().getFontCache() != null;
    }

    /**
     * A FOP run: the handler to feed with XSL-FO SAX events, the page map it records while laying out (asked during
     * the run, of the page sequences laid out so far), and the count of pages laid out so far.
     */
    public record Run(DefaultHandler handler, Function<Iterable<String>, PageMap> pageMap,
                      IntSupplier pagesLaidOut) {}

    /** Starts a FOP run writing a PDF to {@code out}, recording on which page every id lands. */
    public Run startRecording(OutputStream out, Messages messages, Consumer<FOUserAgent> setup) {
        pdfRenders.incrementAndGet();
        return record(out, messages, setup, true);
    }

    /**
     * Starts a FOP run that lays the pages out as {@link #startRecording} does (same fonts, same page map) but renders
     * nothing: for a pass whose PDF would be thrown away ({@link LayoutOnlyRenderer}).
     */
    public Run startLayoutOnly(Messages messages, Consumer<FOUserAgent> setup) {
        layoutsOnly.incrementAndGet();
        return record(OutputStream.nullOutputStream(), messages, setup, false);
    }

    /** The FOP runs of this engine so far: PDFs rendered, and layouts that rendered nothing. */
    public record Work(int pdfRenders, int layoutsOnly) {}

    public Work work() {
        return new Work(pdfRenders.get(), layoutsOnly.get());
    }

    /** The fonts read by FOP in this engine's runs so far, and the copies of them lent to later runs instead. */
    public record FontWork(int readByFop, int lent) {}

    public FontWork fontWork() {
        SharedFonts.Work w = fonts.work();
        return new FontWork(w.readByFop(), w.lent());
    }

    /**
     * Reads every font of the PDF renderer's configuration that no run has read yet and keeps it for the runs to
     * come: work for a core with nothing else to do (a build's second core while the first layout pass starts).
     */
    public void readFonts() {
        try {
            FontInfo fontInfo = new FontInfo();
            synchronized (configuration()) {
                FOUserAgent agent = factory.newFOUserAgent();
                IFUtil.setupFonts(agent.getRendererFactory().createDocumentHandler(agent, MimeConstants.MIME_PDF), fontInfo);
            }
            fonts.readAll(fontInfo);
        } catch (FOPException | RuntimeException e) {
            // the runs read their fonts themselves, and report what they cannot read
        }
    }

    private Run record(OutputStream out, Messages messages, Consumer<FOUserAgent> setup, boolean pdf) {
        PageRecorder[] recorder = new PageRecorder[1];
        DefaultHandler handler = start(out, MimeConstants.MIME_PDF, messages, agent -> {
            if (setup != null) setup.accept(agent);
            try {
                // the renderer is chosen before the recorder makes it
                if (pdf) LinkActions.install(agent, MimeConstants.MIME_PDF);
                else agent.setRendererOverride(new LayoutOnlyRenderer(agent));
                recorder[0] = new PageRecorder(agent, MimeConstants.MIME_PDF, out, fonts);
            } catch (FOPException e) {
                throw new IllegalStateException("FOP could not start: " + e.getMessage(), e);
            }
            agent.setFOEventHandlerOverride(recorder[0]);
        });
        return new Run(handler, ids -> recorder[0].pageMap(ids), () -> recorder[0].pagesLaidOut());
    }

    /** Starts a FOP run writing {@code mime} to {@code out}; feed the returned handler with XSL-FO SAX events. */
    public DefaultHandler start(OutputStream out, String mime, Messages messages, Consumer<FOUserAgent> setup) {
        synchronized (configuration()) {
            return startAlone(out, mime, messages, setup);
        }
    }

    /**
     * What every FOP run of this factory is set up under, one at a time: FOP keeps fop.xconf as a DOM and reads it
     * while it sets a run up (each run's renderer configuration, {@code FOUserAgent.getRendererConfiguration}, before
     * it locks the factory for its cache of parsed configurations), and a DOM is not safe to read from two threads at
     * once (Xerces keeps one cache of a node's child list: a cold build, its fonts read on the second core while the
     * first layout starts, now and then failed with a NullPointerException in that cache; the intermittent PDF/A
     * failure of a cold build, an italic run set in base-14 Times, is most likely the same race leaving a font out of
     * the configuration parsed meanwhile). The factory is the lock FOP's own cache takes; the layout runs unlocked.
     */
    Object configuration() {
        return factory;
    }

    private DefaultHandler startAlone(OutputStream out, String mime, Messages messages, Consumer<FOUserAgent> setup) {
        FOUserAgent agent = factory.newFOUserAgent();
        agent.setProducer("bookpress");
        agent.setCreator("bookpress");
        agent.setAccessibility(false);
        agent.getEventBroadcaster().addEventListener((Event event) -> {
            String text = EventFormatter.format(event);
            if (event.getSeverity() == EventSeverity.ERROR || event.getSeverity() == EventSeverity.FATAL) {
                messages.errors.add(text);
            } else if (event.getSeverity() == EventSeverity.WARN) {
                messages.warnings.add(text);
                messages.warningIds.add(idAround(event.getSource()));
                messages.warningPages.add(event.getParam("page") instanceof String page ? page : null);
            }
        });
        if (setup != null) setup.accept(agent);
        String format = mime == null ? MimeConstants.MIME_PDF : mime;
        if (MimeConstants.MIME_PDF.equals(format)) LinkActions.install(agent, format);     // unless made already
        try {
            Fop fop = factory.newFop(format, agent, out);
            return fop.getDefaultHandler();
        } catch (FOPException e) {
            throw new IllegalStateException("FOP could not start: " + e.getMessage(), e);
        }
    }

    /**
     * The id of the nearest formatting object with one that holds an event's source (a layout manager or an FO
     * node): every paragraph and division of the book has an id, so an overflow can be placed in the manuscript.
     */
    static String idAround(Object source) {
        if (!(source instanceof LayoutManager) && !(source instanceof FONode)
                && source != null) {
            // A line overflow comes from the line-breaking algorithm, an inner class of its layout manager.
            try {
                Field outer = source.getClass().getDeclaredField("this$0");
                outer.setAccessible(true);
                source = outer.get(source);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        FONode node = source instanceof LayoutManager lm ? lm.getFObj()
                : source instanceof FONode n ? n : null;
        for (FONode n = node; n != null; n = n.getParent()) {
            if (n instanceof FObj o && o.getId() != null && !o.getId().isEmpty()) return o.getId();
        }
        return null;
    }
}
