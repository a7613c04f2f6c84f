package io.github.camellalal.client.v0;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.DownloadResult;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.TrackDownload;
import io.github.camellalal.client.UploadResult;
import io.github.camellalal.client.http.BodyExcerpt;
import io.github.camellalal.client.http.ContentDispositions;
import io.github.camellalal.client.http.HttpClientConfigurer;
import io.github.camellalal.client.http.HttpClientFactory;
import io.github.camellalal.client.http.LicenseInterceptor;
import io.github.camellalal.client.http.TrackDownloads;
import io.github.camellalal.client.http.UploadBodies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.io.CloseMode;

/**
 * The LALAL.AI v0 API ({@code /api/upload/}, {@code /api/split/}, {@code /api/check/}, {@code /api/cancel/},
 * {@code /billing/get-limits/}) over Apache HttpClient 5. Thread-safe.
 */
public final class V0LalalClient implements LalalClient {

    private final LalalClientConfig config;
    private final CloseableHttpClient http;
    private final boolean ownsHttp;
    private final ObjectMapper json = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ApiCaller caller;
    private final TrackDownloads downloads;
    private final WireMapper mapper = new WireMapper();

    /** A client with its own HTTP connection pool. */
    public V0LalalClient(LalalClientConfig config) {
        this(config, (HttpClientConfigurer) null);
    }

    /** A client with its own pool, its HttpClient builder changed last by {@code configurer} (may be null). */
    public V0LalalClient(LalalClientConfig config, HttpClientConfigurer configurer) {
        this(config, HttpClientFactory.create(config, configurer), true);
    }

    /**
     * A client on a caller's HttpClient, which {@link #close()} leaves open. That client must carry the license
     * itself; this one adds it only through its own interceptor.
     */
    public V0LalalClient(LalalClientConfig config, CloseableHttpClient http) {
        this(config, http, false);
    }

    private V0LalalClient(LalalClientConfig config, CloseableHttpClient http, boolean owns) {
        this.config = config;
        this.http = http;
        this.ownsHttp = owns;
        this.caller = new ApiCaller(http, json, config.maxRetries(), config.maxRetryWait(), config.apiKey());
        this.downloads = new TrackDownloads(http);
        // Build the JSON bindings now, at start, rather than within the first call (a fresh JVM's first upload
        // would otherwise carry them).
        json.readerFor(com.fasterxml.jackson.databind.JsonNode.class);
        for (Class<?> model : List.of(WireModels.Upload.class, WireModels.File.class, WireModels.Limits.class)) {
            json.readerFor(model);
        }
    }

    private String api(String path) {
        return config.baseUrl().toString() + path;
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

    private UploadResult upload(String fileName,
            java.util.function.Supplier<org.apache.hc.core5.http.HttpEntity> body) {
        JsonNode answer = caller.call(ApiOperation.UPLOAD, List.of(), () -> {
            HttpPost post = new HttpPost(api("/api/upload/"));
            post.setHeader("Content-Disposition", ContentDispositions.attachment(fileName));
            post.setEntity(body.get());
            return post;
        }, LicenseInterceptor.Placement.HEADER);
        WireModels.Upload u = read(answer, WireModels.Upload.class, ApiOperation.UPLOAD, List.of());
        if (u.id() == null || u.id().isBlank()) {
            throw new LalalApiException(ApiOperation.UPLOAD, List.of(), "LALAL.AI upload failed: the answer has no "
                    + "file id", null, 200, BodyExcerpt.of(answer.toString().getBytes()), null);
        }
        return new UploadResult(u.id(), fileName, u.size(), u.duration(),
                u.expires() == null ? null : Instant.ofEpochSecond(u.expires()));
    }

    @Override
    public List<String> split(List<SplitRequest> requests) {
        if (requests == null || requests.isEmpty()) {
            throw new LalalValidationException("fileIds", requests, "at least one file id");
        }
        List<String> ids = requests.stream().map(SplitRequest::fileId).toList();
        String params;
        try {
            params = json.writeValueAsString(requests.stream().map(WireMapper::params).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        caller.call(ApiOperation.SPLIT, ids, () -> form("/api/split/", "params", params),
                LicenseInterceptor.Placement.HEADER);
        return ids;
    }

    @Override
    public Map<String, FileStatus> check(Collection<String> ids) {
        List<String> list = idList(ids);
        JsonNode answer = caller.call(ApiOperation.CHECK, list, () -> form("/api/check/", "id", String.join(",", list)),
                LicenseInterceptor.Placement.HEADER);
        JsonNode result = answer.path("result");
        Map<String, FileStatus> statuses = new LinkedHashMap<>();
        for (String id : list) {
            JsonNode entry = result.get(id);
            statuses.put(id, entry == null || !entry.isObject() ? mapper.missing(id)
                    : mapper.file(id, read(entry, WireModels.File.class, ApiOperation.CHECK, list)));
        }
        return statuses;
    }

    @Override
    public void cancel(Collection<String> ids) {
        List<String> list = idList(ids);
        caller.call(ApiOperation.CANCEL, list, () -> form("/api/cancel/", "id", String.join(",", list)),
                LicenseInterceptor.Placement.HEADER);
    }

    @Override
    public LicenseLimits limits() {
        if (!config.hasApiKey()) {
            throw new LalalValidationException("apiKey", null, "a LALAL.AI license key");
        }
        JsonNode answer = caller.call(ApiOperation.LIMITS, List.of(), () -> new HttpGet(api("/billing/get-limits/")),
                LicenseInterceptor.Placement.QUERY);
        WireModels.Limits l = read(answer, WireModels.Limits.class, ApiOperation.LIMITS, List.of());
        return new LicenseLimits(l.option(), l.email(), l.processDurationLimit(), l.processDurationUsed(),
                l.processDurationLeft());
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
        if (ownsHttp) {
            http.close(CloseMode.GRACEFUL);
        }
    }

    @Override
    public String toString() {
        return "V0LalalClient[" + config + "]";
    }

    private HttpPost form(String path, String field, String value) {
        HttpPost post = new HttpPost(api(path));
        post.setEntity(new UrlEncodedFormEntity(List.of(new BasicNameValuePair(field, value)),
                java.nio.charset.StandardCharsets.UTF_8));
        return post;
    }

    private <T> T read(JsonNode node, Class<T> type, ApiOperation op, List<String> ids) {
        try {
            return json.treeToValue(node, type);
        } catch (IOException e) {
            throw new LalalApiException(op, ids, "LALAL.AI " + op.name().toLowerCase() + " failed: malformed answer ("
                    + e.getMessage() + ")", null, 200, BodyExcerpt.of(node.toString().getBytes()), null);
        }
    }

    private static List<String> idList(Collection<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new LalalValidationException("fileIds", ids, "at least one file id");
        }
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank() || id.contains(",")) {
                throw new LalalValidationException("fileId", id, "a file id without commas, as upload returned it");
            }
            set.add(id.trim());
        }
        return new ArrayList<>(set);
    }
}
