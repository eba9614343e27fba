package press.reader.desk;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The pages listening for builds, as server-sent events: {@code building} when a build starts, {@code build} with
 * the build's number when it has finished (the page then asks for the new state). A comment every 15 seconds keeps
 * the connection open and finds the pages that have gone.
 */
final class ServerEvents {
    private final List<OutputStream> pages = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bookpress-desk-events");
        t.setDaemon(true);
        return t;
    });

    ServerEvents() {
        keepAlive.scheduleAtFixedRate(() -> send(": still here\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    /** Starts the event stream of one page, telling it the current build at once. */
    void open(HttpExchange ex, IntSupplier generation) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.sendResponseHeaders(200, 0);
        open(ex.getResponseBody(), generation);
    }

    /**
     * The page is listed before the current build is read: read first, a build finishing in between was announced to
     * the pages listed then, this one not yet, and the page, having heard once, showed the older build until the next
     * save. Listed first, it hears that build's event, or reads its number, or both (a page asks again only for a build
     * it does not show).
     */
    void open(OutputStream out, IntSupplier generation) throws IOException {
        pages.add(out);
        write(out, "retry: 1000\nevent: build\ndata: " + generation.getAsInt() + "\n\n");
    }

    /** {@code n} below 0: a build has started; otherwise build {@code n} has finished. */
    void publish(int n) {
        send(n < 0 ? "event: building\ndata: \n\n" : "event: build\ndata: " + n + "\n\n");
    }

    private void send(String event) {
        for (OutputStream out : pages) {
            try {
                write(out, event);
            } catch (IOException e) {
                pages.remove(out);
                try {
                    out.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
        }
    }

    private static void write(OutputStream out, String event) throws IOException {
        synchronized (out) {
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    void close() {
        keepAlive.shutdownNow();
        for (OutputStream out : pages) {
            try {
                out.close();
            } catch (IOException e) {
                // already gone
            }
        }
        pages.clear();
    }
}
