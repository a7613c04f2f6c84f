package io.github.camellalal.component.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Keeps tracked tasks in any Camel {@link StateRepository} (e.g. {@code FileStateRepository}), so that tracking
 * survives a restart.
 * <p>
 * A StateRepository can neither list nor remove keys, so the tasks live in numbered slots that are reused: key
 * {@code lalal.s.<n>} holds {@code <file id>|<state>:<progress>} while a task occupies slot n and is empty once the
 * task ended; key {@code lalal.slots} holds how many slots were ever needed at once. Adding, updating or ending a task
 * writes one key (and the slot count once per batch of additions that needs new slots), and the repository holds
 * one key per task tracked <em>at the same time</em> at the peak, never one per task ever tracked. One consumer uses
 * a repository at a time. What checks saw is kept in memory only: after a restart every task is checked at once.
 */
public class StateRepositoryTaskStore extends ServiceSupport implements TaskStore {

    static final String SLOTS_KEY = "lalal.slots";
    static final String SLOT_PREFIX = "lalal.s.";

    private final StateRepository<String, String> repository;
    private final Map<String, Slot> tracked = new LinkedHashMap<>();
    private final TreeSet<Integer> free = new TreeSet<>();
    private CheckTable checks = new CheckTable();
    private int slots;

    /** A store in this repository. */
    public StateRepositoryTaskStore(StateRepository<String, String> repository) {
        this.repository = repository;
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(repository);
        load();
    }

    private synchronized void load() {
        tracked.clear();
        free.clear();
        checks = new CheckTable();
        slots = parseInt(repository.getState(SLOTS_KEY));
        for (int n = 0; n < slots; n++) {
            String value = repository.getState(SLOT_PREFIX + n);
            int bar = value == null ? -1 : value.lastIndexOf('|');
            if (bar <= 0 || tracked.containsKey(value.substring(0, bar))) {
                free.add(n);
            } else {
                tracked.put(value.substring(0, bar), new Slot(n, DeliveredState.parse(value.substring(bar + 1))));
                checks.add(value.substring(0, bar), nowMillis(), null);
            }
        }
    }

    @Override
    public void add(Collection<String> taskIds, String owner) {
        add(taskIds, owner, Map.of());
    }

    @Override
    public synchronized void add(Collection<String> taskIds, String owner, Map<String, Long> firstChecks) {
        List<String> added = taskIds.stream().distinct().filter(id -> !tracked.containsKey(id)).toList();
        reserve(added.size());
        added.forEach(id -> put(id, DeliveredState.NONE));
        long now = nowMillis();
        added.forEach(id -> checks.add(id, now, firstChecks.get(id)));
    }

    /** Makes room for more tasks, writing the slot count once for all of them. */
    private void reserve(int more) {
        int needed = more - free.size();
        if (needed > 0) {
            // the count first: a crash before the slots' writes leaves empty slots, never an uncounted task
            repository.setState(SLOTS_KEY, Integer.toString(slots + needed));
            for (int i = 0; i < needed; i++) {
                free.add(slots++);
            }
        }
    }

    private void put(String id, DeliveredState state) {
        int n = free.pollFirst();
        tracked.put(id, new Slot(n, state));
        write(n, id, state);
    }

    @Override
    public synchronized List<TrackedTask> claim(String owner) {
        List<TrackedTask> tasks = new ArrayList<>(tracked.size());
        tracked.forEach((id, slot) -> tasks.add(new TrackedTask(id, slot.state(), checks.seen(id))));
        return tasks;
    }

    @Override
    public synchronized boolean hasDue() {
        return checks.hasDue();
    }

    @Override
    public synchronized List<TaskCheck> takeDue(int limit) {
        return checks.takeDue(limit);
    }

    @Override
    public synchronized void observed(Collection<Observation> observations) {
        checks.observed(observations);
    }

    @Override
    public synchronized void untake(Collection<String> taskIds) {
        checks.untake(taskIds);
    }

    @Override
    public synchronized void delivered(String taskId, DeliveredState state) {
        Slot slot = tracked.get(taskId);
        if (slot != null) {
            tracked.put(taskId, new Slot(slot.n(), state));
            write(slot.n(), taskId, state);
        }
    }

    @Override
    public synchronized void remove(String taskId) {
        Slot slot = tracked.remove(taskId);
        checks.remove(taskId);
        if (slot != null) {
            repository.setState(SLOT_PREFIX + slot.n(), "");
            free.add(slot.n());
        }
    }

    @Override
    public synchronized int size() {
        return tracked.size();
    }

    /** How many slots the repository holds: the peak number of tasks tracked at once. */
    public synchronized int slotCount() {
        return slots;
    }

    private void write(int n, String id, DeliveredState state) {
        repository.setState(SLOT_PREFIX + n, id + "|" + state.format());
    }

    private static int parseInt(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private record Slot(int n, DeliveredState state) {
    }
}
