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
import io.github.camellalal.client.LalalTransportException;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.TrackDownload;
import io.github.camellalal.client.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.io.CloseMode;

/**
 * The LALAL.AI v0 API ({@code /api/upload/}, {@code /api/split/}, {@code /api/check/}, {@code /api/cancel/},
 * {@code /billing/get-limits/}) over Apache HttpClient 5. Thread-safe.
 */
public final class V0LalalClient implements LalalClient {

    /** Redirects a track download follows at most. */
    static final int MAX_REDIRECTS = 5;
    private static final java.util.Set<Integer> REDIRECTS = java.util.Set.of(301, 302, 303, 307, 308);

    private final LalalClientConfig config;
    private final CloseableHttpClient http;
    private final boolean ownsHttp;
    private final ObjectMapper json = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final ApiCaller caller;
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
        this.caller = new ApiCaller(http, json, config.maxRetries(), config.maxRetryWait());
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
                    + "file id", null, 200, ApiCaller.excerpt(answer.toString().getBytes()), null);
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
        if (url == null || url.isBlank()) {
            throw new LalalValidationException("url", url, "a track URL from a check answer");
        }
        String current = url;
        for (int hop = 0; ; hop++) {
            java.net.URI uri = httpUri(url, current);
            HttpGet get = new HttpGet(uri);
            HttpClientContext context = HttpClientContext.create();
            ClassicHttpResponse response;
            try {
                // No license attribute: track URLs may point to another host and never carry the license.
                response = http.executeOpen(null, get, context);
            } catch (IOException e) {
                throw new LalalTransportException(ApiOperation.DOWNLOAD, List.of(),
                        "LALAL.AI download of " + withoutQuery(current)
                        + " failed: no answer (" + e + ")", e);
            }
            int status = response.getCode();
            Header location = response.getFirstHeader("Location");
            if (REDIRECTS.contains(status) && location != null) {
                // A CDN may send the track elsewhere: follow a few hops, still without the license.
                get.cancel();
                closeQuietly(response);
                if (hop == MAX_REDIRECTS) {
                    throw new LalalApiException(ApiOperation.DOWNLOAD, List.of(), "LALAL.AI download of "
                            + withoutQuery(url) + " failed: more than " + MAX_REDIRECTS + " redirects", null, status,
                            "", null);
                }
                String target = location.getValue().trim();
                try {
                    current = uri.resolve(target).toString();
                } catch (IllegalArgumentException e) {
                    current = target; // refused as not http(s) on the next hop
                }
                continue;
            }
            if (status < 200 || status > 299 || response.getEntity() == null) {
                String excerpt;
                try (InputStream in = response.getEntity() == null ? InputStream.nullInputStream()
                        : response.getEntity().getContent()) {
                    excerpt = ApiCaller.excerpt(in.readNBytes(512));
                } catch (IOException e) {
                    excerpt = "";
                } finally {
                    get.cancel();
                    closeQuietly(response);
                }
                throw new LalalApiException(ApiOperation.DOWNLOAD, List.of(), "LALAL.AI download of "
                        + withoutQuery(current) + " failed: " + (status == 407 ? ProxyAuthentication.refusal(context)
                        : "HTTP " + status + ": " + excerpt), null, status, excerpt, null);
            }
            Header disposition = response.getFirstHeader("Content-Disposition");
            String name = ContentDispositions.fileName(disposition == null ? null : disposition.getValue(), current);
            return new HttpTrackDownload(get, response, name, ChannelBodies.of(context));
        }
    }

    /** A track URL, redirected or not, must be http(s): anything else is refused before a request. */
    private static java.net.URI httpUri(String original, String url) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? ""
                : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new LalalApiException(ApiOperation.DOWNLOAD, List.of(), "LALAL.AI download of "
                    + withoutQuery(original) + " failed: " + withoutQuery(url) + " is not an http(s) URL", null, 0,
                    "", null);
        }
        return uri;
    }

    @Override
    public DownloadResult download(String url, OutputStream out) {
        try (TrackDownload d = openDownload(url)) {
            long bytes = d.body().transferTo(out);
            return new DownloadResult(d.fileName(), bytes, d.contentType());
        } catch (IOException e) {
            throw new LalalTransportException(ApiOperation.DOWNLOAD, List.of(),
                    "LALAL.AI download of " + withoutQuery(url)
                    + " failed while reading: " + e.getMessage(), e);
        }
    }

    @Override
    public DownloadResult download(String url, Path target) {
        try (TrackDownload d = openDownload(url)) {
            Path file = Files.isDirectory(target) ? target.resolve(d.fileName()) : target;
            Path dir = file.toAbsolutePath().getParent();
            // not Files.createTempFile: its owner-only permissions would stay on the delivered file
            Path partial = Files.createFile(dir.resolve(".lalal-" + java.util.UUID.randomUUID() + ".part"));
            try {
                long bytes;
                try (FileChannel out = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                    bytes = d.transferTo(out);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new DownloadResult(file.getFileName().toString(), bytes, d.contentType());
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new LalalTransportException(ApiOperation.DOWNLOAD, List.of(),
                    "LALAL.AI download of " + withoutQuery(url)
                    + " to " + target + " failed: " + e.getMessage(), e);
        }
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
                    + e.getMessage() + ")", null, 200, ApiCaller.excerpt(node.toString().getBytes()), null);
        }
    }

    /** A URL for messages: its query may hold a CDN signature, so it is left out. */
    static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // the connection is discarded either way
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
