package press.reader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The usage errors of {@code serve}, refused before anything is built or any port opened. */
class ServeCommandTest {
    @Test
    void anEditorTemplateThatCouldRunScriptIsAUsageError() {
        CommandLineTest.Run r = CommandLineTest.run("serve", "--editor", "javascript:alert({line})");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("may not use javascript:"), r.err());
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CommandLineTest.Run r = CommandLineTest.run("serve", "--port", "70000");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--port must be 0 to 65535"), r.err());
    }

    @Test
    void helpNamesTheCommand() {
        CommandLineTest.Run r = CommandLineTest.run("--help");
        assertTrue(r.out().contains("serve"), r.out());
    }
}
