package io.github.camellalal.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a split task does: what it separates, or the voice it changes; API v0 knows only {@link #STEM_SEPARATOR}. */
public enum SplitType {
    /** One stem and the rest (the default). */
    STEM_SEPARATOR("stem_separator"),
    /** Several stems in one task, one track each, then the rest (API v1). */
    MULTISTEM("multistem"),
    /** Speech from noise (API v1). */
    VOICE_CLEAN("voice_clean"),
    /** Music from everything else (API v1). */
    DEMUSER("demuser"),
    /**
     * Voice changer (API v1): the voice of the file re-sung with a voice pack, one track {@code converted_mix};
     * the settings are the request's {@link VoiceChange}.
     */
    CHANGE_VOICE("change_voice");

    private final String id;

    SplitType(String id) {
        this.id = id;
    }

    /** The name as the service writes it, e.g. {@code stem_separator}. */
    public String id() {
        return id;
    }

    /**
     * Parses a split type name (case-insensitive).
     *
     * @throws LalalValidationException naming the option, the value and the allowed names
     */
    public static SplitType of(String name) {
        if (name != null) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            for (SplitType t : values()) {
                if (t.id.equals(n)) {
                    return t;
                }
            }
        }
        throw new LalalValidationException("splitType", name,
                Arrays.stream(values()).map(SplitType::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
