package io.github.camellalal.client.v0;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The JSON shapes of the v0 API, read with snake_case names; unknown fields are ignored, missing ones null. */
final class WireModels {

    private WireModels() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Upload(String status, String error, String id, Long size, Double duration, Long expires) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Limits(String status, String error, String option, String email, Double processDurationLimit,
            Double processDurationUsed, Double processDurationLeft) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tracks(Double duration, String stem, String stemTrack, Long stemTrackSize, String backTrack,
            Long backTrackSize) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Task(String state, String error, Integer progress) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(String status, String error, String name, Long size, Double duration, String splitter, String stem,
            Tracks preview, Tracks split, Tracks player, Task task) {
    }
}
