package io.github.camellalal.component.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellalal.client.FileStatus;

/** A task's status as a shared store keeps it (JSON), so that the task's holder delivers what another checked. */
final class StatusJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StatusJson() {
    }

    static String write(FileStatus status) {
        if (status == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the status of " + status.id() + " as JSON", e);
        }
    }

    /** The status, or {@code null} when there is none or it cannot be read (the task is then checked again). */
    static FileStatus read(String json) {
        if (json == null || json.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.readValue(json, FileStatus.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
