package press.reader.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherFlagsTest {
    @Test
    void readsTheOneShotBranchNotWatchs() {
        String script = "case \"$1\" in\n    watch|serve) flags=\"-XX:+UseSerialGC\" ;;\n"
                + "    *) flags=\"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC  -XX:NewRatio=1\" ;;\nesac\n";
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:NewRatio=1"), LauncherFlags.oneShot(script));
    }

    @Test
    void theRealLauncherHasOneShotFlags() {
        List<String> flags = LauncherFlags.oneShot(Path.of("bin/bookpress"));
        System.out.println("bin/bookpress one-shot flags: " + flags);
        assertTrue(flags.contains("-XX:+UseSerialGC"), flags.toString());
        assertTrue(flags.stream().allMatch(f -> f.startsWith("-")), flags.toString());
    }

    @Test
    void aLauncherWithoutThemIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LauncherFlags.oneShot("exec java -jar x.jar \"$@\"\n"));
    }
}
