package io.github.camellalal.emulator;

/**
 * What the emulator sends beyond the contract's examples, as the real service may: each off (strict) by default.
 *
 * @param uploadSizeAndExpiry upload answers carry {@code size} and {@code expires}
 * @param archive             the {@code archive} entry of check answers
 * @param unknownFields       every JSON object of an answer carries fields the contract does not know
 * @param downloadNaming      the {@code Content-Disposition} of track downloads
 * @param redirectMedia       track URLs point at the API host and answer 302 to where the track is served
 * @param previewWithSplit    a finished split of a paid or starter license also carries a {@code preview}
 * @param v1TrackDetails      v1 tracks also carry the optional {@code name}, {@code size}, {@code playlist_file}
 *                            and {@code waveform}
 */
record ServiceQuirks(boolean uploadSizeAndExpiry, ArchiveEntry archive, boolean unknownFields,
        DownloadNaming downloadNaming, boolean redirectMedia, boolean previewWithSplit, boolean v1TrackDetails) {

    /** The field added to every JSON object when {@link #unknownFields()} is on. */
    static final String UNKNOWN_FIELD = "emulator_unknown_field";

    /** Its value: an object, so a client that maps fields to types meets something it cannot map. */
    static final java.util.Map<String, Object> UNKNOWN_VALUE = unknownValue();

    private static java.util.Map<String, Object> unknownValue() {
        java.util.Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("note", "a field the contract does not show");
        v.put("list", java.util.List.of(1, 2));
        return java.util.Collections.unmodifiableMap(v);
    }

    /** Adds the unknown field to an answer object when asked to. */
    void decorate(java.util.Map<String, Object> object) {
        if (unknownFields) {
            object.put(UNKNOWN_FIELD, UNKNOWN_VALUE);
        }
    }
}
