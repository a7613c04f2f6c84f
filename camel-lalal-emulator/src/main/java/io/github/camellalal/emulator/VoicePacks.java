package io.github.camellalal.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The voice packs the emulated service knows: the service's own (every license may use them, they are not listed)
 * and the packs each license trained with the voice cloner (listed to that license only, usable by it only).
 */
final class VoicePacks {

    /** The service's packs the contract names. */
    static final List<String> SERVICE_PACKS = List.of("ALEX_KAYE", "STASIA_FAYE", "NICOLAAS_HAAS", "NIK_ZEL",
            "OLIA_CHEBO", "YVAR_DE_GROOT", "VETRANA");

    private record Pack(String name, String packId, long created) {
    }

    private final Map<String, List<Pack>> byLicense = new ConcurrentHashMap<>();

    /** Adds a pack of the license's own; returns its uuid4 pack id. */
    String add(String licenseKey, String name, Instant created) {
        String id = UUID.randomUUID().toString();
        byLicense.computeIfAbsent(licenseKey, k -> new CopyOnWriteArrayList<>())
                .add(new Pack(name, id, created.getEpochSecond()));
        return id;
    }

    /** Whether the license may use the pack: a service pack or one of its own. */
    boolean usable(String licenseKey, String packId) {
        return SERVICE_PACKS.contains(packId)
                || byLicense.getOrDefault(licenseKey, List.of()).stream().anyMatch(p -> p.packId().equals(packId));
    }

    /** The {@code packs} of a list answer to this license, oldest first. */
    List<Map<String, Object>> listed(String licenseKey) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Pack p : byLicense.getOrDefault(licenseKey, List.of())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("pack_id", p.packId());
            m.put("created", p.created());
            list.add(m);
        }
        return list;
    }
}
