package io.github.camellalal.component.metrics;

import io.github.camellalal.client.ApiOperation;
import io.github.camellalal.client.DownloadResult;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.TaskStart;
import io.github.camellalal.client.TrackDownload;
import io.github.camellalal.client.UploadResult;
import io.github.camellalal.client.VoicePack;
import io.github.camellalal.client.http.HttpClientConfigurer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A {@link LalalClient} that reports each call to {@link LalalMetrics}: duration, failure, bytes moved (the length
 * sent or the bytes read from a streamed track), files split,
 * ids checked and the tasks a check sees ended. Retries happen inside the client; they are counted as HTTP
 * attempts beyond the first one of a call, seen by an interceptor that {@link #countingAttempts} adds to the
 * client's HttpClient (calls run on the caller's thread, so a thread-local ties attempts to their call).
 *
 * <p>Not an API: public for the component's own classes only.
 */
public final class MeteredLalalClient implements LalalClient {

    private static final ThreadLocal<int[]> ATTEMPTS = new ThreadLocal<>();

    private final LalalClient delegate;
    private final LalalMetrics metrics;

    MeteredLalalClient(LalalClient delegate, LalalMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    /** Adds the attempt counter to an HttpClient, before the user's own configurer (which may be null). */
    public static HttpClientConfigurer countingAttempts(HttpClientConfigurer next) {
        return builder -> {
            builder.addRequestInterceptorFirst((request, entity, context) -> {
                int[] attempts = ATTEMPTS.get();
                if (attempts != null) {
                    attempts[0]++;
                }
            });
            if (next != null) {
                next.configure(builder);
            }
        };
    }

    private <T> T call(ApiOperation operation, Supplier<T> call) {
        int[] attempts = new int[1];
        ATTEMPTS.set(attempts);
        long started = System.nanoTime();
        try {
            return call.get();
        } catch (RuntimeException e) {
            metrics.failed(operation, e);
            throw e;
        } finally {
            ATTEMPTS.remove();
            metrics.called(operation, System.nanoTime() - started);
            if (attempts[0] > 1) {
                metrics.retried(operation, attempts[0] - 1);
            }
        }
    }

    private UploadResult uploaded(UploadResult result, long bytes) {
        metrics.transferred(ApiOperation.UPLOAD, bytes);
        return result;
    }

    @Override
    public UploadResult upload(Path file) {
        return call(ApiOperation.UPLOAD, () -> uploaded(delegate.upload(file), sizeOf(file)));
    }

    @Override
    public UploadResult upload(Path file, String fileName) {
        return call(ApiOperation.UPLOAD, () -> uploaded(delegate.upload(file, fileName), sizeOf(file)));
    }

    @Override
    public UploadResult upload(String fileName, InputStream content, long length) {
        // A stream of known length goes to the client unwrapped; one of unknown length is counted as it is read,
        // since the service's answer need not carry the size (it is optional in the contract).
        if (length >= 0) {
            return call(ApiOperation.UPLOAD, () -> uploaded(delegate.upload(fileName, content, length), length));
        }
        return call(ApiOperation.UPLOAD, () -> {
            CountingInputStream counted = new CountingInputStream(content);
            UploadResult result = delegate.upload(fileName, counted, length);
            return uploaded(result, counted.count);
        });
    }

    @Override
    public UploadResult upload(String fileName, byte[] content) {
        return call(ApiOperation.UPLOAD, () -> uploaded(delegate.upload(fileName, content), content.length));
    }

    @Override
    public List<String> split(List<SplitRequest> requests) {
        return call(ApiOperation.SPLIT, () -> {
            List<String> ids = delegate.split(requests);
            metrics.splitsStarted(ids);
            return ids;
        });
    }

    @Override
    public List<TaskStart> startSplits(List<SplitRequest> requests) {
        return call(ApiOperation.SPLIT, () -> {
            List<TaskStart> starts = delegate.startSplits(requests);
            metrics.splitsStarted(starts.stream().filter(TaskStart::started).map(TaskStart::taskId).toList());
            return starts;
        });
    }

    @Override
    public List<String> cancelAll() {
        return call(ApiOperation.CANCEL_ALL, delegate::cancelAll);
    }

    @Override
    public void delete(String fileId) {
        call(ApiOperation.DELETE, () -> {
            delegate.delete(fileId);
            return null;
        });
    }

    @Override
    public List<VoicePack> voicePacks() {
        return call(ApiOperation.VOICE_PACKS, delegate::voicePacks);
    }

    @Override
    public String api() {
        return delegate.api();
    }

    @Override
    public Map<String, FileStatus> check(Collection<String> ids) {
        return call(ApiOperation.CHECK, () -> {
            Map<String, FileStatus> statuses = delegate.check(ids);
            metrics.checked(ids.size(), statuses);
            return statuses;
        });
    }

    @Override
    public void cancel(Collection<String> ids) {
        call(ApiOperation.CANCEL, () -> {
            delegate.cancel(ids);
            return null;
        });
    }

    @Override
    public LicenseLimits limits() {
        return call(ApiOperation.LIMITS, delegate::limits);
    }

    @Override
    public TrackDownload openDownload(String url) {
        long started = System.nanoTime();
        try {
            return new MeteredDownload(delegate.openDownload(url), started);
        } catch (RuntimeException e) {
            metrics.failed(ApiOperation.DOWNLOAD, e);
            metrics.called(ApiOperation.DOWNLOAD, System.nanoTime() - started);
            throw e;
        }
    }

    @Override
    public DownloadResult download(String url, OutputStream out) {
        return call(ApiOperation.DOWNLOAD, () -> downloaded(delegate.download(url, out)));
    }

    @Override
    public DownloadResult download(String url, Path target) {
        return call(ApiOperation.DOWNLOAD, () -> downloaded(delegate.download(url, target)));
    }

    private DownloadResult downloaded(DownloadResult result) {
        metrics.transferred(ApiOperation.DOWNLOAD, result.bytes());
        return result;
    }

    @Override
    public void close() {
        delegate.close();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // uploaded already; a file removed since then only costs the byte count
        }
    }

    /** Counts the bytes a stream gave. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

    }

    /** A streamed download, measured from opening to closing, with the bytes read from it. */
    private final class MeteredDownload implements TrackDownload {
        private final TrackDownload download;
        private final long started;
        private final CountingInputStream body;
        private final AtomicBoolean closed = new AtomicBoolean();

        MeteredDownload(TrackDownload download, long started) {
            this.download = download;
            this.started = started;
            this.body = new CountingInputStream(download.body());
        }

        @Override
        public String fileName() {
            return download.fileName();
        }

        @Override
        public long contentLength() {
            return download.contentLength();
        }

        @Override
        public String contentType() {
            return download.contentType();
        }

        @Override
        public InputStream body() {
            return body;
        }

        @Override
        public long transferTo(WritableByteChannel target) throws IOException {
            long n = download.transferTo(target);
            body.count += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            try {
                download.close();
            } finally {
                if (closed.compareAndSet(false, true)) {
                    metrics.transferred(ApiOperation.DOWNLOAD, body.count);
                    metrics.called(ApiOperation.DOWNLOAD, System.nanoTime() - started);
                }
            }
        }
    }
}
