package press.reader.publish;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import press.reader.diagnostics.Diagnostic;
import press.reader.diagnostics.Diagnostics;
import press.reader.diagnostics.UserError;

/**
 * The manuscript checks run beside the assembly, and what they find reaches the build as if they had run before it:
 * the checks' findings before the assembly's, and their errors stop the build when it joins them.
 */
class ChecksBesideTest {
    private final SecondCore core = new SecondCore();

    @Test
    void theChecksFindingsComeBeforeTheAssemblysAtTheSamePlace() {
        Diagnostics build = new Diagnostics();
        build.warning("a.md", 3, "BP001", "read");
        ChecksBeside checks = ChecksBeside.start(core, List.of((ms, d) -> d.warning("a.md", 3, "BP002", "check")),
                null, build);
        checks.assembling().warning("a.md", 3, "BP003", "assembly");
        assertEquals(1, build.all().size(), "nothing joins the build before the checks are joined");
        assertDoesNotThrow(checks::join);
        checks.join();      // once only
        assertEquals(List.of("read", "check", "assembly"), build.all().stream().map(Diagnostic::message).toList());
    }

    @Test
    void aChecksErrorStopsTheBuildWhereItJoinsThem() {
        Diagnostics build = new Diagnostics();
        ChecksBeside checks = ChecksBeside.start(core, List.of((ms, d) -> d.error("b.md", 7, "BP002", "wrong")),
                null, build);
        UserError e = assertThrows(UserError.class, checks::join);
        System.out.println("joined: " + e.getMessage());
        assertEquals(1, build.all().size());
    }

    @Test
    void anEditionsErrorAfterTheJoinIsLeftToTheEndOfTheBuild() {
        Diagnostics build = new Diagnostics();
        ChecksBeside checks = ChecksBeside.start(core, List.of((ms, d) -> { }), null, build);
        checks.join();
        build.error("c.md", 1, "BP230", "an edition's error");
        assertDoesNotThrow(checks::join, "the checks found nothing: the other editions are still made");
    }
}
