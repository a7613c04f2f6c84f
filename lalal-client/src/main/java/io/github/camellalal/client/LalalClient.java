package io.github.camellalal.client;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The LALAL.AI stem-separation service. Plain Java: usable without Camel. Implementations are thread-safe and
 * hold a connection pool, so share one instance and {@link #close()} it when done.
 *
 * <p>The interface speaks of files, stems and tasks, not of a particular wire format: the v0 API identifies a
 * task by its file id, so {@link #split} returns the file ids as task ids there.
 *
 * <p>Every method throws {@link LalalValidationException} for bad input before any request,
 * {@link LalalApiException} when the service answers with an error, and {@link LalalTransportException}
 * when no usable answer arrives.
 */
public interface LalalClient extends AutoCloseable {

    /** The API {@link #create(LalalClientConfig)} speaks: LALAL.AI's v0 API. */
    String DEFAULT_API = "v0";

    /** Creates a client of the API the configuration names ({@link LalalClientConfig#apiVersion()}). */
    static LalalClient create(LalalClientConfig config) {
        return create(config.apiVersion(), config);
    }

    /**
     * Creates a client of the named API through the {@link LalalClientFactory} registered for it.
     *
     * @throws IllegalArgumentException when no adapter for that API is on the class path
     */
    static LalalClient create(String api, LalalClientConfig config) {
        List<String> found = new java.util.ArrayList<>();
        for (LalalClientFactory factory : java.util.ServiceLoader.load(LalalClientFactory.class,
                LalalClient.class.getClassLoader())) {
            if (factory.api().equals(api)) {
                return factory.create(config);
            }
            found.add(factory.api());
        }
        throw new IllegalArgumentException("No LALAL.AI client for API '" + api + "'; adapters found: " + found);
    }

    /** Uploads a file, streamed from disk; the name sent is the file's own name. */
    default UploadResult upload(Path file) {
        if (file == null || file.getFileName() == null) {
            throw new LalalValidationException("file", file, "a file to upload");
        }
        return upload(file, file.getFileName().toString());
    }

    /** Uploads a file, streamed from disk, under the given name. */
    UploadResult upload(Path file, String fileName);

    /**
     * Uploads from a stream, which is read to its end but not closed.
     *
     * @param length the number of bytes, or -1 when unknown (then sent chunked)
     */
    UploadResult upload(String fileName, InputStream content, long length);

    /** Uploads bytes already in memory. */
    UploadResult upload(String fileName, byte[] content);

    /**
     * Queues one or more uploaded files for splitting in one request.
     *
     * @return the ids to {@link #check} the tasks with, in request order
     */
    List<String> split(List<SplitRequest> requests);

    /**
     * Starts one task per request, telling per request whether it started: a batch may start some and refuse
     * others (API v1). Throws only when no answer at all could be had.
     *
     * @return one outcome per request, in request order
     */
    default List<TaskStart> startSplits(List<SplitRequest> requests) {
        List<String> ids = split(requests);
        List<TaskStart> starts = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            starts.add(new TaskStart(requests.get(i).fileId(), ids.get(i), null, null));
        }
        return starts;
    }

    /** Queues one file for splitting; returns the id to check the task with. */
    default String split(SplitRequest request) {
        return split(List.of(request)).get(0);
    }

    /**
     * Starts a voice change of an uploaded file (API v1); its result is one track labelled {@code converted_mix}.
     * For dereverb or an encoder format, build a {@link SplitRequest} with {@link SplitRequest.Builder#voiceChange}.
     *
     * @return the task id to {@link #check} it with
     */
    default String changeVoice(String fileId, VoiceChange voice) {
        if (voice == null) {
            throw new LalalValidationException("voicePack", null, VoiceChange.ALLOWED_PACKS);
        }
        return split(SplitRequest.forFile(fileId).voiceChange(voice).build());
    }

    /**
     * Lists the license's own voice packs (API v1); the service's packs ({@link VoiceChange#SERVICE_PACKS}) are not
     * in it.
     */
    default List<VoicePack> voicePacks() {
        throw LalalValidationException.needsApi("operation voicePacks", api(), "v1");
    }

    /**
     * Reports the state of many files in one request.
     *
     * @return one status per id asked for, in the order asked (ids repeated in the input appear once)
     */
    Map<String, FileStatus> check(Collection<String> ids);

    /** Reports the state of one file. */
    default FileStatus check(String id) {
        return check(List.of(id)).get(id);
    }

    /** Cancels the running tasks of the given files; their state becomes {@link TaskState#CANCELLED}. */
    void cancel(Collection<String> ids);

    /**
     * Cancels every running task of the license (API v1).
     *
     * @return the ids of the tasks cancelled
     */
    default List<String> cancelAll() {
        throw LalalValidationException.needsApi("operation cancelAll", api(), "v1");
    }

    /** Deletes an uploaded file and all results made from it from the service's storage (API v1). */
    default void delete(String fileId) {
        throw LalalValidationException.needsApi("operation delete", api(), "v1");
    }

    /** The API this client speaks, e.g. {@code v0}. */
    default String api() {
        return DEFAULT_API;
    }

    /** Reads the license's processing minutes. */
    LicenseLimits limits();

    /**
     * Opens a result track for streaming. No license is sent with it: track URLs may point to another host.
     * The caller must close the returned download.
     */
    TrackDownload openDownload(String url);

    /** Streams a result track into {@code out} (not closed). */
    DownloadResult download(String url, OutputStream out);

    /**
     * Streams a result track to disk.
     *
     * @param target a directory (the file is named as the service named it) or a file path
     * @return what was written; {@link DownloadResult#fileName()} is the name used on disk
     */
    DownloadResult download(String url, Path target);

    /** Releases the connection pool. */
    @Override
    void close();
}
