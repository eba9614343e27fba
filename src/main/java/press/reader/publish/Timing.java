package press.reader.publish;

/**
 * How long one stage of a build took, and how much of its work it did again (the rest came from the cache).
 *
 * @param stage  the stage's name: "read+assemble", or the name of an edition ("pdf", "epub", "cover" …)
 * @param millis its wall-clock time
 * @param reuse  what it redid and what it reused, or null for a stage that keeps nothing between builds
 */
public record Timing(String stage, long millis, Reuse reuse) {

    /**
     * {@code redone} of the stage's {@code parts} were made again; the others came from the cache.
     *
     * @param unit what a part is, in the plural ("chapters"), or null when the stage's output is one whole
     */
    public record Reuse(int redone, int parts, String unit) {
        /** A stage whose output is one whole, made again or taken from the cache as it is. */
        public static Reuse whole(boolean fromCache) {
            return new Reuse(fromCache ? 0 : 1, 1, null);
        }

        public boolean allFromCache() {
            return redone == 0;
        }
    }

    public Timing(String stage, long millis) {
        this(stage, millis, null);
    }

    /** The stage as the build report and the command line show it, e.g. "epub (3 of 7 chapters transformed)". */
    public String label() {
        if (reuse == null) return stage;
        if (reuse.unit() == null) return reuse.allFromCache() ? stage + " (unchanged, from cache)" : stage;
        return stage + " (" + reuse.redone() + " of " + reuse.parts() + " " + reuse.unit() + " transformed)";
    }
}
