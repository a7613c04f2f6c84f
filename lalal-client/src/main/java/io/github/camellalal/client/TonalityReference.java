package io.github.camellalal.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the voice changer takes the tonality (key) of the changed voice from (API v1). */
public enum TonalityReference {
    /** The source file's tonality (the service default). */
    SOURCE_FILE("source_file"),
    /** The voice pack's own tonality. */
    VOICE_PACK("voice_pack");

    private final String id;

    TonalityReference(String id) {
        this.id = id;
    }

    /** The name as the service writes it, e.g. {@code source_file}. */
    public String id() {
        return id;
    }

    /**
     * Parses a tonality reference name (case-insensitive).
     *
     * @throws LalalValidationException naming the option, the value and the allowed names
     */
    public static TonalityReference of(String name) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            for (TonalityReference t : values()) {
                if (t.id.equals(n)) {
                    return t;
                }
            }
        }
        throw new LalalValidationException("tonalityReference", name, allowedNames());
    }

    /** The allowed names, comma-separated. */
    public static String allowedNames() {
        return Arrays.stream(values()).map(TonalityReference::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
