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
 * @param status     the HTTP status answered, 0 when the connection was closed without an answer
 * @param jsonBody   v1: the JSON body as received, or {@code null}
 * @param taskIds    v1: the task ids it named (check, cancel) or was answered with (split, cancel all)
 * @param idempotencyKeys v1: the idempotency keys of its split items in order ({@code null} for an item without)
 * @param tlsProtocol the TLS protocol it came over (e.g. {@code TLSv1.3}), {@code null} over plain http
 */
public record RecordedRequest(Endpoint endpoint, String method, String path, String query,
        Map<String, List<String>> headers, Map<String, List<String>> form, List<String> fileIds, long bodyBytes,
        Instant receivedAt, int status, String jsonBody, List<String> taskIds, List<String> idempotencyKeys,
        String tlsProtocol) {

    private static final List<String> SECRET_HEADERS = List.of("authorization", "x-license-key");

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

    /** Whether it came over TLS (https). */
    public boolean secure() {
        return tlsProtocol != null;
    }

    /** The v1 source ids it named (split items, delete) or was answered with (upload): the same as fileIds. */
    public List<String> sourceIds() {
        return fileIds;
    }

    /** Shows everything but the license key, which is masked. */
    @Override
    public String toString() {
        Map<String, List<String>> shown = new java.util.TreeMap<>(headers);
        for (String h : SECRET_HEADERS) {
            shown.computeIfPresent(h, (k, v) -> v.stream().map(EmulatorLicense::mask).toList());
        }
        Map<String, List<String>> fields = new java.util.TreeMap<>(form);
        fields.computeIfPresent("key", (k, v) -> v.stream().map(EmulatorLicense::mask).toList());
        String q = query == null ? "" : "?" + query.replaceAll("(^|&)key=[^&]*", "$1key=****");
        return "RecordedRequest[" + method + " " + path + q + " -> " + status
                + ", endpoint=" + endpoint + ", headers=" + shown + ", form=" + fields + ", fileIds=" + fileIds
                + ", taskIds=" + taskIds + ", idempotencyKeys=" + idempotencyKeys + ", bodyBytes=" + bodyBytes
                + ", jsonBody=" + jsonBody + ", tlsProtocol=" + tlsProtocol + ", receivedAt=" + receivedAt + "]";
    }
}
