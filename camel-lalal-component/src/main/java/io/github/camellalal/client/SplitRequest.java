package io.github.camellalal.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
 */
public record SplitRequest(String fileId, Stem stem, Splitter splitter, Boolean dereverb,
        Boolean enhancedProcessing, Integer noiseCancellingLevel, Map<String, Object> extraParams) {

    /** Validates the combination; see the class description. */
    public SplitRequest {
        if (fileId == null || fileId.isBlank()) {
            throw new LalalValidationException("fileId", fileId, "a file id returned by upload");
        }
        Stem effectiveStem = stem == null ? Stem.VOCALS : stem;
        if (splitter != null && !splitter.supports(effectiveStem)) {
            throw new LalalValidationException("stem", effectiveStem.id(),
                    "a stem offered by splitter " + splitter.id() + ": "
                            + splitter.stems().stream().map(Stem::id).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        if (noiseCancellingLevel != null) {
            if (noiseCancellingLevel < 0 || noiseCancellingLevel > 2) {
                throw new LalalValidationException("noiseCancellingLevel", noiseCancellingLevel,
                        "0 (mild), 1 (normal) or 2 (aggressive)");
            }
            if (effectiveStem != Stem.VOICE) {
                throw new LalalValidationException("noiseCancellingLevel", noiseCancellingLevel,
                        "only with stem voice (stem is " + effectiveStem.id() + ")");
            }
        }
        extraParams = extraParams == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extraParams));
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

        /** Validates and builds. */
        public SplitRequest build() {
            return new SplitRequest(fileId, stem, splitter, dereverb, enhancedProcessing, noiseCancellingLevel,
                    extraParams);
        }
    }
}
