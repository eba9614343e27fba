package press.reader.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The machine a benchmark ran on, in one line: cores, memory, CPU, Java and its flags, OS and date. */
final class Machine {
    private Machine() {}

    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores"
                + (cpu().isEmpty() ? "" : " (" + cpu() + ")")
                + ", " + memory() + " RAM, Java " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.name") + "; " + jvmFlags() + "), " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + ", load average " + load() + " at start, "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT).format(ZonedDateTime.now());
    }

    /**
     * The flags of the JVM that runs the warm and edit rows in process: Maven's JVM runs the quick C1 compiler alone
     * (.mvn/jvm.config), where {@code bin/bookpress watch} keeps the optimising one, so the rows depend on them.
     */
    private static String jvmFlags() {
        String flags = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:") || a.startsWith("-Xm")).toList());
        return flags.isEmpty() ? "JVM defaults" : flags;
    }

    /** Other work on the machine slows every measurement: the 1-minute load average says how much there was. */
    private static String load() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", l);
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.1f GB", kb / 1048576.0);
                }
            }
        } catch (Exception e) {
            // Not Linux.
        }
        return "unknown";
    }

    private static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).strip();
            }
        } catch (Exception e) {
            // Not Linux.
        }
        return "";
    }
}
