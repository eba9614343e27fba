package press.reader.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Aligns two word sequences (Myers' O(ND) difference algorithm) and returns the places where they differ.
 * Fast when the sequences are nearly equal, which is the normal case for an essay and its source.
 */
final class WordDiff {
    /** One difference: words {@code a[aFrom, aTo)} were replaced by {@code b[bFrom, bTo)} (either may be empty). */
    record Hunk(int aFrom, int aTo, int bFrom, int bTo) {}

    private WordDiff() {}

    /** The differences, or null if there are more than {@code maxEdits} edits (the texts are unrelated). */
    static List<Hunk> diff(List<String> a, List<String> b, int maxEdits) {
        int n = a.size();
        int m = b.size();
        int max = Math.min(n + m, maxEdits);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) return null;
        return hunks(backtrack(trace, n, m, offset));
    }

    /** Walks the trace back from the end; returns per-step moves as (x, y) pairs from the start. */
    private static List<int[]> backtrack(List<int[]> trace, int n, int m, int offset) {
        List<int[]> path = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] v = trace.get(d);
            int k = x - y;
            int prevK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1;
            int prevX = v[offset + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                path.add(new int[] {x - 1, y - 1, 0});
                x--;
                y--;
            }
            path.add(new int[] {prevX, prevY, x == prevX ? 2 : 1}); // 1: delete a[prevX]; 2: insert b[prevY]
            x = prevX;
            y = prevY;
        }
        while (x > 0 && y > 0) {
            path.add(new int[] {x - 1, y - 1, 0});
            x--;
            y--;
        }
        Collections.reverse(path);
        return path;
    }

    private static List<Hunk> hunks(List<int[]> path) {
        List<Hunk> out = new ArrayList<>();
        int i = 0;
        while (i < path.size()) {
            if (path.get(i)[2] == 0) {
                i++;
                continue;
            }
            int aFrom = path.get(i)[0];
            int bFrom = path.get(i)[1];
            int aTo = aFrom;
            int bTo = bFrom;
            while (i < path.size() && path.get(i)[2] != 0) {
                if (path.get(i)[2] == 1) aTo++;
                else bTo++;
                i++;
            }
            out.add(new Hunk(aFrom, aTo, bFrom, bTo));
        }
        return out;
    }
}
