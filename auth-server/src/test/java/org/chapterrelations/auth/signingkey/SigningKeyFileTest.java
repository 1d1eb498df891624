package org.chapterrelations.auth.signingkey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void firstStartCreatesAPrivateRs256KeyFile() throws Exception {
        Path file = dir.resolve("nested/signing-key.json");

        RSAKey key = new SigningKeyFile(file).loadOrCreate();

        assertThat(file).exists();
        assertThat(key.isPrivate()).isTrue();
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.size()).isEqualTo(2048);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void restartReusesTheSameKey() {
        Path file = dir.resolve("signing-key.json");

        RSAKey first = new SigningKeyFile(file).loadOrCreate();
        RSAKey afterRestart = new SigningKeyFile(file).loadOrCreate();

        assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(afterRestart.getModulus()).isEqualTo(first.getModulus());
        assertThat(afterRestart.getPrivateExponent()).isEqualTo(first.getPrivateExponent());
    }

    @Test
    void separateFilesGetDifferentKeys() {
        RSAKey one = new SigningKeyFile(dir.resolve("one.json")).loadOrCreate();
        RSAKey other = new SigningKeyFile(dir.resolve("other.json")).loadOrCreate();

        assertThat(other.getKeyID()).isNotEqualTo(one.getKeyID());
    }
}
