package io.github.camellalal.client;

/**
 * What a download wrote.
 *
 * @param fileName    the name the service gave the file (from {@code Content-Disposition}), else the URL's
 *                    last path segment
 * @param bytes       bytes written
 * @param contentType the media type the service sent, may be {@code null}
 */
public record DownloadResult(String fileName, long bytes, String contentType) {
}
