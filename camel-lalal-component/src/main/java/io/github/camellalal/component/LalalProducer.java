package io.github.camellalal.component;

import io.github.camellalal.client.FileStatus;
import io.github.camellalal.client.LalalApiException;
import io.github.camellalal.client.LalalClient;
import io.github.camellalal.client.LalalValidationException;
import io.github.camellalal.client.LicenseLimits;
import io.github.camellalal.client.SplitType;
import io.github.camellalal.client.StemTracks;
import io.github.camellalal.client.TaskStart;
import io.github.camellalal.client.Track;
import io.github.camellalal.client.UploadResult;
import io.github.camellalal.component.message.ErrorCodes;
import io.github.camellalal.component.message.FileIds;
import io.github.camellalal.component.message.FullResult;
import io.github.camellalal.component.message.SourceDurations;
import io.github.camellalal.component.message.StatusHeaders;
import io.github.camellalal.component.message.TrackDelivery;
import io.github.camellalal.component.message.UploadBody;
import io.github.camellalal.component.options.EndpointOptions;
import io.github.camellalal.component.options.SplitOptions;
import io.github.camellalal.component.process.ProcessFlow;
import io.github.camellalal.component.spool.TrackSpool;
import io.github.camellalal.component.tasks.SplitStarts;
import io.github.camellalal.component.tasks.TaskFailure;
import io.github.camellalal.component.tasks.TaskTracking;
import java.util.List;
import java.util.Map;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/** Translates exchanges into calls of the LALAL.AI client and the answers back into messages. */
public class LalalProducer extends DefaultAsyncProducer {

    /** The exception of a task that did not deliver, as the machinery makes it. */
    private static final TaskFailure TASK_FAILURE = LalalTaskException::new;

    private final LalalEndpoint endpoint;
    private final ProcessFlow processFlow;

    /** Creates the producer. */
    public LalalProducer(LalalEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.processFlow = new ProcessFlow(endpoint.getComponent(LalalComponent.class).tracking(), TASK_FAILURE);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        String uri = endpoint.getEndpointUri();
        String scheme = uri.substring(0, uri.indexOf(':'));
        endpoint.getComponent(LalalComponent.class).producerHealth().producerStarted(scheme);
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            LalalOperation operation = operation(exchange.getMessage());
            requireApiKey(operation);
            if (operation == LalalOperation.process) {
                startProcess(exchange, callback);
                return false;
            }
            perform(operation, exchange);
        } catch (Exception e) {
            ErrorCodes.set(exchange.getMessage(), e);
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    private LalalOperation operation(Message in) {
        Object header = in.getHeader(LalalConstants.OPERATION);
        if (header == null) {
            return endpoint.getOperation();
        }
        return header instanceof LalalOperation op ? op : LalalOperation.parse(header.toString());
    }

    private void requireApiKey(LalalOperation operation) {
        // the endpoint's own operation was checked at its start; a header may switch to one that needs the key
        LalalConfiguration c = endpoint.getConfiguration();
        if (EndpointOptions.needsKey(operation.name()) && c.getClient() == null
                && (c.getApiKey() == null || c.getApiKey().isBlank())) {
            throw new IllegalArgumentException("No LALAL.AI license key for operation " + operation
                    + ": set option apiKey, best once on the component (camel.component.lalal.apiKey)");
        }
    }

    private void perform(LalalOperation operation, Exchange exchange) {
        LalalClient client = endpoint.client();
        LalalConfiguration config = endpoint.getConfiguration();
        Message in = exchange.getMessage();
        switch (operation) {
            case upload -> {
                UploadResult result = UploadBody.upload(client, exchange, config.getExtraExtensions());
                in.setBody(result);
                StatusHeaders.set(in, result);
            }
            case split -> {
                SplitOptions options = SplitOptions.fromMessage(LalalEndpoint.splitSettings(config), in);
                List<String> ids = FileIds.resolve(in);
                List<TaskStart> starts = client.startSplits(ids.stream().map(options::toRequest).toList());
                List<String> taskIds = SplitStarts.started(starts);
                if (!taskIds.isEmpty()) {
                    tracking().register(taskIds, SourceDurations.ofTasks(in, ids, starts));
                }
                in.setHeader(LalalConstants.FILE_IDS, ids);
                in.setHeader(LalalConstants.TASK_IDS, taskIds);
                if (ids.size() == 1) {
                    in.setHeader(LalalConstants.FILE_ID, ids.get(0));
                }
                if (taskIds.size() == 1) {
                    in.setHeader(LalalConstants.TASK_ID, taskIds.get(0));
                }
                LalalApiException failure = SplitStarts.failure(starts, taskIds);
                if (failure != null) {
                    throw failure;
                }
            }
            case check -> check(client, in);
            case cancel -> {
                List<String> ids = FileIds.resolveTasks(in);
                client.cancel(ids);
                in.setHeader(LalalConstants.TASK_IDS, ids);
            }
            case cancelAll -> {
                List<String> cancelled = client.cancelAll();
                in.setBody(cancelled);
                in.setHeader(LalalConstants.TASK_IDS, cancelled);
            }
            case delete -> {
                List<String> ids = FileIds.resolve(in);
                ids.forEach(client::delete);
                in.setHeader(LalalConstants.FILE_IDS, ids);
            }
            case voicePacks -> in.setBody(client.voicePacks());
            case limits -> {
                LicenseLimits limits = client.limits();
                in.setBody(limits);
                in.setHeader(LalalConstants.MINUTES_LEFT, limits.leftMinutes());
            }
            case track -> {
                // task ids (v1), else file ids (v0 names a task by its file)
                List<String> ids = FileIds.resolveTasks(in);
                tracking().register(ids);
                in.setHeader(LalalConstants.TASK_IDS, ids);
            }
            case download -> {
                LalalTrack track = LalalTrack.of(in.getHeader(LalalConstants.TRACK), config.getTrack());
                List<Track> all = track == LalalTrack.all ? TrackDelivery.locateAll(client, in, TASK_FAILURE) : null;
                StemTracks tracks = all == null ? TrackDelivery.locate(client, in, TASK_FAILURE) : null;
                if (config.isRequireFullResult()) {
                    FullResult.require(client, in.getHeader(LalalConstants.RESULT_KIND),
                            in.getHeader(LalalConstants.FILE_ID, String.class),
                            in.getHeader(LalalConstants.FILE_NAME, String.class), TASK_FAILURE);
                }
                TrackSpool spool = endpoint.getComponent(LalalComponent.class).trackSpool();
                boolean oneTrack = (track == LalalTrack.stem || track == LalalTrack.back)
                        && tracks.stemTrackUrl() == null && tracks.backTrackUrl() != null;
                Track sole = oneTrack ? TrackDelivery.soleTrack(TrackDelivery.locateAll(client, in, TASK_FAILURE))
                        : null;
                if (all != null) {
                    TrackDelivery.deliverAll(client, spool, exchange, all);
                } else if (sole != null) {
                    // a result with one track and no stem (the voice changer's converted_mix): that track
                    TrackDelivery.deliverTrack(client, spool, exchange, sole);
                } else {
                    deliver(client, spool, exchange, tracks, track);
                }
            }
            default -> throw new IllegalArgumentException("Unsupported lalal operation " + operation);
        }
    }

    /** Sets the track(s) option track (or header CamelLalalTrack) chose as the body, each a stream cache. */
    private static void deliver(LalalClient client, TrackSpool spool, Exchange exchange, StemTracks tracks,
            LalalTrack track) {
        switch (track) {
            case stem -> TrackDelivery.deliverStem(client, spool, exchange, tracks);
            case back -> TrackDelivery.deliverBack(client, spool, exchange, tracks);
            case both -> TrackDelivery.deliverBoth(client, spool, exchange, tracks);
            case all -> TrackDelivery.deliverAll(client, spool, exchange, tracks);
            default -> throw new IllegalArgumentException("Unknown track " + track);
        }
    }

    /**
     * Starts process on the component's threads, which call {@code callback} once it ended; the exchange's options
     * are checked first, so that bad options cost no request.
     */
    private void startProcess(Exchange exchange, AsyncCallback callback) {
        LalalClient client = endpoint.client();
        LalalConfiguration config = endpoint.getConfiguration();
        Message in = exchange.getMessage();
        SplitOptions options = SplitOptions.fromMessage(LalalEndpoint.splitSettings(config), in);
        LalalTrack track = LalalTrack.of(in.getHeader(LalalConstants.TRACK), config.getTrack());
        boolean voiceChange = options.splitType() == SplitType.CHANGE_VOICE;
        if (voiceChange && track == LalalTrack.both) {
            throw new LalalValidationException("track", "both", "stem, back or all with splitType=change_voice (its "
                    + "one track is converted_mix)");
        }
        ProcessFlow.Settings settings = new ProcessFlow.Settings(config.isDeleteAfterDownload(), config.getTimeout(),
                config.isCancelOnTimeout(), config.isRequireFullResult(), config.getExtraExtensions());
        LalalComponent component = endpoint.getComponent(LalalComponent.class);
        ProcessFlow.Delivery delivery = status -> {
            TrackSpool spool = component.trackSpool();
            if (track == LalalTrack.all) {
                TrackDelivery.deliverAll(client, spool, exchange, status.allTracks());
            } else if (voiceChange) {
                TrackDelivery.deliverTrack(client, spool, exchange, converted(status));
            } else {
                deliver(client, spool, exchange, status.tracks(), track);
            }
        };
        processFlow.start(exchange, new ProcessFlow.Run(client, options, settings, delivery, endpoint.threads(),
                endpoint.taskWatcher(), component.metrics()), callback);
    }

    /** The voice changer's one track, converted_mix. */
    private static Track converted(FileStatus status) {
        Track sole = TrackDelivery.soleTrack(status.allTracks());
        if (sole == null) {
            throw new IllegalStateException("LALAL.AI voice change " + status.id() + " gave " + status.allTracks()
                    .size() + " tracks, expected one (converted_mix)");
        }
        return sole;
    }

    private TaskTracking tracking() {
        return endpoint.getComponent(LalalComponent.class).tracking();
    }

    private static void check(LalalClient client, Message in) {
        List<String> ids = FileIds.resolveTasks(in);
        Map<String, FileStatus> statuses = client.check(ids);
        if (ids.size() == 1) {
            FileStatus status = statuses.get(ids.get(0));
            if (!status.known()) {
                throw new LalalTaskException(status.id(), "expired", status.error(), "LALAL.AI does not know "
                        + (status.sourceId() == null ? "task " : "file ") + status.id() + ": " + status.error());
            }
            in.setBody(status);
            StatusHeaders.set(in, status);
        } else {
            in.setBody(statuses);
            in.setHeader(LalalConstants.TASK_IDS, ids);
            in.setHeader(LalalConstants.FILE_IDS, statuses.values().stream()
                    .map(FileStatus::sourceId).filter(java.util.Objects::nonNull).distinct().toList());
        }
    }
}
