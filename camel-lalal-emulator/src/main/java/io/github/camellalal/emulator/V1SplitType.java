package io.github.camellalal.emulator;

import java.util.List;

/** The kinds of v1 task: the four split endpoints and voice change, with the labels their check answers carry. */
enum V1SplitType {
    /** {@code /split/stem_separator/}; its presets' label is {@code enhanced}, as the check example shows. */
    STEM_SEPARATOR("stem_separator", "enhanced", true),
    /** {@code /split/demuser/}: stem {@code music}, back {@code no_music}. */
    DEMUSER("demuser", "demuser", true),
    /** {@code /split/voice_clean/}: stem {@code voice}, back {@code no_voice}. */
    VOICE_CLEAN("voice_clean", "voice_clean", true),
    /** {@code /split/multistem/}: a stem track per listed stem and the back track {@code no_multistem}. */
    MULTISTEM("multistem", "multistem", false),
    /** {@code /change_voice/}: one back track {@code converted_mix}. */
    VOICE_CHANGE("change_voice", null, false);

    final String path;
    /** The {@code label} of the presets a check answer echoes ({@code null}: voice change has none). */
    final String label;
    final boolean hasBatch;

    V1SplitType(String path, String label, boolean hasBatch) {
        this.path = path;
        this.label = label;
        this.hasBatch = hasBatch;
    }

    /** The type named by the last segment of a split path ({@code /api/v1/split/[batch/]<type>/}). */
    static V1SplitType ofPath(String path) {
        List<String> parts = List.of(path.split("/"));
        String name = parts.get(parts.size() - 1);
        for (V1SplitType t : values()) {
            if (t.path.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a split path: " + path);
    }

    /** The {@code task_type} a check answer's presets carry. */
    String taskType() {
        return this == VOICE_CHANGE ? "voice_convert" : "split";
    }
}
