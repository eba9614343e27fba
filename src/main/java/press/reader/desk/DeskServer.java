package press.reader.desk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the editor's desk with the JDK's own HTTP server, on the loopback interface only. Every address it answers
 * is in the routing table below; nothing maps a request path to a file, so no path can lead outside the manuscript
 * and output folders, and there are no directory listings. Requests naming another host (DNS rebinding) are refused.
 * The page, its script and its styles come from the jar: no network is needed.
 */
public final class DeskServer implements Closeable {
    private static final String RESOURCES = "/press/reader/desk/";
    private static final Map<String, String[]> ASSETS = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/desk.js", new String[] {"desk.js", "text/javascript; charset=utf-8"},
            "/desk.css", new String[] {"desk.css", "text/css; charset=utf-8"});
    private static final Pattern SPREAD = Pattern.compile("/proof/(\\d{1,6})\\.png");
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "frame-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** The book and the cleanup report run no script and load nothing: their styles are inline. */
    private static final String DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private final Desk desk;
    private final HttpServer server;
    private final ExecutorService threads;
    private final ServerEvents events = new ServerEvents();

    private DeskServer(Desk desk, HttpServer server, ExecutorService threads) {
        this.desk = desk;
        this.server = server;
        this.threads = threads;
    }

    /** Starts serving {@code desk} on 127.0.0.1 at {@code port} (0: any free port). */
    public static DeskServer start(Desk desk, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bookpress-desk-http");
            t.setDaemon(true);
            return t;
        });
        DeskServer s = new DeskServer(desk, server, threads);
        server.createContext("/", s::handle);
        server.setExecutor(threads);
        desk.onBuild(s.events::publish);
        server.start();
        return s;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange ex) {
        boolean streaming = false;
        try {
            var h = ex.getResponseHeaders();
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Referrer-Policy", "no-referrer");
            h.set("Cache-Control", "no-store");
            if (!allowedHost(ex.getRequestHeaders().getFirst("Host"))) {
                text(ex, 403, "only this machine's own address may ask the desk");
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                h.set("Allow", "GET, HEAD");
                text(ex, 405, "the desk only answers GET");
                return;
            }
            String path = ex.getRequestURI().getRawPath();
            streaming = route(ex, path == null ? "" : path);
        } catch (IOException e) {
            // The page went away mid-answer (reloaded, closed): nothing to do.
        } finally {
            if (!streaming) ex.close();
        }
    }

    /** Answers the request; true when the answer is an event stream that stays open. */
    private boolean route(HttpExchange ex, String path) throws IOException {
        String[] asset = ASSETS.get(path);
        if (asset != null) {
            ex.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
            send(ex, 200, asset[1], resource(asset[0]));
            return false;
        }
        switch (path) {
            case "/state" -> send(ex, 200, "application/json; charset=utf-8",
                    Json.write(desk.state()).getBytes(StandardCharsets.UTF_8));
            case "/book" -> document(ex, desk.html(), "The book has not been built yet; it appears here when the first build succeeds.");
            case "/cleanup" -> document(ex, Files.isRegularFile(desk.cleanupReport()) ? Files.readAllBytes(desk.cleanupReport()) : null,
                    "No essay of this manuscript was imported from a capture, so there is no cleanup report.");
            case "/events" -> {
                if (ex.getRequestMethod().equals("HEAD")) {
                    send(ex, 200, "text/event-stream", new byte[0]);
                    return false;
                }
                events.open(ex, desk::generation);
                return true;
            }
            default -> spread(ex, path);
        }
        return false;
    }

    private void spread(HttpExchange ex, String path) throws IOException {
        Matcher m = SPREAD.matcher(path);
        BuildSnapshot good = desk.good();
        if (m.matches() && good != null) {
            int index = Integer.parseInt(m.group(1));
            if (index < good.spreadCount()) {
                send(ex, 200, "image/png", good.spreadPng(index));
                return;
            }
        }
        text(ex, 404, "not found");
    }

    private void document(HttpExchange ex, byte[] html, String missing) throws IOException {
        ex.getResponseHeaders().set("Content-Security-Policy", DOCUMENT_POLICY);
        if (html == null) {
            html = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not yet</title></head><body><p>"
                    + missing + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        }
        send(ex, 200, "text/html; charset=utf-8", html);
    }

    /** Host names that mean this machine; anything else is a page elsewhere trying to reach the desk. */
    private boolean allowedHost(String host) {
        if (host == null) return false;
        int port = server.getAddress().getPort();
        return Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port).contains(host.toLowerCase(Locale.ROOT));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DeskServer.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IOException("missing from the jar: " + name);
            return in.readAllBytes();
        }
    }

    private static void text(HttpExchange ex, int status, String message) throws IOException {
        send(ex, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
