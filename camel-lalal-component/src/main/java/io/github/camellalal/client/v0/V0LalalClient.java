package io.github.camellalal.client.v0;

import io.github.camellalal.client.DownloadResult;
import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalClientConfig;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.client.SplitRequest;
import io.github.camellalal.client.TrackDownload;
import io.github.camellalal.client.UploadResult;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Placeholder: the v0 adapter is being written. */
public final class V0LalalClient implements LalalClient {
    /** Creates the client. */
    public V0LalalClient(LalalClientConfig config, HttpClientConfigurer configurer) {
        this(config);
    }

    /** Creates the client. */
    public V0LalalClient(LalalClientConfig config) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override public UploadResult upload(Path file) { throw new UnsupportedOperationException(); }
    @Override public UploadResult upload(Path file, String fileName) { throw new UnsupportedOperationException(); }
    @Override public UploadResult upload(String fileName, InputStream content, long length) { throw new UnsupportedOperationException(); }
    @Override public UploadResult upload(String fileName, byte[] content) { throw new UnsupportedOperationException(); }
    @Override public List<String> split(List<SplitRequest> requests) { throw new UnsupportedOperationException(); }
    @Override public Map<String, FileStatus> check(Collection<String> ids) { throw new UnsupportedOperationException(); }
    @Override public void cancel(Collection<String> ids) { throw new UnsupportedOperationException(); }
    @Override public LicenseLimits limits() { throw new UnsupportedOperationException(); }
    @Override public TrackDownload openDownload(String url) { throw new UnsupportedOperationException(); }
    @Override public DownloadResult download(String url, OutputStream out) { throw new UnsupportedOperationException(); }
    @Override public DownloadResult download(String url, Path target) { throw new UnsupportedOperationException(); }
    @Override public void close() { }
}
