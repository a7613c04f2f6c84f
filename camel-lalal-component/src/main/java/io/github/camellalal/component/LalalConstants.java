package io.github.camellalal.component;

import org.apache.camel.spi.Metadata;

/**
 * Names of the message headers the lalal component reads and writes. Headers carry text, so their documented values
 * are listed here ({@code enums}); ComponentCatalogTest keeps each list equal to its Java enum.
 */
public final class LalalConstants {

    @Metadata(description = "The operation to perform, overriding the one in the endpoint URI.",
              javaType = "io.github.camellalal.component.LalalOperation",
              enums = "upload,split,check,cancel,limits,cancelAll,delete,download,process,track,voicePacks")
    public static final String OPERATION = "CamelLalalOperation";

    @Metadata(description = "The file id: read by split, check, cancel and download; set by upload, check and "
                            + "process.",
              javaType = "String")
    public static final String FILE_ID = "CamelLalalFileId";

    @Metadata(description = "Several file ids, as a list or a comma-separated string: read by split, check and "
                            + "cancel, which then send one request for all of them; set by split.",
              javaType = "java.util.List<String>")
    public static final String FILE_IDS = "CamelLalalFileIds";

    @Metadata(description = "The file name to upload under; if absent, CamelFileName (its last path segment) "
                            + "is used. Set by upload and check to the name the service knows.",
              javaType = "String")
    public static final String FILE_NAME = "CamelLalalFileName";

    @Metadata(description = "The stem to separate, overriding the endpoint option stem.",
              javaType = "String",
              enums = "vocals,voice,drum,bass,piano,electric_guitar,acoustic_guitar,synthesizer,strings,wind")
    public static final String STEM = "CamelLalalStem";

    @Metadata(description = "The splitter, overriding the endpoint option splitter.",
              javaType = "String", enums = "phoenix,orion,perseus,andromeda,lyra,lynx")
    public static final String SPLITTER = "CamelLalalSplitter";
    @Metadata(description = "The voice pack of a voice change (splitType=change_voice, API v1), overriding the "
                            + "endpoint option voicePack: one of the service's packs or the pack id of a pack of "
                            + "the license's own (see operation voicePacks).",
              javaType = "String")
    public static final String VOICE_PACK = "CamelLalalVoicePack";

    @Metadata(description = "The task state of the file, set by check and process, and by the tasks consumer, "
                            + "which also reports expired when the service no longer knows the file.",
              javaType = "String", enums = "progress,success,error,cancelled,expired")
    public static final String TASK_STATE = "CamelLalalTaskState";

    @Metadata(description = "The task state delivered before this one for the file (tasks consumer); absent for "
                            + "the first event of a file.",
              javaType = "String", enums = "progress,success,error,cancelled,expired")
    public static final String PREVIOUS_TASK_STATE = "CamelLalalPreviousTaskState";

    @Metadata(description = "The task's progress in percent (0..100), set by check while the task runs.",
              javaType = "Integer")
    public static final String PROGRESS = "CamelLalalProgress";

    @Metadata(description = "The download URL of the separated stem: set by check and process, read by download.",
              javaType = "String")
    public static final String STEM_TRACK_URL = "CamelLalalStemTrackUrl";

    @Metadata(description = "The download URL of the back track: set by check and process, read by download.",
              javaType = "String")
    public static final String BACK_TRACK_URL = "CamelLalalBackTrackUrl";

    @Metadata(description = "Which track to download, overriding the endpoint option track; on a downloaded "
                            + "message: which track it holds.",
              javaType = "String", enums = "stem,back,both,all")
    public static final String TRACK = "CamelLalalTrack";

    @Metadata(description = "The media length in seconds, set by upload and check.", javaType = "Double")
    public static final String DURATION = "CamelLalalDuration";

    @Metadata(description = "The size in bytes: of the uploaded file after upload, of the track after download.",
              javaType = "Long")
    public static final String SIZE = "CamelLalalSize";

    @Metadata(description = "When the service deletes the uploaded file and its results, set by upload.",
              javaType = "java.time.Instant")
    public static final String EXPIRES = "CamelLalalExpires";

    @Metadata(description = "Which result the track URLs or the delivered tracks are: split (full, paid licenses), "
                            + "player (full, starter licenses) or preview (a short sample only). Set by check, "
                            + "download and process.",
              javaType = "String", enums = "split,player,preview")
    public static final String RESULT_KIND = "CamelLalalResultKind";

    @Metadata(label = "consumer",
              description = "The service's error text on an error event of the tasks consumer: the task's error, or "
                            + "the file's own (e.g. Invalid extension).",
              javaType = "String")
    public static final String TASK_ERROR = "CamelLalalTaskError";

    @Metadata(label = "consumer",
              description = "How many times the tasks consumer has delivered this event (this state of this file), "
                            + "1 on the first delivery; see option maxEventAttempts.",
              javaType = "Integer")
    public static final String EVENT_ATTEMPT = "CamelLalalEventAttempt";

    @Metadata(description = "The task id: set by split (one file) and check, read by check, cancel and download "
                            + "before CamelLalalFileId. With API v1 a file split twice has two tasks; with v0 the "
                            + "task id is the file id.",
              javaType = "String")
    public static final String TASK_ID = "CamelLalalTaskId";

    @Metadata(description = "Several task ids, as a list or a comma-separated string: set by split, read by check and "
                            + "cancel before CamelLalalFileIds.",
              javaType = "java.util.List<String>")
    public static final String TASK_IDS = "CamelLalalTaskIds";

    @Metadata(description = "Every result track of the task (type stem or back, label, url, size), set by check "
                            + "once the task succeeded; with API v1 multistem one per stem.",
              javaType = "java.util.List<io.github.camellalal.client.Track>")
    public static final String TRACKS = "CamelLalalTracks";

    @Metadata(description = "The service's label of a delivered track, e.g. vocals, no_vocals, drum or "
                            + "converted_mix (the voice changer's one track); download and process, every track "
                            + "option.",
              javaType = "String")
    public static final String TRACK_LABEL = "CamelLalalTrackLabel";

    @Metadata(description = "The license's processing minutes left, set by limits.", javaType = "Double")
    public static final String MINUTES_LEFT = "CamelLalalMinutesLeft";

    @Metadata(description = "The service's error code (API v1, e.g. too_many_requests or exceeded_duration) when the "
                            + "exchange failed on a service error that carries one.",
              javaType = "String")
    public static final String ERROR_CODE = "CamelLalalErrorCode";

    private LalalConstants() {
    }
}
