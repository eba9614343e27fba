package press.reader.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlInlineFrame;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.WebConnectionWrapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.reader.support.HangGuard;
import press.reader.support.ManuscriptCopy;
import press.reader.support.TestBooks;

/**
 * The editor's desk as an editor uses it, in a browser engine (HtmlUnit): the page shows the small book, a save
 * updates it and the change view, a broken save lists its error at its file and line and keeps the last good book.
 * Then what the server must refuse: other hosts, other methods, paths out of its table (traversal), listings.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorsDeskTest {
    @TempDir
    static Path dir;

    static Path manuscript;
    static Desk desk;
    static DeskServer server;
    static WebClient browser;
    static HtmlPage page;
    static final StringWriter log = new StringWriter();
    /** The page's asks for the build's state answered so far: how a test knows the page has looked again. */
    static final AtomicInteger stateAnswers = new AtomicInteger();
    /** How often the page asks for the state (its fallback for a browser without EventSource, as HtmlUnit is). */
    static final int ASK_EVERY_MILLIS = 200;

    @BeforeAll
    static void start() throws Exception {
        manuscript = dir.resolve("manuscript");
        ManuscriptCopy.of(TestBooks.MINI_MANUSCRIPT, manuscript);
        desk = new Desk(new Desk.Settings(manuscript, dir.resolve("output"), TestBooks.STYLES, () -> TestBooks.EPOCH,
                EditorLinks.of("editor://open?file={path}&line={line}"), code -> java.util.Optional.of(
                        new Explanations.Explanation("title for " + code, "help for " + code))),
                TestBooks::newBuilder, new PrintWriter(log), new PrintWriter(log));
        server = DeskServer.start(desk, 0);
        desk.start();
        // the page is opened while the first build runs, as an editor opens it: the page's wait for an event runs
        // beside the build (HtmlUnit's EventSource never connects). The page's address has it ask every 200 ms, not
        // every second after three (?poll=200): each wait of the test for the page to ask was up to a second idle.
        browser = new WebClient();
        browser.getOptions().setThrowExceptionOnScriptError(true);
        browser.getOptions().setCssEnabled(false);
        new WebConnectionWrapper(browser) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                WebResponse response = super.getResponse(request);
                if (request.getUrl().getPath().equals("/state")) stateAnswers.incrementAndGet();
                return response;
            }
        };
        page = browser.getPage(server.uri() + "?poll=" + ASK_EVERY_MILLIS);
        assertTrue(HangGuard.run(() -> desk.awaitGeneration(1, HangGuard.LIMIT)), log.toString());
        showsBuild(1);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.close();
        if (server != null) server.close();
        if (desk != null) desk.close();
    }

    @Test
    @Order(1)
    void thePageShowsTheBookAndItsPageCount() {
        int pages = desk.good().pages();
        assertTrue(pages > 4, "pages: " + pages);
        assertEquals(pages + " pages", page.getElementById("pages").getTextContent());
        waitForBook("In October 1917 the soviets took power in Petrograd.");
        String book = bookText();
        assertTrue(book.contains("Alpha on the Soviets"), book);
        assertTrue(book.contains("In October 1917 the soviets took power in Petrograd."), book);
        // The proof: one picture per spread, each a PNG the server draws with PDFBox.
        assertEquals(desk.good().spreadCount(), page.getElementById("spreads").getChildElementCount());
    }

    @Test
    @Order(2)
    void aSaveUpdatesTheBookAndTheChangeViewListsTheChangedPagesAndTheEdit() throws Exception {
        Path alpha = manuscript.resolve("essays/alpha.md");
        String text = Files.readString(alpha, StandardCharsets.UTF_8);
        saveAndAwaitTheBuild(alpha, text.replace("took power in Petrograd.",
                "took power in Petrograd. The desk saw this sentence arrive."));
        waitForBook("The desk saw this sentence arrive.");

        String changedPages = page.getElementById("changed-pages").getTextContent();
        assertTrue(changedPages.matches("Pages? changed: \\d+(, \\d+)*.*"), changedPages);
        int firstChanged = Integer.parseInt(changedPages.replaceAll("^\\D+(\\d+).*$", "$1"));
        String pageText = desk.good().pageTexts.get(firstChanged - 1);
        assertTrue(pageText.contains("desk saw") || desk.good().pageTexts.stream().skip(firstChanged - 1)
                .anyMatch(t -> t.contains("desk saw")), "page " + firstChanged + " is not where the edit is");
        String changes = page.getElementById("changes").getTextContent();
        assertTrue(changes.contains("essays/alpha.md"), changes);
        assertTrue(changes.contains("+In October 1917 the soviets took power in Petrograd. The desk saw this sentence arrive."), changes);
        assertTrue(changes.contains("-In October 1917 the soviets took power in Petrograd. Vladiwostok"), changes);
        // The changed spread is marked in the proof.
        assertTrue(page.getElementById("spreads").asXml().contains("class=\"changed\""), "no spread marked as changed");
    }

    @Test
    @Order(3)
    void aBrokenSaveListsItsErrorAtItsFileAndLineAndKeepsTheLastGoodBook() throws Exception {
        Path alpha = manuscript.resolve("essays/alpha.md");
        String text = Files.readString(alpha, StandardCharsets.UTF_8);
        saveAndAwaitTheBuild(alpha, text.replaceFirst("title:", "titel:"));

        String problems = page.getElementById("problems").getTextContent();
        assertTrue(problems.contains("essays/alpha.md:2"), problems);
        assertTrue(problems.contains("error"), problems);
        assertTrue(problems.contains("title for BP"), "the code's explanation: " + problems);
        String editorLink = page.getElementById("problems").asXml();
        assertTrue(editorLink.contains("editor://open?file=" + manuscript.toAbsolutePath().resolve("essays/alpha.md")
                .toString().replace(" ", "%20") + "&amp;line=2"), editorLink);
        assertFalse(page.getElementById("failure").hasAttribute("hidden"), "the failure is not announced");
        // A state already shown is not drawn again as the page asks again (HtmlUnit has no EventSource):
        // a redraw would close the editor's open "How to fix it" each second. The page is waited for until it has
        // asked again and handled the answer (a fixed wait could pass without an ask on a loaded machine).
        var firstProblem = page.getElementById("problems").getFirstElementChild();
        askedAgain();
        assertTrue(firstProblem == page.getElementById("problems").getFirstElementChild(), "the problems were drawn again");
        // The last good book stays, with the last good edit.
        assertTrue(bookText().contains("The desk saw this sentence arrive."), "the last good book was lost");
        assertEquals(desk.good().pages() + " pages", page.getElementById("pages").getTextContent());
    }

    @Test
    @Order(4)
    void theViewsAreTabsTheKeyboardReaches() throws Exception {
        var book = (org.htmlunit.html.HtmlElement) page.getElementById("tab-book");
        book.focus();
        pressKey("tab-book", "ArrowRight");
        browser.waitForBackgroundJavaScript(200);
        assertEquals("true", page.getElementById("tab-proof").getAttribute("aria-selected"));
        assertFalse(page.getElementById("view-proof").hasAttribute("hidden"), "the proof is not shown");
        assertTrue(page.getElementById("view-book").hasAttribute("hidden"), "the book is still shown");
        assertEquals(page.getElementById("tab-proof"), page.getFocusedElement(), "focus did not follow the tab");
        pressKey("tab-proof", "ArrowLeft");
        assertEquals("true", page.getElementById("tab-book").getAttribute("aria-selected"));
    }

    @Test
    void theServerListensOnTheLoopbackInterfaceOnly() {
        assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../../../../etc/passwd", "/book/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
            "/proof/../../../etc/passwd", "/proof/-1.png", "/proof/99999.png", "/desk.js/..", "/..%2fpom.xml",
            "/manuscript/essays/alpha.md", "/output/", "/proof/", "/.cache/", "//etc/passwd", "/book.xml",
            "/cleanup/../../pom.xml", "/press/reader/desk/desk.js", "/C:%5cWindows%5cwin.ini"})
    void pathsOutsideTheTableAreRefusedWithNoListing(String path) throws IOException {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.address().getPort() + "\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 404"), path + " -> " + response);
        assertFalse(response.contains("root:"), response);
        assertFalse(response.contains("<li>"), "a listing: " + response);
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws IOException {
        String response = raw("GET /state HTTP/1.1\r\nHost: attacker.example:" + server.address().getPort()
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 403"), response);
    }

    @Test
    void onlyGetIsAnswered() throws IOException {
        String response = raw("POST /state HTTP/1.1\r\nHost: 127.0.0.1:" + server.address().getPort()
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 405"), response);
    }

    @Test
    void everyScriptAndStyleComesFromTheServerItself() throws IOException {
        String index = raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.address().getPort() + "\r\nConnection: close\r\n\r\n");
        assertTrue(index.startsWith("HTTP/1.1 200"), index);
        assertTrue(index.toLowerCase(java.util.Locale.ROOT).contains("content-security-policy: default-src 'self'"), index);
        assertFalse(index.contains("http://") && index.replace("http://127.0.0.1", "").contains("http://"), "an outside address");
        assertFalse(index.contains("https://"), "an outside address");
    }

    @Test
    void theEventStreamAnnouncesTheCurrentBuildAtOnce() throws IOException {
        try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
            s.setSoTimeout((int) HangGuard.LIMIT.toMillis());
            OutputStream out = s.getOutputStream();
            out.write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1:" + server.address().getPort() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.startsWith("data: ")) break;
            }
            assertTrue(seen.toString().contains("text/event-stream"), seen.toString());
            assertTrue(seen.toString().contains("event: build\n"), seen.toString());
            assertTrue(seen.toString().matches("(?s).*data: \\d+\n$"), seen.toString());
        }
    }

    /** A key pressed on a focused element, as the browser reports it to the page's script. */
    private static void pressKey(String id, String key) {
        page.executeJavaScript("document.getElementById('" + id + "').dispatchEvent(new KeyboardEvent('keydown', {key: '"
                + key + "', bubbles: true}))");
        browser.waitForBackgroundJavaScript(100);
    }

    /**
     * Saves {@code file} as an IDE does (the whole text written beside it under a name the watcher ignores, then
     * renamed over it), waits for the desk to build the save and for the page to show that build. The number of the
     * build to wait for is taken before the save: taken after it, a test thread held back while the desk built the save
     * (a loaded machine) waited for a build that never came. A save written in place could be seen twice (truncated,
     * then written) and built twice, the page redrawing the second while the test read the first.
     */
    private static void saveAndAwaitTheBuild(Path file, String text) throws IOException {
        int n = desk.generation() + 1;
        Path whole = file.resolveSibling(file.getFileName() + "___jb_tmp___");
        Files.writeString(whole, text, StandardCharsets.UTF_8);
        Files.move(whole, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertTrue(HangGuard.run(() -> desk.awaitGeneration(n, HangGuard.LIMIT)), log.toString());
        showsBuild(n);
    }

    /**
     * Waits until the page shows build {@code n} or a later one (HtmlUnit has no EventSource: the page asks every
     * {@value #ASK_EVERY_MILLIS} ms); the page sets the number once the build is drawn. A later build (nothing the test does makes one) is
     * waited past rather than waited for for ever.
     */
    private static void showsBuild(int n) {
        HangGuard.run(() -> {
            while (shownBuild() < n) browser.waitForBackgroundJavaScript(ASK_EVERY_MILLIS);
            return null;
        });
    }

    /**
     * Waits until the page has asked for the state once more than it had and its script has handled the answer: the
     * script that asked runs the answer's callback in the same job, which is waited for (the next ask is
     * {@value #ASK_EVERY_MILLIS} ms away).
     */
    private static void askedAgain() {
        int answered = stateAnswers.get();
        HangGuard.run(() -> {
            while (stateAnswers.get() <= answered) browser.waitForBackgroundJavaScript(50);
            browser.waitForBackgroundJavaScriptStartingBefore(0);
            return null;
        });
    }

    private static int shownBuild() {
        String shown = page.getBody().getAttribute("data-generation");
        return shown.matches("\\d+") ? Integer.parseInt(shown) : -1;
    }

    private static void waitForBook(String words) {
        HangGuard.run(() -> {
            while (!bookText().contains(words)) browser.waitForBackgroundJavaScript(200);
            return null;
        });
    }

    private static String bookText() {
        var frame = (HtmlInlineFrame) page.getElementById("book");
        var inner = frame.getEnclosedPage();
        return inner instanceof HtmlPage html && html.getBody() != null ? html.getBody().getTextContent() : "";
    }

    /** Sends bytes exactly as written (no client library to tidy the path first) and reads the whole answer. */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
            s.setSoTimeout((int) HangGuard.LIMIT.toMillis());
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
