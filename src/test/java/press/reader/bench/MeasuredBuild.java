package press.reader.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import press.reader.cli.Main;

/**
 * Runs {@code bookpress} with the given arguments in this (child) JVM and, at the end, prints one line
 * {@code BENCH peakHeap=<bytes> liveHeap=<bytes> vmHwm=<bytes> cpu=<ms> gc=<ms> exit=<code>} for {@link Benchmark} to read.
 *
 * <p>Peak heap is measured, not estimated: heap occupancy only grows between collections, so its maximum is the
 * occupancy just before some collection (reported by the collector's notifications) or at the end. {@code liveHeap}
 * is the largest occupancy just after a collection, an upper bound of what the build really needs to keep.
 * {@code vmHwm} is the process's peak resident memory from /proc (heap, metaspace, code and native memory).
 */
public final class MeasuredBuild {
    static final String MARKER = "BENCH ";

    private MeasuredBuild() {}

    public static void main(String[] args) {
        AtomicLong peak = new AtomicLong();
        AtomicLong live = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                peak.accumulateAndGet(heapOf(info.getMemoryUsageBeforeGc()), Math::max);
                live.accumulateAndGet(heapOf(info.getMemoryUsageAfterGc()), Math::max);
            }, null, null);
        }
        int exit = Main.run(args);
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(now, Math::max);
        System.out.flush();
        System.out.println(MARKER + "peakHeap=" + peak.get() + " liveHeap=" + live.get() + " vmHwm=" + vmHwm()
                + " cpu=" + cpuMillis() + " gc=" + gcMillis() + " exit=" + exit);
        System.exit(exit);
    }

    private static long heapOf(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pools.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && u != null) sum += u.getUsed();
        }
        return sum;
    }

    /** Time spent in collections (pauses of G1's young and mixed collections): how hard the heap limit pressed. */
    static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
        return sum;
    }

    /** CPU time of this whole process (all threads: JIT compilers and collectors too), in milliseconds. */
    static long cpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    /** Peak resident set size (VmHWM) in bytes, or -1 where /proc is not available. */
    static long vmHwm() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        } catch (Exception e) {
            // Not Linux: the column shows "n/a".
        }
        return -1;
    }
}
