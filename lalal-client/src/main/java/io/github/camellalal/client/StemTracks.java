package io.github.camellalal.client;

/**
 * Download locations of one separation result: the separated stem and the back track (everything else).
 *
 * @param stem           the stem separated, as the service named it
 * @param duration       length in seconds, may be {@code null}
 * @param stemTrackUrl   URL of the separated stem
 * @param stemTrackSize  its size in bytes, may be {@code null}
 * @param backTrackUrl   URL of the back track
 * @param backTrackSize  its size in bytes, may be {@code null}
 */
public record StemTracks(String stem, Double duration, String stemTrackUrl, Long stemTrackSize,
        String backTrackUrl, Long backTrackSize) {
}
