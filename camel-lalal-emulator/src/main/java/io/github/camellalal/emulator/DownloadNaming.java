package io.github.camellalal.emulator;

/** How a track download names its file in {@code Content-Disposition}: servers and CDNs differ. */
public enum DownloadNaming {
    /**
     * RFC 6266: {@code attachment; filename="<name>"}, with {@code filename*=UTF-8''...} and an ASCII fallback for
     * non-ASCII names (the default).
     */
    RFC6266,
    /** {@code attachment; filename=<name>}: unquoted, no {@code filename*}; non-ASCII names as raw UTF-8 bytes. */
    PLAIN,
    /**
     * A name with directory parts that climb out of any target directory: {@code attachment;
     * filename="../../lalal-escape/<name>"} (with {@code filename*} likewise for non-ASCII names).
     */
    HOSTILE,
    /** No {@code Content-Disposition} header: the name is only in the URL. */
    NONE
}
