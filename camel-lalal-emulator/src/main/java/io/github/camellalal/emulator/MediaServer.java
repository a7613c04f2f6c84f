package io.github.camellalal.emulator;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Serves result tracks at {@code /media/<file id>/<track name>}: directly, or (with redirects on) by a 302 to the
 * same path with a token, on the download host when there is one; names each file as {@link DownloadNaming} says.
 */
final class MediaServer {

    static final String PREFIX = "/media/";
    /** What {@link DownloadNaming#HOSTILE} puts before a track's name. */
    static final String HOSTILE_PREFIX = "../../lalal-escape/";
    private static final String TOKEN = "token=";

    private final EmulatorState state;
    private final ServiceQuirks quirks;
    private final Supplier<String> downloadBase;
    /** Only URLs the emulator handed out in a redirect carry it: a track URL of a check answer never does. */
    private final String token = newToken();

    MediaServer(EmulatorState state, ServiceQuirks quirks, Supplier<String> downloadBase) {
        this.state = state;
        this.quirks = quirks;
        this.downloadBase = downloadBase;
    }

    private static String newToken() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    void serve(HttpCall call, String path) throws IOException {
        String[] parts = path.split("/");
        if (parts.length == 5 && parts[2].equals("v1")) {
            serveV1(call, parts[3], URLDecoder.decode(parts[4], StandardCharsets.UTF_8));
            return;
        }
        if (parts.length != 4) {
            RequestRouter.notFound(call);
            return;
        }
        String id = parts[2];
        String name = URLDecoder.decode(parts[3], StandardCharsets.UTF_8);
        call.fileIds.add(id);
        StoredFile f = state.liveFile(id);
        Path track = f == null ? null : f.track(name);
        if (track == null) {
            RequestRouter.notFound(call);
            return;
        }
        if (quirks.redirectMedia() && !(TOKEN + token).equals(call.query())) {
            call.exchange.getResponseHeaders().set("Location", downloadBase.get() + PREFIX + id + "/"
                    + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "?" + TOKEN + token);
            call.send(302, "text/html; charset=utf-8", new byte[0]);
            return;
        }
        String type = f.wav != null ? "audio/wav" : "application/octet-stream";
        call.sendFile(track, type, disposition(name));
    }

    /** A v1 track: {@code /media/v1/<task id>/<name>}, its content type from the name's (encoder format) extension. */
    private void serveV1(HttpCall call, String taskId, String name) throws IOException {
        call.taskIds.add(taskId);
        V1Task task = state.v1Tasks.get(taskId);
        Path track = task == null ? null : task.track(name);
        if (track == null) {
            RequestRouter.notFound(call);
            return;
        }
        call.fileIds.add(task.source.id);
        String encoded = "v1/" + taskId + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        if (quirks.redirectMedia() && !(TOKEN + token).equals(call.query())) {
            call.exchange.getResponseHeaders().set("Location", downloadBase.get() + PREFIX + encoded + "?" + TOKEN
                    + token);
            call.send(302, "text/html; charset=utf-8", new byte[0]);
            return;
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        String type = switch (ext) {
            case "mp3" -> "audio/mpeg";
            case "wav" -> "audio/wav";
            case "flac" -> "audio/flac";
            case "aac" -> "audio/aac";
            case "ogg" -> "audio/ogg";
            default -> "application/octet-stream";
        };
        call.sendFile(track, type, disposition(name));
    }

    private String disposition(String name) {
        return switch (quirks.downloadNaming()) {
            case RFC6266 -> ContentDisposition.attachment(name);
            case PLAIN -> "attachment; filename="
                    + new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            case HOSTILE -> ContentDisposition.attachment(HOSTILE_PREFIX + name);
            case NONE -> null;
        };
    }
}
