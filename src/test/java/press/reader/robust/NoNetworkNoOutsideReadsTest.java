package press.reader.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.reader.publish.BuildRequest;
import press.reader.support.TestBooks;

/**
 * A whole build (PDF and EPUB) opens no network connection and reads no file next to the manuscript folder.
 * A recording security manager (still available in Java 17) watches every socket and file access during the
 * build; it refuses nothing, so the build runs as usual.
 */
@Tag("slow")   // builds a whole book under a recording security manager (see README, Tests)
class NoNetworkNoOutsideReadsTest {
    @TempDir
    Path tmp;

    /** Records socket connections and reads under {@code watched} that are not under one of {@code allowed}. */
    static final class Recorder extends SecurityManager {
        final List<String> connects = Collections.synchronizedList(new ArrayList<>());
        final List<String> outsideReads = Collections.synchronizedList(new ArrayList<>());
        private final String watched;
        private final List<String> allowed;

        Recorder(Path watched, List<Path> allowed) {
            this.watched = watched.toAbsolutePath().normalize().toString();
            this.allowed = allowed.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        }

        @Override
        public void checkPermission(Permission perm) {
            if (perm instanceof java.net.SocketPermission sp && (sp.getActions().contains("connect")
                    || sp.getActions().contains("resolve"))) {
                connects.add(sp.getName() + " " + sp.getActions());
            } else if (perm instanceof java.io.FilePermission fp && fp.getActions().contains("read")) {
                String name = fp.getName();
                if (name.startsWith(watched) && allowed.stream().noneMatch(name::startsWith)) outsideReads.add(name);
            }
        }

        @Override
        public void checkPermission(Permission perm, Object context) {
            checkPermission(perm);
        }
    }

    @Test
    @SuppressWarnings("removal")
    void aBuildOpensNoConnectionAndReadsNothingBesideTheManuscript() throws IOException {
        HostileBook.get(); // warm the shared builder (fonts, stylesheets) outside the watched build
        Path ms = Hostile.copyMini(tmp);
        Files.writeString(tmp.resolve("secret.txt"), "next to the manuscript");
        Path out = tmp.resolve("out");
        Recorder recorder = new Recorder(tmp, List.of(ms, out));
        try {
            System.setSecurityManager(recorder);
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "this JVM does not allow a security manager: " + e.getMessage());
        }
        try {
            Hostile.builder().build(new BuildRequest(ms, out, Set.of("pdf", "epub"), TestBooks.EPOCH));
        } finally {
            System.setSecurityManager(null);
        }
        assertEquals(List.of(), recorder.connects, "network access during a build");
        assertEquals(List.of(), recorder.outsideReads, "files read beside the manuscript");
    }
}
