package io.github.camellalal.emulator;

/**
 * Finds one byte sequence in a stream read in chunks, also across chunk boundaries, without keeping the stream:
 * Knuth-Morris-Pratt, whose only state is how much of the marker the last bytes matched.
 */
final class MarkerSearch {

    private final byte[] marker;
    /** For each matched length, the longest proper prefix of the marker that is also a suffix of that match. */
    private final int[] fallback;
    private int matched;
    private boolean found;

    MarkerSearch(byte[] marker) {
        if (marker.length == 0) {
            throw new IllegalArgumentException("A marker has at least one byte");
        }
        this.marker = marker.clone();
        this.fallback = new int[marker.length];
        for (int i = 1, k = 0; i < marker.length; i++) {
            while (k > 0 && marker[i] != marker[k]) {
                k = fallback[k - 1];
            }
            if (marker[i] == marker[k]) {
                k++;
            }
            fallback[i] = k;
        }
    }

    /** Reads the next bytes of the stream; returns whether the marker has appeared so far. */
    boolean feed(byte[] bytes, int offset, int length) {
        for (int i = offset, end = offset + length; i < end && !found; i++) {
            while (matched > 0 && bytes[i] != marker[matched]) {
                matched = fallback[matched - 1];
            }
            if (bytes[i] == marker[matched]) {
                matched++;
            }
            if (matched == marker.length) {
                found = true;
            }
        }
        return found;
    }

    boolean found() {
        return found;
    }
}
