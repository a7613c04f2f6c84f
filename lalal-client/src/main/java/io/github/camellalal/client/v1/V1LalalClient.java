package io.github.camellalal.client.v1;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.DownloadResult;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.TaskStart;
import io.github.camellalal.client.TrackDownload;
import io.github.camellalal.client.UploadResult;
import io.github.camellalal.client.VoicePack;
import io.github.camellalal.client.http.BodyExcerpt;
import io.github.camellalal.client.http.ContentDispositions;
import io.github.camellalal.client.http.HttpClientConfigurer;
import io.github.camellalal.client.http.HttpClientFactory;
import io.github.camellalal.client.http.TrackDownloads;
import io.github.camellalal.client.http.UploadBodies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;

/**
 * The LALAL.AI API v1 ({@code /api/v1/...}, JSON, key in {@code X-License-Key}) over Apache HttpClient 5.
 * Thread-safe. Task ids are v1's own: a file split twice has two tasks. Downloads take the path every adapter
 * shares (streamed, redirects followed, never licensed).
 */
public final class V1LalalClient implements LalalClient {

    /** The most items v1 takes in one batch split request. */
    public static final int MAX_BATCH = 100;
    /** The most task ids v1 takes in one check request. */
    public static final int MAX_CHECK = 200;

    private final LalalClientConfig config;
    private final CloseableHttpClient http;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final V1Caller caller;
    private final TrackDownloads downloads;

    /** A client with its own HTTP connection pool. */
    public V1LalalClient(LalalClientConfig config) {
        this(config, null);
    }

    /** A client with its own pool, its HttpClient builder changed last by {@code configurer} (may be null). */
    public V1LalalClient(LalalClientConfig config, HttpClientConfigurer configurer) {
        this.config = config;
        this.http = HttpClientFactory.create(config, configurer);
        this.caller = new V1Caller(http, json, config.maxRetries(), config.maxRetryWait(), config.apiKey());
        this.downloads = new TrackDownloads(http);
    }

    @Override
    public String api() {
        return V1LalalClientFactory.API;
    }

    @Override
    public UploadResult upload(Path file, String fileName) {
        return upload(fileName, UploadBodies.file(file, fileName));
    }

    @Override
    public UploadResult upload(String fileName, InputStream content, long length) {
        // The entity does not close the caller's stream.
        return upload(fileName, UploadBodies.stream(fileName, content, length));
    }

    @Override
    public UploadResult upload(String fileName, byte[] content) {
        return upload(fileName, UploadBodies.bytes(fileName, content));
    }

    private UploadResult upload(String fileName, Supplier<HttpEntity> body) {
        JsonNode a = caller.call(ApiOperation.UPLOAD, List.of(), () -> {
            HttpPost post = new HttpPost(api("/upload/"));
            post.setHeader("Content-Disposition", ContentDispositions.attachment(fileName));
            post.setEntity(body.get());
            return post;
        });
        String id = a.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new LalalApiException(ApiOperation.UPLOAD, List.of(), "LALAL.AI upload failed: the answer has no "
                    + "id", null, 200, BodyExcerpt.of(a.toString().getBytes(StandardCharsets.UTF_8)), null);
        }
        return new UploadResult(id, a.path("name").asText(fileName),
                a.path("size").isNumber() ? a.get("size").asLong() : null,
                a.path("duration").isNumber() ? a.get("duration").asDouble() : null,
                a.path("expires").canConvertToLong() || a.path("expires").isTextual()
                        ? Instant.ofEpochSecond(a.get("expires").asLong()) : null);
    }

    /** Starts every task, throwing {@link LalalApiException} naming each source id and code that did not start. */
    @Override
    public List<String> split(List<SplitRequest> requests) {
        List<TaskStart> starts = startSplits(requests);
        List<TaskStart> failed = starts.stream().filter(s -> !s.started()).toList();
        if (!failed.isEmpty()) {
            throw V1Splits.failure(failed, starts.size());
        }
        return starts.stream().map(TaskStart::taskId).toList();
    }

    @Override
    public List<TaskStart> startSplits(List<SplitRequest> requests) {
        if (requests == null || requests.isEmpty()) {
            throw new LalalValidationException("fileIds", requests, "at least one file id");
        }
        // presets first: an invalid one fails before any request
        List<Map<String, Object>> items = new ArrayList<>();
        for (SplitRequest r : requests) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("source_id", r.fileId());
            item.put("presets", V1Presets.of(r));
            // one fresh key per item, kept for every retry of this call: a retry never starts a second task
            item.put("idempotency_key", UUID.randomUUID().toString());
            items.add(item);
        }
        TaskStart[] starts = new TaskStart[requests.size()];
        Map<SplitType, List<Integer>> byType = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            byType.computeIfAbsent(requests.get(i).splitType(), t -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<SplitType, List<Integer>> group : byType.entrySet()) {
            SplitType type = group.getKey();
            List<Integer> idx = group.getValue();
            // multistem and voice change have no batch endpoint
            if (type == SplitType.MULTISTEM || type == SplitType.CHANGE_VOICE || idx.size() == 1) {
                for (int i : idx) {
                    JsonNode a = post(ApiOperation.SPLIT, List.of(requests.get(i).fileId()),
                            type == SplitType.CHANGE_VOICE ? "/change_voice/" : "/split/" + type.id() + "/",
                            items.get(i));
                    starts[i] = new TaskStart(requests.get(i).fileId(), V1Splits.taskId(a), null, null);
                }
                continue;
            }
            for (int from = 0; from < idx.size(); from += MAX_BATCH) {
                List<Integer> chunk = idx.subList(from, Math.min(idx.size(), from + MAX_BATCH));
                List<Map<String, Object>> body = chunk.stream().map(items::get).toList();
                List<String> sources = chunk.stream().map(i -> requests.get(i).fileId()).toList();
                JsonNode a = post(ApiOperation.SPLIT, sources, "/split/batch/" + type.id() + "/",
                        Map.of("items", body));
                List<TaskStart> results = V1Splits.batchResults(a, sources);
                for (int k = 0; k < chunk.size(); k++) {
                    starts[chunk.get(k)] = results.get(k);
                }
            }
        }
        return List.of(starts);
    }

    @Override
    public Map<String, FileStatus> check(Collection<String> ids) {
        List<String> list = idList(ids);
        Map<String, FileStatus> statuses = new LinkedHashMap<>();
        for (int from = 0; from < list.size(); from += MAX_CHECK) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + MAX_CHECK));
            JsonNode result = post(ApiOperation.CHECK, chunk, "/check/", Map.of("task_ids", chunk)).path("result");
            for (String id : chunk) {
                statuses.put(id, V1Statuses.of(id, result.get(id)));
            }
        }
        return statuses;
    }

    @Override
    public void cancel(Collection<String> ids) {
        List<String> list = idList(ids);
        JsonNode result = post(ApiOperation.CANCEL, list, "/cancel/", Map.of("task_ids", list)).path("result");
        V1Splits.requireCancelled(result, list);
    }

    @Override
    public List<String> cancelAll() {
        JsonNode result = post(ApiOperation.CANCEL_ALL, List.of(), "/cancel/all/", null).path("result");
        List<String> cancelled = new ArrayList<>();
        result.fields().forEachRemaining(e -> {
            if ("success".equals(e.getValue().path("status").asText())) {
                cancelled.add(e.getKey());
            }
        });
        return cancelled;
    }

    @Override
    public void delete(String fileId) {
        if (fileId == null || fileId.isBlank()) {
            throw new LalalValidationException("fileId", fileId, "a file id returned by upload");
        }
        post(ApiOperation.DELETE, List.of(fileId), "/delete/", Map.of("source_id", fileId));
    }

    @Override
    public List<VoicePack> voicePacks() {
        if (!config.hasApiKey()) {
            throw new LalalValidationException("apiKey", null, "a LALAL.AI license key");
        }
        return V1Splits.voicePacks(post(ApiOperation.VOICE_PACKS, List.of(), "/voice_packs/list/", null));
    }

    @Override
    public LicenseLimits limits() {
        if (!config.hasApiKey()) {
            throw new LalalValidationException("apiKey", null, "a LALAL.AI license key");
        }
        JsonNode a = post(ApiOperation.LIMITS, List.of(), "/limits/minutes_left/", null);
        JsonNode left = a.path("minutes_left");
        return new LicenseLimits(null, null, null, null, left.isNumber() ? left.asDouble() : null);
    }

    @Override
    public TrackDownload openDownload(String url) {
        return downloads.openDownload(url);
    }

    @Override
    public DownloadResult download(String url, OutputStream out) {
        return downloads.download(url, out);
    }

    @Override
    public DownloadResult download(String url, Path target) {
        return downloads.download(url, target);
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }

    @Override
    public String toString() {
        return "V1LalalClient[" + config + "]";
    }

    private JsonNode post(ApiOperation op, List<String> ids, String path, Object body) {
        byte[] bytes;
        try {
            bytes = body == null ? null : json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return caller.call(op, ids, () -> {
            HttpPost post = new HttpPost(api(path));
            if (bytes != null) {
                post.setEntity(new ByteArrayEntity(bytes, ContentType.APPLICATION_JSON));
            }
            return post;
        });
    }

    private String api(String path) {
        return config.baseUrl().toString() + "/api/v1" + path;
    }

    private static List<String> idList(Collection<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new LalalValidationException("taskIds", ids, "at least one task id");
        }
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw new LalalValidationException("taskId", id, "a task id as split returned it");
            }
            set.add(id.trim());
        }
        return new ArrayList<>(set);
    }
}
