package io.github.camellalal.component;

/** {@link LalalVoiceChangeTest} over https: the voice changer's upload, start, wait and download through TLS. */
class LalalVoiceChangeHttpsTest extends LalalVoiceChangeTest {

    @Override
    protected boolean overTls() {
        return true;
    }
}
