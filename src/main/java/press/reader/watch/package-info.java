/**
 * The editor's loop behind {@code bookpress watch}: a {@link press.reader.watch.FolderWatcher} turns file-system
 * events under the manuscript and styles folders into settled batches (debounced, editor temp files ignored), and a
 * {@link press.reader.watch.Rebuilder} rebuilds the book for each batch with one long-lived, warm
 * {@link press.reader.publish.BookBuilder}. {@link press.reader.watch.WatchSession} joins the two; it never sleeps on
 * its own, so a test drives it one batch at a time.
 */
package press.reader.watch;
