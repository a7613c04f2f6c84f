package io.github.camellalal.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How to split one uploaded file. Validated when built, so a bad combination fails before any request is sent.
 *
 * @param fileId               the id from the upload
 * @param stem                 the stem to separate; {@code null} means the service default ({@code vocals})
 * @param splitter             the network; {@code null} lets the service pick the most effective one for the stem
 * @param dereverb             remove reverberation; {@code null} means the service default ({@code false})
 * @param enhancedProcessing   enhanced processing (all stems but {@code voice}); {@code null} means the service
 *                             default ({@code true})
 * @param noiseCancellingLevel {@code voice} only: 0 mild, 1 normal, 2 aggressive; {@code null} means the
 *                             service default (1)
 * @param extraParams          further keys passed to the service untouched (e.g. the undocumented
 *                             {@code filter}); never {@code null}
 * @param splitType            what to do; {@code null} means {@link SplitType#STEM_SEPARATOR}, or
 *                             {@link SplitType#CHANGE_VOICE} when {@code voiceChange} is set
 * @param stems                the stems of a {@link SplitType#MULTISTEM} split (API v1), else empty; never null
 * @param encoderFormat        the tracks' format ({@code mp3}, {@code wav}, {@code flac}, {@code aac},
 *                             {@code ogg}; API v1); {@code null} means the source's format
 * @param extractionLevel      {@code deep_extraction} or {@code clear_cut} (API v1, stem separator and
 *                             multistem); {@code null} means the service default
 * @param voiceChange          the voice pack, accent and tonality of a {@link SplitType#CHANGE_VOICE} task (API v1):
 *                             required with that type, refused with any other; a request with voice change settings
 *                             and no split type is a voice change
 */
public record SplitRequest(String fileId, Stem stem, Splitter splitter, Boolean dereverb,
        Boolean enhancedProcessing, Integer noiseCancellingLevel, Map<String, Object> extraParams,
        SplitType splitType, List<Stem> stems, String encoderFormat, String extractionLevel,
        VoiceChange voiceChange) {

    private static final Set<String> ENCODER_FORMATS = Set.of("mp3", "wav", "flac", "aac", "ogg");
    private static final Set<String> EXTRACTION_LEVELS = Set.of("deep_extraction", "clear_cut");
    private static final Set<Stem> MULTISTEMS = Set.of(Stem.VOCALS, Stem.DRUM, Stem.PIANO, Stem.BASS,
            Stem.ELECTRIC_GUITAR, Stem.ACOUSTIC_GUITAR);

    /** Validates the combination; see the class description. */
    public SplitRequest {
        if (fileId == null || fileId.isBlank()) {
            throw new LalalValidationException("fileId", fileId, "a file id returned by upload");
        }
        splitType = splitType != null ? splitType : voiceChange != null ? SplitType.CHANGE_VOICE
                : SplitType.STEM_SEPARATOR;
        stems = stems == null ? List.of() : List.copyOf(stems);
        validateVoiceChange(splitType, voiceChange, stem, splitter, noiseCancellingLevel);
        validateV1(splitType, stem, stems, encoderFormat, extractionLevel, splitter);
        Stem effectiveStem = splitType == SplitType.VOICE_CLEAN ? Stem.VOICE : stem == null ? Stem.VOCALS : stem;
        if (splitter != null && splitType == SplitType.STEM_SEPARATOR && !splitter.supports(effectiveStem)) {
            throw new LalalValidationException("stem", effectiveStem.id(),
                    "a stem offered by splitter " + splitter.id() + ": "
                            + splitter.stems().stream().map(Stem::id).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        if (noiseCancellingLevel != null) {
            if (noiseCancellingLevel < 0 || noiseCancellingLevel > 2) {
                throw new LalalValidationException("noiseCancellingLevel", noiseCancellingLevel,
                        "0 (mild), 1 (normal) or 2 (aggressive)");
            }
            if (effectiveStem != Stem.VOICE || splitType == SplitType.DEMUSER || splitType == SplitType.MULTISTEM) {
                throw new LalalValidationException("noiseCancellingLevel", noiseCancellingLevel,
                        "only with stem voice (stem is " + effectiveStem.id() + ")");
            }
        }
        extraParams = extraParams == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extraParams));
    }

    /** A stem separation request (the only kind API v0 has). */
    public SplitRequest(String fileId, Stem stem, Splitter splitter, Boolean dereverb, Boolean enhancedProcessing,
            Integer noiseCancellingLevel, Map<String, Object> extraParams) {
        this(fileId, stem, splitter, dereverb, enhancedProcessing, noiseCancellingLevel, extraParams, null, null,
                null, null, null);
    }

    private static void validateVoiceChange(SplitType type, VoiceChange voice, Stem stem, Splitter splitter,
            Integer noiseCancellingLevel) {
        if (type != SplitType.CHANGE_VOICE) {
            if (voice != null) {
                throw new LalalValidationException("voicePack", voice.voicePack(),
                        "only with split type change_voice (split type is " + type.id() + ")");
            }
            return;
        }
        if (voice == null) {
            throw new LalalValidationException("voicePack", null, "required with split type change_voice: "
                    + VoiceChange.ALLOWED_PACKS);
        }
        if (stem != null) {
            throw new LalalValidationException("stem", stem.id(), "no stem with split type change_voice (it changes "
                    + "the voice of the whole file)");
        }
        if (splitter != null) {
            throw new LalalValidationException("splitter", splitter.id(), "no splitter with split type change_voice "
                    + "(the voice changer has no choice of network)");
        }
        if (noiseCancellingLevel != null) {
            throw new LalalValidationException("noiseCancellingLevel", noiseCancellingLevel,
                    "only with split type voice_clean (split type is change_voice)");
        }
    }

    private static void validateV1(SplitType type, Stem stem, List<Stem> stems, String encoderFormat,
            String extractionLevel, Splitter splitter) {
        if (encoderFormat != null && !ENCODER_FORMATS.contains(encoderFormat)) {
            throw new LalalValidationException("encoderFormat", encoderFormat, "mp3, wav, flac, aac, ogg");
        }
        if (extractionLevel != null && !EXTRACTION_LEVELS.contains(extractionLevel)) {
            throw new LalalValidationException("extractionLevel", extractionLevel, "deep_extraction, clear_cut");
        }
        if (extractionLevel != null && type != SplitType.STEM_SEPARATOR && type != SplitType.MULTISTEM) {
            throw new LalalValidationException("extractionLevel", extractionLevel,
                    "only with split type stem_separator or multistem (split type is " + type.id() + ")");
        }
        if (type == SplitType.MULTISTEM) {
            if (stems.isEmpty() || stems.size() > 6 || !MULTISTEMS.containsAll(stems)) {
                throw new LalalValidationException("stems", stems,
                        "1 to 6 of vocals, drum, piano, bass, electric_guitar, acoustic_guitar");
            }
            for (Stem s : stems) {
                if (splitter != null && !splitter.supports(s)) {
                    throw new LalalValidationException("stems", s.id(), "a stem offered by splitter " + splitter.id());
                }
            }
        } else if (!stems.isEmpty()) {
            throw new LalalValidationException("stems", stems, "only with split type multistem (split type is "
                    + type.id() + ")");
        }
        if ((type == SplitType.DEMUSER || type == SplitType.MULTISTEM) && stem != null
                || type == SplitType.VOICE_CLEAN && stem != null && stem != Stem.VOICE) {
            throw new LalalValidationException("stem", stem.id(), "no stem with split type " + type.id()
                    + " (it separates " + (type == SplitType.DEMUSER ? "music" : type == SplitType.VOICE_CLEAN
                    ? "voice" : "the stems of option stems") + ")");
        }
    }

    /** Starts a request for the given file id with all service defaults. */
    public static Builder forFile(String fileId) {
        return new Builder(fileId);
    }

    /** Builds a {@link SplitRequest}; unset options keep the service defaults. */
    public static final class Builder {
        private final String fileId;
        private Stem stem;
        private Splitter splitter;
        private Boolean dereverb;
        private Boolean enhancedProcessing;
        private Integer noiseCancellingLevel;
        private final Map<String, Object> extraParams = new LinkedHashMap<>();
        private SplitType splitType;
        private List<Stem> stems;
        private String encoderFormat;
        private String extractionLevel;
        private VoiceChange voiceChange;

        private Builder(String fileId) {
            this.fileId = fileId;
        }

        /** The stem to separate. */
        public Builder stem(Stem stem) {
            this.stem = stem;
            return this;
        }

        /** The network to use; null for automatic choice. */
        public Builder splitter(Splitter splitter) {
            this.splitter = splitter;
            return this;
        }

        /** Whether to remove reverberation. */
        public Builder dereverb(Boolean dereverb) {
            this.dereverb = dereverb;
            return this;
        }

        /** Whether to use enhanced processing. */
        public Builder enhancedProcessing(Boolean enhancedProcessing) {
            this.enhancedProcessing = enhancedProcessing;
            return this;
        }

        /** Noise cancelling level 0..2 for the voice stem. */
        public Builder noiseCancellingLevel(Integer level) {
            this.noiseCancellingLevel = level;
            return this;
        }

        /** Adds a key the service receives untouched. */
        public Builder extraParam(String key, Object value) {
            extraParams.put(Objects.requireNonNull(key, "key"), value);
            return this;
        }

        /** What to separate; null for the stem separator. */
        public Builder splitType(SplitType splitType) {
            this.splitType = splitType;
            return this;
        }

        /** The stems of a multistem split. */
        public Builder stems(List<Stem> stems) {
            this.stems = stems;
            return this;
        }

        /** The tracks' format; null for the source's. */
        public Builder encoderFormat(String encoderFormat) {
            this.encoderFormat = encoderFormat;
            return this;
        }

        /** {@code deep_extraction} or {@code clear_cut}; null for the service default. */
        public Builder extractionLevel(String extractionLevel) {
            this.extractionLevel = extractionLevel;
            return this;
        }

        /** The settings of a voice change; with no split type set, makes the request a voice change. */
        public Builder voiceChange(VoiceChange voiceChange) {
            this.voiceChange = voiceChange;
            return this;
        }

        /** Validates and builds. */
        public SplitRequest build() {
            return new SplitRequest(fileId, stem, splitter, dereverb, enhancedProcessing, noiseCancellingLevel,
                    extraParams, splitType, stems, encoderFormat, extractionLevel, voiceChange);
        }
    }
}
