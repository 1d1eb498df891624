package org.chapterrelations.auth.signingkey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The RSA signing key kept as a JWK JSON file, so tokens stay valid across restarts.
 * The file holds the private key: it is created readable by its owner only where the file system allows.
 */
public final class SigningKeyFile {

    private static final int KEY_SIZE = 2048;

    private final Path file;

    public SigningKeyFile(Path file) {
        this.file = file;
    }

    /** Reads the key from the file, generating and saving a new one when the file does not exist yet. */
    public RSAKey loadOrCreate() {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            RSAKey key = generate();
            save(key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key file " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The signing key file " + file + " is not a JWK", e);
        }
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }

    // Written to a sibling file and moved into place, so a crash never leaves half a key behind.
    private void save(RSAKey key) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temp = Files.createTempFile(absolute.getParent(), "signing-key", ".tmp");
        restrictToOwner(temp);
        Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrictToOwner(Path path) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
