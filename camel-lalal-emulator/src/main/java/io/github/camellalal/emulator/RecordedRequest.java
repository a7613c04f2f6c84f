package io.github.camellalal.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the emulator received.
 *
 * @param endpoint   which part of the API it addressed
 * @param method     the HTTP method
 * @param path       the request path
 * @param query      the raw query string, or {@code null}
 * @param headers    the headers, names in lower case
 * @param form       decoded form fields (a POST's urlencoded or multipart body, a GET's query); empty for upload
 *                   and download
 * @param fileIds    the file ids the request named (check/cancel ids, split ids, the uploaded or downloaded id)
 * @param bodyBytes  bytes received in the body
 * @param receivedAt when it arrived (emulator clock)
 */
public record RecordedRequest(Endpoint endpoint, String method, String path, String query,
        Map<String, List<String>> headers, Map<String, List<String>> form, List<String> fileIds, long bodyBytes,
        Instant receivedAt) {

    /** The first value of a header (name case-insensitive), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a form field, or {@code null}. */
    public String formField(String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
