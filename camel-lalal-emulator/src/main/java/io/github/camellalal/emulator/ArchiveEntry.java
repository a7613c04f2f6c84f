package io.github.camellalal.emulator;

/**
 * What a check answer carries under {@code result.archive}, beside the file ids. The contract shows the entry as
 * {@code null | {"status","url","size","error"}} for the website's batches; an API client must cope with all three.
 */
public enum ArchiveEntry {
    /** No {@code archive} entry at all (the default: the contract marks it as the website's). */
    ABSENT,
    /** {@code "archive": null}. */
    NULL,
    /** {@code "archive": {"status":"success","url":...,"size":0,"error":null}}; the URL is not served. */
    OBJECT
}
