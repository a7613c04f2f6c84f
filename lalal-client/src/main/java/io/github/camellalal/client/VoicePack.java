package io.github.camellalal.client;

import java.time.Instant;

/**
 * A voice pack of the license's own (trained with LALAL.AI's voice cloner), as {@link LalalClient#voicePacks()}
 * lists it.
 *
 * @param name    the pack's name
 * @param packId  the id to give as {@link VoiceChange#voicePack()}
 * @param created when the pack was created; {@code null} when the service did not say
 */
public record VoicePack(String name, String packId, Instant created) {
}
