/**
 * The editor's desk behind {@code bookpress serve}: a page on 127.0.0.1 that shows the book as it reads (the HTML
 * edition) and as it prints (the proof spreads), the problems of the last build at their file and line, and what
 * changed since the build before. {@link press.reader.desk.Desk} rebuilds on every save with the {@code watch}
 * package's warm {@link press.reader.watch.Rebuilder} and keeps the last good book; {@link press.reader.desk.DeskServer}
 * serves it with the JDK's own HTTP server and pushes each new build to the page with server-sent events.
 */
package press.reader.desk;
